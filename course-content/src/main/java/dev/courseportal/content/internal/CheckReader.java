package dev.courseportal.content.internal;

import dev.courseportal.content.CheckKind;
import dev.courseportal.content.LabCheck;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads one declared lab check: its kind, its hint and the parameters that kind takes (see the README table). */
final class CheckReader {
    private static final String KINDS = Arrays.stream(CheckKind.values())
            .map(CheckKind::sourceName).collect(Collectors.joining(", "));

    private CheckReader() {
    }

    static LabCheck read(YamlMap check) {
        String kindName = check.text("kind", true);
        String hint = check.text("hint", true);
        if (kindName == null) {
            return null;
        }
        Optional<CheckKind> kind = CheckKind.fromSource(kindName);
        if (kind.isEmpty()) {
            String guess = Spelling.closest(kindName, Arrays.stream(CheckKind.values()).map(CheckKind::sourceName)
                    .toList()).map(k -> "did you mean '" + k + "'? ").orElse("");
            check.report(check.lineOf("kind"), "unknown lab check kind '" + kindName + "' (" + guess + "known: "
                    + KINDS + ")");
            return null;
        }
        Map<String, String> params = parameters(check, kind.get());
        return params == null || hint == null ? null : new LabCheck(kind.get(), params, hint);
    }

    private static Map<String, String> parameters(YamlMap check, CheckKind kind) {
        Set<String> allowed = new HashSet<>(kind.requiredParameters());
        allowed.addAll(kind.optionalParameters().keySet());
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, ScalarNode> fields = check.scalars();
        boolean valid = true;
        for (Map.Entry<String, ScalarNode> field : fields.entrySet()) {
            String name = field.getKey();
            if (name.equals("kind") || name.equals("hint")) {
                continue;
            }
            String value = field.getValue().getValue().strip();
            if (!allowed.contains(name)) {
                String guess = Spelling.closest(name, allowed).map(k -> " (did you mean '" + k + "'?)").orElse("");
                check.report(field.getValue(), "check '" + kind.sourceName() + "' has unknown parameter '" + name
                        + "'" + guess);
                valid = false;
            } else if (value.isEmpty()) {
                check.report(field.getValue(), "check '" + kind.sourceName() + "': parameter '" + name + "' is empty");
                valid = false;
            } else {
                Optional<String> error = CheckRules.validate(kind, name, value);
                if (error.isPresent()) {
                    check.report(field.getValue(), "check '" + kind.sourceName() + "': " + error.get());
                    valid = false;
                }
                params.put(name, value);
            }
        }
        for (String required : kind.requiredParameters().stream().sorted().toList()) {
            if (!fields.containsKey(required)) {
                check.report(check.lineOf("kind"), "check '" + kind.sourceName() + "' misses parameter '"
                        + required + "'");
                valid = false;
            }
        }
        kind.optionalParameters().forEach((name, defaultValue) -> {
            if (!defaultValue.isEmpty()) {
                params.putIfAbsent(name, defaultValue);
            }
        });
        return valid ? params : null;
    }
}
