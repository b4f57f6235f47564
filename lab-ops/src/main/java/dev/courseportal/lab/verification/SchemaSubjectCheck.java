package dev.courseportal.lab.verification;

import java.util.Objects;

import jakarta.json.JsonArray;

import dev.courseportal.lab.environment.HttpAnswer;
import dev.courseportal.lab.environment.JsonDocs;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabUnavailableException;

/** {@code schema-subject}: the registry holds the subject with at least N versions (default 1). */
final class SchemaSubjectCheck implements CheckKind {

    private final LabHttp http;

    SchemaSubjectCheck(LabHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public String kind() {
        return "schema-subject";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String subject = params.name("subject");
        int minVersions = params.integer("minVersions", 1, 1, 10_000);
        HttpAnswer answer = http.get(env.schemaRegistryUrl(), "/subjects/" + subject + "/versions");
        if (answer.status() == 404) {
            return Verdict.fail("absent", LabMessage.of("check.subject.absent", subject));
        }
        if (!answer.isSuccess()) {
            return Verdict.fail("HTTP " + answer.status(),
                    LabMessage.of("probe.httpStatus", answer.status(), LabHttp.authority(answer.uri())));
        }
        JsonArray versions = JsonDocs.asArray(JsonDocs.parse(answer.body(), LabHttp.authority(answer.uri())))
                .orElseThrow(() -> new LabUnavailableException(LabMessage.of("probe.badResponse",
                        LabHttp.authority(answer.uri()), "not a list of versions"), null));
        boolean passed = versions.size() >= minVersions;
        return Verdict.when(passed, versions.size() + " version(s)", passed
                ? LabMessage.of("check.passed")
                : LabMessage.of("check.subject.versions", subject, versions.size(), minVersions));
    }
}
