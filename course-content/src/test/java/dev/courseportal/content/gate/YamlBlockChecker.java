package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * YAML blocks: parsed (every document); a Compose file (top-level {@code services}) and a Prometheus rule file
 * (top-level {@code groups}) are checked for their rules by {@link ComposeRules} and {@link PrometheusRuleRules}.
 */
final class YamlBlockChecker {

    /** Where a key is written in the block, so problems point at their line. */
    record Lines(String[] code, int blockLine) {
        int of(String key) {
            Pattern written = Pattern.compile("^\\s*(- )?\"?" + Pattern.quote(key) + "\"?\\s*:");
            for (int i = 0; i < code.length; i++) {
                if (written.matcher(code[i]).find()) {
                    return blockLine + 1 + i;
                }
            }
            return blockLine;
        }

        /** The line of {@code key} at or after the line of {@code after}. */
        int of(String key, int after) {
            Pattern written = Pattern.compile("^\\s*(- )?\"?" + Pattern.quote(key) + "\"?\\s*:");
            for (int i = Math.max(after - blockLine - 1, 0); i < code.length; i++) {
                if (written.matcher(code[i]).find()) {
                    return blockLine + 1 + i;
                }
            }
            return after;
        }
    }

    Verdict check(CodeBlock block) {
        List<Object> documents = new ArrayList<>();
        Verdict parsed = parse(block, documents);
        if (!parsed.issues().isEmpty()) {
            return parsed;
        }
        Lines lines = new Lines(block.code().split("\n", -1), block.line());
        List<Issue> issues = new ArrayList<>();
        for (Object document : documents) {
            if (document instanceof Map<?, ?> map && map.get("services") instanceof Map<?, ?> services) {
                issues.addAll(ComposeRules.check(services, lines));
            } else if (document instanceof Map<?, ?> map && map.containsKey("groups")) {
                issues.addAll(PrometheusRuleRules.check(map.get("groups"), lines));
            }
        }
        return Verdict.of(issues);
    }

    /** Only whether every document parses (for {@code parse-only} blocks). */
    Verdict parseOnly(CodeBlock block) {
        return parse(block, new ArrayList<>());
    }

    private static Verdict parse(CodeBlock block, List<Object> documents) {
        try {
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(block.code()).forEach(documents::add);
            return Verdict.passed();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            return Verdict.failed(block.line() + Math.max(line, 1), "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            return Verdict.failed(block.line(), "invalid YAML: " + e.getMessage());
        }
    }
}
