package dev.courseportal.domain.lab.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

    @Test
    void listsAndMapsComeBackAsStored() {
        List<String> args = List.of("5000", "", "connector inventory-connector: FAILED, tasks: 0=FAILED");
        assertEquals(args, TextFields.splitList(TextFields.joinList(args, 2000)));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", "4.3.0");
        details.put("connector.inventory-connector", "RUNNING");
        details.put("empty", "");
        assertEquals(details, TextFields.splitMap(TextFields.joinMap(details, 8000)));
        assertEquals(List.of(), TextFields.splitList(""));
    }

    @Test
    void separatorsInValuesCannotForgeEntries() {
        Map<String, String> details = Map.of("k", "a\u001Eb\u001Fc");
        assertEquals(Map.of("k", "a b c"), TextFields.splitMap(TextFields.joinMap(details, 100)));
    }

    @Test
    void longValuesAreCutVisiblyAndMapsDropWholeEntries() {
        assertEquals(10, TextFields.truncate("x".repeat(50), 10).length());
        assertTrue(TextFields.truncate("x".repeat(50), 10).endsWith("…"));
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            many.put("key" + i, "value" + i);
        }
        Map<String, String> kept = TextFields.splitMap(TextFields.joinMap(many, 100));
        assertTrue(kept.size() < 100 && !kept.isEmpty());
        kept.forEach((k, v) -> assertEquals(many.get(k), v));
    }
}
