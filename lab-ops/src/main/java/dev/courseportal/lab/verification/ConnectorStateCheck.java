package dev.courseportal.lab.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.courseportal.lab.environment.HttpAnswer;
import dev.courseportal.lab.environment.JsonDocs;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;

/**
 * {@code connector-state}: the connector and all its tasks are in the expected state
 * (default RUNNING). A RUNNING connector without tasks does not pass: it captures nothing.
 */
final class ConnectorStateCheck implements CheckKind {

    private final LabHttp http;

    ConnectorStateCheck(LabHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public String kind() {
        return "connector-state";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String connector = params.name("connector");
        String expected = params.optional("state").orElse("RUNNING").toUpperCase(Locale.ROOT);
        HttpAnswer answer = http.get(env.connectUrl(), "/connectors/" + connector + "/status");
        if (answer.status() == 404) {
            return Verdict.fail("absent", LabMessage.of("check.connector.notFound", connector));
        }
        if (!answer.isSuccess()) {
            return Verdict.fail("HTTP " + answer.status(),
                    LabMessage.of("probe.httpStatus", answer.status(), LabHttp.authority(answer.uri())));
        }
        JsonObject status = JsonDocs.asObject(JsonDocs.parse(answer.body(), LabHttp.authority(answer.uri())))
                .orElse(JsonValue.EMPTY_JSON_OBJECT);
        String state = JsonDocs.object(status, "connector").flatMap(c -> JsonDocs.text(c, "state")).orElse("UNKNOWN");
        List<String> tasks = new ArrayList<>();
        boolean tasksAsExpected = true;
        for (JsonValue value : JsonDocs.array(status, "tasks").orElse(JsonValue.EMPTY_JSON_ARRAY)) {
            JsonObject task = JsonDocs.asObject(value).orElse(JsonValue.EMPTY_JSON_OBJECT);
            String taskState = JsonDocs.text(task, "state").orElse("UNKNOWN");
            tasks.add(JsonDocs.text(task, "id").orElse("?") + "=" + taskState);
            tasksAsExpected &= expected.equals(taskState);
        }
        boolean needsTasks = expected.equals("RUNNING");
        boolean passed = expected.equals(state) && tasksAsExpected && !(needsTasks && tasks.isEmpty());
        String observed = state + ", tasks: " + (tasks.isEmpty() ? "none" : String.join(" ", tasks));
        return Verdict.when(passed, observed, passed
                ? LabMessage.of("check.passed")
                : LabMessage.of("check.connector.state", connector, observed, expected));
    }
}
