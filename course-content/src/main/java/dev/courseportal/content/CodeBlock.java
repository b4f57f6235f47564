package dev.courseportal.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fenced code block of a lesson, kept for the content gate that checks samples against the real software.
 *
 * @param language   the info string's first word ({@code json}, {@code sql} ...)
 * @param attributes the info string's {@code key="value"} pairs ({@code no-check}, {@code parse-only}, {@code id},
 *                   {@code compatible-with}, {@code incompatible-with}, {@code mode}), in the order written
 * @param code       the block's content
 * @param line       the line of the opening fence in the lesson file, from 1
 */
public record CodeBlock(String language, Map<String, String> attributes, String code, int line) {
    public CodeBlock {
        Objects.requireNonNull(language, "language");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Objects.requireNonNull(code, "code");
    }

    /** An info-string attribute, if the block has it. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** Whether the gate must skip running this block ({@code no-check} or {@code parse-only}). */
    public boolean isExemptFromRun() {
        return attributes.containsKey("no-check") || attributes.containsKey("parse-only");
    }
}
