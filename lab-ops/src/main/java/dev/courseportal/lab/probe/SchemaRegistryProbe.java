package dev.courseportal.lab.probe;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonArray;

import dev.courseportal.lab.environment.JsonDocs;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;
import dev.courseportal.lab.environment.LabUnavailableException;

/** Schema registry (Confluent API): {@code GET /subjects} answers with a list. */
public final class SchemaRegistryProbe extends HttpProbe {

    public SchemaRegistryProbe(LabHttp http, Clock clock) {
        super(LabService.SCHEMA_REGISTRY, http, clock);
    }

    @Override
    protected Finding examineHttp(LabEndpoints env) throws Exception {
        var answer = getOk(env, "/subjects", Map.of());
        JsonArray subjects = JsonDocs.asArray(json(answer)).orElseThrow(() -> new LabUnavailableException(
                LabMessage.of("probe.badResponse", LabHttp.authority(answer.uri()), "not a list of subjects"), null));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("subjects", Integer.toString(subjects.size()));
        return Finding.up(LabMessage.of("probe.schemaRegistry.up", subjects.size()), details);
    }
}
