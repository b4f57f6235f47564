package dev.courseportal.content.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void proseMeetsInflectedRussianForms() throws IOException {
        try (Analyzer prose = new ProseAnalyzer()) {
            assertEquals(tokens(prose, "слот"), tokens(prose, "слотов"));
            assertTrue(tokens(prose, "журналом").containsAll(tokens(prose, "журнал").subList(0, 1)));
            assertTrue(tokens(prose, "читал").stream().anyMatch(tokens(prose, "читает")::contains));
            assertEquals(tokens(prose, "ещё"), tokens(prose, "еще"));
            assertEquals(List.of("connector"), tokens(prose, "Connectors"));
            assertEquals(List.of(), tokens(prose, "и в the of"), "stop words of both languages");
        }
    }

    @Test
    void codeTermsStayWhole() throws IOException {
        try (Analyzer code = new CodeTermAnalyzer()) {
            assertEquals(List.of("heartbeat.action.query", "10000"), tokens(code, "`heartbeat.action.query`=10000."));
            assertEquals(List.of("slot.name", "inventory_slot"), tokens(code, "\"slot.name\": \"inventory_slot\","));
            assertEquals(List.of("replica", "identity", "full"), tokens(code, "REPLICA IDENTITY FULL;"));
            assertEquals(List.of("pg_replication_slots"), tokens(code, "(pg_replication_slots)..."));
        }
    }
}
