package dev.courseportal.lab.verification;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.courseportal.lab.environment.JsonDocs;

/**
 * Whether a Kafka record is the change event a lesson asks for: its {@code op}, a text in
 * its key, a text in its value. Works on Debezium's JSON envelope with the schema part
 * ({@code {"schema": ..., "payload": {...}}}, JsonConverter with schemas) and without it;
 * texts are looked for in the payload only, so that a field name in the schema does not
 * match. An event flattened by ExtractNewRecordState matches {@code op} on its
 * {@code __op} field.
 */
final class ChangeEventMatcher {

    private final String op;
    private final String keyContains;
    private final String valueContains;

    /** Each criterion may be {@code null}: not asked. */
    ChangeEventMatcher(String op, String keyContains, String valueContains) {
        this.op = op;
        this.keyContains = keyContains;
        this.valueContains = valueContains;
    }

    boolean matches(byte[] key, byte[] value) {
        if (keyContains != null && (key == null || !payloadText(text(key)).contains(keyContains))) {
            return false;
        }
        if (op == null && valueContains == null) {
            return true;
        }
        if (value == null) {
            return false; // a tombstone carries no operation and no row
        }
        String valueText = text(value);
        Optional<JsonValue> payload = JsonDocs.tryParse(valueText).map(ChangeEventMatcher::payload);
        if (op != null) {
            Optional<JsonObject> event = payload.flatMap(JsonDocs::asObject);
            String actual = event.flatMap(e -> JsonDocs.text(e, "op"))
                    .or(() -> event.flatMap(e -> JsonDocs.text(e, "__op"))).orElse(null);
            if (!op.equals(actual)) {
                return false;
            }
        }
        return valueContains == null || payload.map(JsonValue::toString).orElse(valueText).contains(valueContains);
    }

    /** The payload of an envelope with a schema part; the value itself otherwise. */
    static JsonValue payload(JsonValue value) {
        return JsonDocs.asObject(value)
                .filter(o -> o.containsKey("schema") && o.containsKey("payload"))
                .map(o -> o.get("payload"))
                .orElse(value);
    }

    /** The payload as compact JSON, or the text itself when it is not JSON. */
    static String payloadText(String text) {
        return JsonDocs.tryParse(text).map(ChangeEventMatcher::payload).map(JsonValue::toString).orElse(text);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
