package dev.courseportal.content.internal;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.HashMap;
import java.util.Map;

/** The line of each entry of a YAML list of texts, so that a bad reference is reported where it is written. */
final class ListLines {

    private ListLines() {
    }

    static Map<String, Integer> of(YamlMap map, String key) {
        Map<String, Integer> lines = new HashMap<>();
        Node value = map.value(key, false);
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    lines.putIfAbsent(scalar.getValue().strip(), map.lineOf(item));
                }
            }
        }
        return Map.copyOf(lines);
    }
}
