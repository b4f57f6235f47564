package dev.courseportal.content.internal;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, line-aware access to a YAML mapping. Every accessor reports what is wrong (missing, empty, wrong type) to the
 * shared {@link Problems} with the line of the offending node, and returns {@code null} or an empty value so that the
 * caller goes on and finds the next problem.
 */
final class YamlMap {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private final MappingNode node;
    private final String file;
    private final int firstLine;
    private final String context;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    YamlMap(MappingNode node, String file, int firstLine, String context, Problems problems) {
        this.node = node;
        this.file = file;
        this.firstLine = firstLine;
        this.context = context;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                report(tuple.getKeyNode(), "field names must be plain words");
            } else if (fields.putIfAbsent(key.getValue(), tuple) != null) {
                report(key, "duplicate field '" + key.getValue() + "'");
            }
        }
    }

    private YamlMap(YamlMap other, String context) {
        this.node = other.node;
        this.file = other.file;
        this.firstLine = other.firstLine;
        this.context = context;
        this.problems = other.problems;
        this.fields.putAll(other.fields);
    }

    /** The same mapping, reporting its problems with another prefix (once an item's id is known). */
    YamlMap withContext(String newContext) {
        return new YamlMap(this, newContext);
    }

    String context() {
        return context;
    }

    /** The file line where the mapping starts. */
    int line() {
        return lineOf(node);
    }

    /** The file line of a field's key, or of the mapping when the field is absent. */
    int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : lineOf(tuple.getKeyNode());
    }

    int lineOf(Node yamlNode) {
        return firstLine + yamlNode.getStartMark().getLine();
    }

    boolean has(String key) {
        return fields.containsKey(key) && !isNull(fields.get(key).getValueNode());
    }

    /** Reports fields that are not in {@code known}, with a suggestion when one is close. */
    void allowOnly(Set<String> known) {
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            if (!known.contains(field.getKey())) {
                String hint = Spelling.closest(field.getKey(), known).map(k -> " (did you mean '" + k + "'?)").orElse("");
                report(field.getValue().getKeyNode(), "unknown field '" + field.getKey() + "'" + hint);
            }
        }
    }

    /** A non-empty text field; reports it when required and absent. */
    String text(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            report(value, "field '" + key + "' must be text");
            return null;
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            report(value, "field '" + key + "' is empty");
            return null;
        }
        return text;
    }

    /** A whole number of at least {@code min}. */
    Integer integer(String key, boolean required, int min) {
        Node value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar) || !WHOLE_NUMBER.matcher(scalar.getValue().strip()).matches()) {
            report(value, "field '" + key + "' must be a whole number");
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(scalar.getValue().strip());
        } catch (NumberFormatException e) {
            report(value, "field '" + key + "' is too large");
            return null;
        }
        if (number < min) {
            report(value, "field '" + key + "' must be at least " + min);
            return null;
        }
        return number;
    }

    /** A list of non-empty texts; an absent optional list is empty. */
    List<String> texts(String key, boolean required, boolean nonEmpty) {
        List<String> result = new ArrayList<>();
        for (Node item : items(key, required, nonEmpty)) {
            if (item instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                report(item, "entry '" + scalar.getValue() + "' of '" + key + "' reads as YAML null; put it in quotes");
            } else if (item instanceof MappingNode) {
                report(item, "each entry of '" + key + "' must be text; put an entry that contains ': ' in quotes");
            } else {
                report(item, "each entry of '" + key + "' must be non-empty text");
            }
        }
        return result;
    }

    /** A list of mappings; an absent optional list is empty. */
    List<YamlMap> maps(String key, boolean required, boolean nonEmpty, String itemContext) {
        List<YamlMap> result = new ArrayList<>();
        List<Node> items = items(key, required, nonEmpty);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MappingNode mapping) {
                result.add(new YamlMap(mapping, file, firstLine, itemContext + " " + (i + 1), problems));
            } else {
                report(items.get(i), "each entry of '" + key + "' must be a mapping of fields");
            }
        }
        return result;
    }

    /** A nested mapping. */
    Optional<YamlMap> map(String key, boolean required, String nestedContext) {
        Node value = value(key, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof MappingNode mapping)) {
            report(value, "field '" + key + "' must be a mapping of fields");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(mapping, file, firstLine, nestedContext, problems));
    }

    /** The raw scalar nodes of this mapping, by field name, for data whose fields depend on another field. */
    Map<String, ScalarNode> scalars() {
        Map<String, ScalarNode> result = new LinkedHashMap<>();
        fields.forEach((key, tuple) -> {
            if (tuple.getValueNode() instanceof ScalarNode scalar) {
                result.put(key, scalar);
            } else {
                report(tuple.getValueNode(), "field '" + key + "' must be a single value");
            }
        });
        return result;
    }

    /** The node under a field, or {@code null} when it is absent (reported if required). */
    Node value(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                report(tuple == null ? node : tuple.getKeyNode(),
                        tuple == null ? "missing field '" + key + "'" : "field '" + key + "' is empty");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    void report(Node at, String message) {
        problems.add(file, lineOf(at), context.isEmpty() ? message : context + ": " + message);
    }

    void report(int line, String message) {
        problems.add(file, line, context.isEmpty() ? message : context + ": " + message);
    }

    private List<Node> items(String key, boolean required, boolean nonEmpty) {
        Node value = value(key, required);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            report(value, "field '" + key + "' must be a list");
            return List.of();
        }
        if (nonEmpty && sequence.getValue().isEmpty()) {
            report(value, "field '" + key + "' must not be empty");
        }
        return sequence.getValue();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }
}
