package dev.courseportal.web.lab;

import dev.courseportal.domain.lab.entity.ProbeRun;
import dev.courseportal.lab.status.EnvironmentStatus;
import dev.courseportal.lab.status.ServiceCard;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lab status as JSON: the same cards as the status page. Messages come as key and
 * arguments (lab-ops' {@code LabMessages}) and as text in the asked language. There is no
 * field for a password, a token or a user name, so none can leak.
 */
final class LabStatusJson {

    private LabStatusJson() {
    }

    static JsonObject of(List<EnvironmentStatus> environments, long ownId, ProbeRun lastRun, Locale locale) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        environments.forEach(e -> list.add(environment(e, e.id() == ownId, locale)));
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("generatedAt", Instant.now().toString())
                .add("environments", list);
        if (lastRun == null) {
            root.addNull("lastRun");
        } else {
            root.add("lastRun", Json.createObjectBuilder()
                    .add("startedAt", lastRun.startedAt().toString())
                    .add("durationMs", lastRun.durationMs())
                    .add("environments", lastRun.environments())
                    .add("probes", lastRun.probes())
                    .add("trigger", lastRun.trigger().name()));
        }
        return root.build();
    }

    private static JsonObjectBuilder environment(EnvironmentStatus e, boolean own, Locale locale) {
        JsonArrayBuilder services = Json.createArrayBuilder();
        e.cards().forEach(card -> services.add(card(card, locale)));
        JsonArrayBuilder cohorts = Json.createArrayBuilder();
        e.cohorts().forEach(cohorts::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", e.id())
                .add("name", e.name())
                .add("yours", own)
                .add("default", e.isDefault())
                .add("probed", e.probed())
                .add("status", e.status())
                .add("cohorts", cohorts)
                .add("services", services);
        optional(json, "description", e.description());
        optional(json, "lastChecked", e.lastChecked());
        return json;
    }

    private static JsonObjectBuilder card(ServiceCard card, Locale locale) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("service", card.service())
                .add("name", LabText.format(locale, "service." + card.service()))
                .add("status", card.status());
        if (card.latencyMs() != null) {
            json.add("latencyMs", card.latencyMs());
        }
        optional(json, "checkedAt", card.checkedAt());
        optional(json, "statusSince", card.statusSince());
        if (card.messageKey() != null) {
            json.add("message", message(card.messageKey(), card.messageArgs(), null, locale));
        }
        if (card.hasError()) {
            json.add("lastError", message(card.lastErrorKey(), card.lastErrorArgs(), card.lastErrorAt(), locale));
        } else {
            json.addNull("lastError");
        }
        JsonObjectBuilder availability = Json.createObjectBuilder().add("samples", card.samples());
        if (card.availabilityPercent() == null) {
            availability.addNull("percent");
        } else {
            availability.add("percent", Math.round(card.availabilityPercent() * 10) / 10.0);
        }
        json.add("availability24h", availability);
        JsonObjectBuilder details = Json.createObjectBuilder();
        for (Map.Entry<String, String> entry : card.details().entrySet()) {
            details.add(entry.getKey(), entry.getValue());
        }
        return json.add("details", details);
    }

    private static JsonObjectBuilder message(String key, List<String> args, Instant at, Locale locale) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        args.forEach(values::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("key", key)
                .add("args", values)
                .add("text", LabText.message(locale, key, args));
        optional(json, "at", at);
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
