package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for the gate's tests. */
final class GateTestSupport {
    private GateTestSupport() {
    }

    /** The python3 to use: {@code -Dgate.python=...} overrides the one on the PATH. */
    static String python() {
        return System.getProperty("gate.python", "python3");
    }

    /** A block as a lesson would have it; attributes as alternating names and values. */
    static CodeBlock block(String language, String code, String... attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        if ((map.containsKey("compatible-with") || map.containsKey("incompatible-with")) && !map.containsKey("mode")) {
            map.put("mode", "BACKWARD");
        }
        return new CodeBlock(language, map, code, 10);
    }

    static GateLesson lesson(String path, CodeBlock... blocks) {
        return new GateLesson(path, List.of(blocks));
    }
}
