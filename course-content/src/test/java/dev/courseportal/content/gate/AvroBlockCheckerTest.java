package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static dev.courseportal.content.gate.GateTestSupport.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Avro schemas parsed and their compatibility claims checked with Avro's own checker. */
class AvroBlockCheckerTest {
    private static final String V1 = """
            {"type": "record", "name": "Customer", "namespace": "lab", "fields": [
              {"name": "id", "type": "int"},
              {"name": "email", "type": "string"}
            ]}
            """;
    /** Adds an optional field with a default: BACKWARD compatible. */
    private static final String V2 = """
            {"type": "record", "name": "Customer", "namespace": "lab", "fields": [
              {"name": "id", "type": "int"},
              {"name": "email", "type": "string"},
              {"name": "phone", "type": ["null", "string"], "default": null}
            ]}
            """;
    /** Adds a required field without a default: breaks BACKWARD (old data has no value for it). */
    private static final String V3_REQUIRED = """
            {"type": "record", "name": "Customer", "namespace": "lab", "fields": [
              {"name": "id", "type": "int"},
              {"name": "email", "type": "string"},
              {"name": "phone", "type": ["null", "string"], "default": null},
              {"name": "tier", "type": "string"}
            ]}
            """;
    /** Drops a field that has no default: BACKWARD compatible, but not FORWARD (old readers need the field). */
    private static final String V2_DROPPED = """
            {"type": "record", "name": "Customer", "namespace": "lab", "fields": [
              {"name": "id", "type": "int"}
            ]}
            """;

    private final AvroBlockChecker checker = new AvroBlockChecker();

    private static Map<CodeBlock, Verdict> check(List<CodeBlock> blocks) {
        return new AvroBlockChecker().check(blocks, new HashSet<>(blocks));
    }

    @Test
    void aBackwardCompatibleChangePasses() {
        CodeBlock v1 = block("avro", V1, "id", "v1");
        CodeBlock v2 = block("avro", V2, "id", "v2", "compatible-with", "v1", "mode", "BACKWARD");
        Map<CodeBlock, Verdict> verdicts = check(List.of(v1, v2));
        assertEquals(Outcome.CHECKED, verdicts.get(v1).outcome());
        assertEquals(Outcome.CHECKED, verdicts.get(v2).outcome(), () -> verdicts.get(v2).issues().toString());
    }

    @Test
    void aChangeThatBreaksBackwardIsCaught() {
        CodeBlock v2 = block("avro", V2, "id", "v2");
        CodeBlock claimed = block("avro", V3_REQUIRED, "id", "v3", "compatible-with", "v2", "mode", "BACKWARD");
        Verdict verdict = check(List.of(v2, claimed)).get(claimed);
        assertEquals(Outcome.FAILED, verdict.outcome());
        assertTrue(verdict.issues().get(0).message().startsWith("Avro finds this schema not BACKWARD compatible with "
                + "'v2': reading 'v2' data: READER_FIELD_MISSING_DEFAULT_VALUE"), verdict.issues().toString());

        CodeBlock admitted = block("avro", V3_REQUIRED, "id", "v3", "incompatible-with", "v2", "mode", "BACKWARD");
        assertEquals(Outcome.CHECKED, check(List.of(v2, admitted)).get(admitted).outcome());
    }

    @Test
    void aWrongIncompatibilityClaimFails() {
        CodeBlock v1 = block("avro", V1, "id", "v1");
        CodeBlock v2 = block("avro", V2, "id", "v2", "incompatible-with", "v1", "mode", "BACKWARD");
        assertEquals(List.of(new Issue(10, "Avro finds this schema BACKWARD compatible with 'v1', but the block claims "
                + "it is not")), check(List.of(v1, v2)).get(v2).issues());
    }

    @Test
    void forwardAndFullLookTheOtherWayToo() {
        CodeBlock v1 = block("avro", V1, "id", "v1");
        CodeBlock backward = block("avro", V2_DROPPED, "id", "d1", "compatible-with", "v1", "mode", "BACKWARD");
        CodeBlock forward = block("avro", V2_DROPPED, "id", "d2", "incompatible-with", "v1", "mode", "FORWARD");
        CodeBlock full = block("avro", V2_DROPPED, "id", "d3", "incompatible-with", "v1", "mode", "FULL");
        Map<CodeBlock, Verdict> verdicts = check(List.of(v1, backward, forward, full));
        assertEquals(Outcome.CHECKED, verdicts.get(backward).outcome());
        assertEquals(Outcome.CHECKED, verdicts.get(forward).outcome(), () -> verdicts.get(forward).toString());
        assertEquals(Outcome.CHECKED, verdicts.get(full).outcome(), () -> verdicts.get(full).toString());
    }

    @Test
    void transitiveModesCheckTheWholeChain() {
        // v2 drops email (fine for BACKWARD); v3 adds email back as a required string: it can read v2 data? No:
        // v2 data has no email and v3's email has no default. Against v1 alone it would be fine.
        CodeBlock v1 = block("avro", V1, "id", "v1");
        CodeBlock v2 = block("avro", V2_DROPPED, "id", "v2", "compatible-with", "v1", "mode", "BACKWARD");
        CodeBlock v3 = block("avro", V1.replace("Customer\"", "Customer\", \"doc\": \"v3\""), "id", "v3",
                "compatible-with", "v2", "mode", "BACKWARD_TRANSITIVE");
        Verdict verdict = check(List.of(v1, v2, v3)).get(v3);
        assertEquals(Outcome.FAILED, verdict.outcome());
        assertTrue(verdict.issues().get(0).message().contains("reading 'v2' data"), verdict.issues().toString());
    }

    @Test
    void anInvalidSchemaFailsToParse() {
        CodeBlock broken = block("avro", "{\"type\": \"record\", \"name\": \"X\", \"fields\": [{\"name\": \"a\", "
                + "\"type\": \"strng\"}]}");
        Verdict verdict = checker.parseOnly(broken);
        assertEquals(Outcome.FAILED, verdict.outcome());
        assertTrue(verdict.issues().get(0).message().contains("strng"), verdict.issues().toString());
    }
}
