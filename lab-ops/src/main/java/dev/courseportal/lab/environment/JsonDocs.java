package dev.courseportal.lab.environment;

import java.io.StringReader;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reading the JSON that lab services answer with Jakarta JSON-P (Parsson in WildFly).
 * Lenient getters: a field that is missing or of another type is empty, because a probe
 * must describe an odd answer, not throw on it.
 */
public final class JsonDocs {

    private JsonDocs() {
    }

    /** The JSON value in {@code text}; an answer that is not JSON is a bad response from {@code source}. */
    public static JsonValue parse(String text, String source) throws LabUnavailableException {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new LabUnavailableException(LabMessage.of("probe.badResponse", source, "not JSON"), e);
        }
    }

    /** The JSON value in {@code text}, or empty if it is not JSON (Kafka records may be anything). */
    public static Optional<JsonValue> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readValue());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    public static Optional<JsonObject> asObject(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                ? Optional.of(value.asJsonObject()) : Optional.empty();
    }

    public static Optional<JsonArray> asArray(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.ARRAY
                ? Optional.of(value.asJsonArray()) : Optional.empty();
    }

    public static Optional<JsonObject> object(JsonObject parent, String key) {
        return asObject(parent.get(key));
    }

    public static Optional<JsonArray> array(JsonObject parent, String key) {
        return asArray(parent.get(key));
    }

    /** A string field; numbers and booleans as their JSON text. */
    public static Optional<String> text(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }
}
