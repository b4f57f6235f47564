package dev.courseportal.lab.probe;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Prometheus: ready ({@code /-/ready}) and its active scrape targets up
 * ({@code /api/v1/targets}); a target down (Connect's JMX exporter, say) is DEGRADED.
 */
public final class PrometheusProbe extends HttpProbe {

    public PrometheusProbe(LabHttp http, Clock clock) {
        super(LabService.PROMETHEUS, http, clock);
    }

    @Override
    protected Finding examineHttp(LabEndpoints env) throws Exception {
        HttpAnswer ready = http.get(base(env), "/-/ready");
        if (!ready.isSuccess()) {
            return Finding.degraded(LabMessage.of("probe.prometheus.notReady", ready.status()),
                    Map.of("ready", Integer.toString(ready.status())));
        }
        HttpAnswer targets = getOk(env, "/api/v1/targets?state=active", Map.of());
        JsonObject data = JsonDocs.asObject(json(targets)).flatMap(o -> JsonDocs.object(o, "data"))
                .orElse(JsonValue.EMPTY_JSON_OBJECT);
        Map<String, String> details = new LinkedHashMap<>();
        int total = 0;
        List<String> down = new ArrayList<>();
        for (JsonValue value : JsonDocs.array(data, "activeTargets").orElse(JsonValue.EMPTY_JSON_ARRAY)) {
            JsonObject target = JsonDocs.asObject(value).orElse(JsonValue.EMPTY_JSON_OBJECT);
            JsonObject labels = JsonDocs.object(target, "labels").orElse(JsonValue.EMPTY_JSON_OBJECT);
            String name = JsonDocs.text(labels, "job").orElse("?") + "/" + JsonDocs.text(labels, "instance").orElse("?");
            String health = JsonDocs.text(target, "health").orElse("unknown");
            details.put("target." + name, health);
            total++;
            if (!"up".equals(health)) {
                down.add(name);
                JsonDocs.text(target, "lastError").filter(e -> !e.isBlank())
                        .ifPresent(e -> details.put("target." + name + ".lastError", e));
            }
        }
        details.put("targets", Integer.toString(total));
        if (!down.isEmpty()) {
            return Finding.degraded(LabMessage.of("probe.prometheus.targetsDown", down.size(), total,
                    String.join(", ", down)), details);
        }
        return Finding.up(LabMessage.of("probe.prometheus.up", total, total), details);
    }
}
