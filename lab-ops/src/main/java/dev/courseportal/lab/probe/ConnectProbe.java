package dev.courseportal.lab.probe;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.courseportal.lab.environment.HttpAnswer;
import dev.courseportal.lab.environment.JsonDocs;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

/**
 * Kafka Connect: {@code GET /} for the version, {@code GET /connectors?expand=status} for
 * every connector's and task's state. A FAILED connector or task makes it DEGRADED.
 */
public final class ConnectProbe extends HttpProbe {

    public ConnectProbe(LabHttp http, Clock clock) {
        super(LabService.CONNECT, http, clock);
    }

    @Override
    protected Finding examineHttp(LabEndpoints env) throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        JsonObject root = JsonDocs.asObject(json(getOk(env, "/", Map.of()))).orElse(JsonValue.EMPTY_JSON_OBJECT);
        String version = JsonDocs.text(root, "version").orElse("?");
        details.put("version", version);
        JsonDocs.text(root, "kafka_cluster_id").ifPresent(id -> details.put("kafkaClusterId", id));

        HttpAnswer listed = getOk(env, "/connectors?expand=status", Map.of());
        JsonObject connectors = JsonDocs.asObject(json(listed)).orElse(JsonValue.EMPTY_JSON_OBJECT);
        details.put("connectors", Integer.toString(connectors.size()));
        String failedWhat = null;
        String failedWhy = null;
        for (Map.Entry<String, JsonValue> entry : connectors.entrySet()) {
            String name = entry.getKey();
            JsonObject status = JsonDocs.asObject(entry.getValue())
                    .flatMap(c -> JsonDocs.object(c, "status")).orElse(JsonValue.EMPTY_JSON_OBJECT);
            String state = JsonDocs.object(status, "connector").flatMap(c -> JsonDocs.text(c, "state")).orElse("UNKNOWN");
            details.put("connector." + name, state);
            if ("FAILED".equals(state) && failedWhat == null) {
                failedWhat = "connector " + name;
                failedWhy = firstLine(JsonDocs.object(status, "connector").flatMap(c -> JsonDocs.text(c, "trace")).orElse(state));
            }
            for (JsonValue taskValue : JsonDocs.array(status, "tasks").orElse(JsonValue.EMPTY_JSON_ARRAY)) {
                JsonObject task = JsonDocs.asObject(taskValue).orElse(JsonValue.EMPTY_JSON_OBJECT);
                String id = JsonDocs.text(task, "id").orElse("?");
                String taskState = JsonDocs.text(task, "state").orElse("UNKNOWN");
                details.put("connector." + name + ".task." + id, taskState);
                if ("FAILED".equals(taskState) && failedWhat == null) {
                    failedWhat = "connector " + name + " task " + id;
                    failedWhy = firstLine(JsonDocs.text(task, "trace").orElse(taskState));
                }
            }
        }
        if (failedWhat != null) {
            return Finding.degraded(LabMessage.of("probe.connect.failed", failedWhat, failedWhy), details);
        }
        return Finding.up(LabMessage.of("probe.connect.up", version, connectors.size()), details);
    }

    private static String firstLine(String trace) {
        int newline = trace.indexOf('\n');
        String line = newline < 0 ? trace : trace.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
