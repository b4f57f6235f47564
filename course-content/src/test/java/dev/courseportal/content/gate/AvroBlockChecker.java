package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaParseException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Avro blocks: each parsed by Apache Avro (defaults validated); a block that claims {@code compatible-with} or
 * {@code incompatible-with} another block of the lesson is checked with Avro's {@link SchemaCompatibility} in the
 * claimed mode, the way a schema registry checks a new version: BACKWARD (the new schema reads data written with the
 * old), FORWARD (the old reads the new), FULL (both); the _TRANSITIVE modes against the whole chain of earlier
 * versions (the named block and the blocks it in turn is compatible with).
 */
final class AvroBlockChecker {

    /** Only parses (for {@code parse-only} blocks). */
    Verdict parseOnly(CodeBlock block) {
        try {
            new Schema.Parser().parse(block.code());
            return Verdict.passed();
        } catch (SchemaParseException | org.apache.avro.AvroTypeException e) {
            return Verdict.failed(block.line(), "Avro: " + e.getMessage());
        }
    }

    /** Verdicts for the lesson's avro blocks that are to be run; marked blocks are parsed only if claims need them. */
    Map<CodeBlock, Verdict> check(List<CodeBlock> lessonBlocks, Set<CodeBlock> toRun) {
        Map<String, CodeBlock> byId = new HashMap<>();
        Map<CodeBlock, Schema> schemas = new IdentityHashMap<>();
        Map<CodeBlock, Verdict> verdicts = new IdentityHashMap<>();
        for (CodeBlock block : lessonBlocks) {
            block.attribute("id").ifPresent(id -> byId.put(id, block));
            try {
                schemas.put(block, new Schema.Parser().parse(block.code()));
            } catch (RuntimeException e) {
                if (toRun.contains(block)) {
                    verdicts.put(block, Verdict.failed(block.line(), "Avro: " + e.getMessage()));
                }
            }
        }
        for (CodeBlock block : lessonBlocks) {
            if (!toRun.contains(block) || verdicts.containsKey(block)) {
                continue;
            }
            List<Issue> issues = new ArrayList<>();
            String mode = block.attribute("mode").orElse("BACKWARD");
            block.attribute("compatible-with").ifPresent(target ->
                    claim(block, target, true, mode, byId, schemas, issues));
            block.attribute("incompatible-with").ifPresent(target ->
                    claim(block, target, false, mode, byId, schemas, issues));
            verdicts.put(block, Verdict.of(issues));
        }
        return verdicts;
    }

    private static void claim(CodeBlock block, String target, boolean compatible, String mode,
                              Map<String, CodeBlock> byId, Map<CodeBlock, Schema> schemas, List<Issue> issues) {
        Schema schema = schemas.get(block);
        CodeBlock earlier = byId.get(target);
        if (earlier == null || schemas.get(earlier) == null) {
            issues.add(new Issue(block.line(), "cannot check the claim: block '" + target + "' is not a parsed Avro "
                    + "schema of this lesson"));
            return;
        }
        if (mode.equals("NONE")) {
            if (!compatible) {
                issues.add(new Issue(block.line(), "mode NONE accepts every change: incompatible-with cannot hold"));
            }
            return;
        }
        List<String> problems = new ArrayList<>();
        for (CodeBlock version : chain(earlier, mode.endsWith("_TRANSITIVE"), byId)) {
            Schema old = schemas.get(version);
            if (old == null) {
                continue;
            }
            String base = mode.replace("_TRANSITIVE", "");
            if (base.equals("BACKWARD") || base.equals("FULL")) {
                incompatibilities(schema, old).forEach(p -> problems.add("reading '"
                        + version.attribute("id").orElse("?") + "' data: " + p));
            }
            if (base.equals("FORWARD") || base.equals("FULL")) {
                incompatibilities(old, schema).forEach(p -> problems.add("'" + version.attribute("id").orElse("?")
                        + "' reading this schema's data: " + p));
            }
        }
        if (compatible && !problems.isEmpty()) {
            issues.add(new Issue(block.line(), "Avro finds this schema not " + mode + " compatible with '" + target
                    + "': " + String.join("; ", problems)));
        } else if (!compatible && problems.isEmpty()) {
            issues.add(new Issue(block.line(), "Avro finds this schema " + mode + " compatible with '" + target
                    + "', but the block claims it is not"));
        }
    }

    /** The named version and, for transitive modes, the versions it claims to be compatible with, in turn. */
    private static List<CodeBlock> chain(CodeBlock start, boolean transitive, Map<String, CodeBlock> byId) {
        Set<CodeBlock> chain = new LinkedHashSet<>();
        CodeBlock current = start;
        while (current != null && chain.add(current) && transitive) {
            current = current.attribute("compatible-with").map(byId::get).orElse(null);
        }
        return List.copyOf(chain);
    }

    private static List<String> incompatibilities(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        return result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + (i.getMessage() == null ? "" : " (" + i.getMessage()
                        + ")"))
                .toList();
    }
}
