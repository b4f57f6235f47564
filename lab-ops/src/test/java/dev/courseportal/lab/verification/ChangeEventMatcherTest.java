package dev.courseportal.lab.verification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ChangeEventMatcherTest {

    private static final String KEY_WITH_SCHEMA = """
            {"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"}],
             "optional":false,"name":"lab.inventory.customers.Key"},"payload":{"id":7}}""";
    private static final String INSERT_WITH_SCHEMA = """
            {"schema":{"type":"struct","fields":[{"field":"email"},{"field":"op"}],"name":"lab.inventory.customers.Envelope"},
             "payload":{"before":null,"after":{"id":7,"first_name":"Ivan","email":"ivan@example.com"},
             "source":{"connector":"postgresql","table":"customers"},"op":"c","ts_ms":1}}""";
    private static final String DELETE_WITHOUT_SCHEMA = """
            {"before":{"id":7,"first_name":"Ivan","email":"ivan@example.com"},"after":null,"op":"d","ts_ms":2}""";

    @Test
    void matchesTheOperationWithAndWithoutTheSchemaPart() {
        assertTrue(new ChangeEventMatcher("c", null, null).matches(bytes(KEY_WITH_SCHEMA), bytes(INSERT_WITH_SCHEMA)));
        assertFalse(new ChangeEventMatcher("d", null, null).matches(bytes(KEY_WITH_SCHEMA), bytes(INSERT_WITH_SCHEMA)));
        assertTrue(new ChangeEventMatcher("d", null, null).matches(bytes("{\"id\":7}"), bytes(DELETE_WITHOUT_SCHEMA)));
    }

    @Test
    void looksForTextsInThePayloadNotInTheSchema() {
        assertTrue(new ChangeEventMatcher(null, "\"id\":7", "ivan@example.com")
                .matches(bytes(KEY_WITH_SCHEMA), bytes(INSERT_WITH_SCHEMA)));
        // "lab.inventory.customers.Envelope" is only in the schema part
        assertFalse(new ChangeEventMatcher(null, null, "Envelope").matches(null, bytes(INSERT_WITH_SCHEMA)));
        assertFalse(new ChangeEventMatcher(null, "Key", null).matches(bytes(KEY_WITH_SCHEMA), bytes(INSERT_WITH_SCHEMA)));
        assertFalse(new ChangeEventMatcher(null, "\"id\":8", null).matches(bytes(KEY_WITH_SCHEMA), bytes(INSERT_WITH_SCHEMA)));
    }

    @Test
    void aTombstoneHasNoOperationAndNoRow() {
        assertFalse(new ChangeEventMatcher("d", null, null).matches(bytes(KEY_WITH_SCHEMA), null));
        assertTrue(new ChangeEventMatcher(null, "\"id\":7", null).matches(bytes(KEY_WITH_SCHEMA), null));
    }

    @Test
    void aFlattenedEventMatchesItsOpField() {
        String flattened = "{\"id\":7,\"email\":\"ivan@example.com\",\"__op\":\"u\"}";
        assertTrue(new ChangeEventMatcher("u", null, "ivan@").matches(null, bytes(flattened)));
    }

    @Test
    void recordsThatAreNotJsonAreSearchedAsText() {
        assertTrue(new ChangeEventMatcher(null, "order-42", "shipped").matches(bytes("order-42"), bytes("status shipped")));
        assertFalse(new ChangeEventMatcher("c", null, null).matches(null, bytes("status shipped")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
