package dev.courseportal.lab.probe;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.courseportal.lab.environment.HttpAnswer;
import dev.courseportal.lab.environment.JsonDocs;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

/**
 * JupyterLab: with the environment's token, {@code GET /api/status} (kernels, connections);
 * a refused token is DEGRADED. Without a token only {@code GET /api}, which needs none.
 */
public final class JupyterProbe extends HttpProbe {

    public JupyterProbe(LabHttp http, Clock clock) {
        super(LabService.JUPYTER, http, clock);
    }

    @Override
    protected Finding examineHttp(LabEndpoints env) throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        Optional<String> token = env.jupyterToken();
        if (token.isEmpty()) {
            JsonObject api = JsonDocs.asObject(json(getOk(env, "/api", Map.of()))).orElse(JsonValue.EMPTY_JSON_OBJECT);
            String version = JsonDocs.text(api, "version").orElse("?");
            details.put("version", version);
            return Finding.up(LabMessage.of("probe.jupyter.reachable", version), details);
        }
        HttpAnswer answer = http.get(base(env), "/api/status", Map.of("Authorization", "token " + token.get()));
        if (answer.status() == 401 || answer.status() == 403) {
            return Finding.degraded(LabMessage.of("probe.jupyter.auth", answer.status()),
                    Map.of("status", Integer.toString(answer.status())));
        }
        if (!answer.isSuccess()) {
            return Finding.degraded(LabMessage.of("probe.httpStatus", answer.status(), LabHttp.authority(answer.uri())),
                    Map.of("status", Integer.toString(answer.status())));
        }
        JsonObject status = JsonDocs.asObject(json(answer)).orElse(JsonValue.EMPTY_JSON_OBJECT);
        String kernels = JsonDocs.text(status, "kernels").orElse("0");
        String connections = JsonDocs.text(status, "connections").orElse("0");
        details.put("kernels", kernels);
        details.put("connections", connections);
        JsonDocs.text(status, "last_activity").ifPresent(a -> details.put("lastActivity", a));
        return Finding.up(LabMessage.of("probe.jupyter.up", kernels, connections), details);
    }
}
