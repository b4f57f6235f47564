package dev.courseportal.lab.probe;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.courseportal.lab.environment.JsonDocs;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

/** Grafana: {@code GET /api/health} answers and reports its database "ok". */
public final class GrafanaProbe extends HttpProbe {

    public GrafanaProbe(LabHttp http, Clock clock) {
        super(LabService.GRAFANA, http, clock);
    }

    @Override
    protected Finding examineHttp(LabEndpoints env) throws Exception {
        JsonObject health = JsonDocs.asObject(json(getOk(env, "/api/health", Map.of())))
                .orElse(JsonValue.EMPTY_JSON_OBJECT);
        String version = JsonDocs.text(health, "version").orElse("?");
        String database = JsonDocs.text(health, "database").orElse("unknown");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("database", database);
        if (!"ok".equals(database)) {
            return Finding.degraded(LabMessage.of("probe.grafana.database", database), details);
        }
        return Finding.up(LabMessage.of("probe.grafana.up", version, database), details);
    }
}
