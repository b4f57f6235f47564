package dev.courseportal.content.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A lesson file split into its front matter and the whole text. The body is parsed from the whole text (the parser's
 * front matter extension skips the YAML) so that every line number is a line of the file.
 *
 * @param text        the file without a byte order mark
 * @param frontMatter the YAML between the {@code ---} lines, if the file has a closed front matter
 */
record LessonFile(String text, Optional<String> frontMatter) {
    // The same delimiters as commonmark's front matter extension, so that both agree where the YAML ends.
    private static final Pattern BEGIN = Pattern.compile("-{3}(\\s.*)?");
    private static final Pattern END = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");

    static LessonFile split(String file, String content, Problems problems) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !BEGIN.matcher(lines.get(0)).matches()) {
            problems.add(file, 1, "missing front matter: a lesson starts with a '---' line, its YAML fields and "
                    + "another '---' line");
            return new LessonFile(text, Optional.empty());
        }
        for (int i = 1; i < lines.size(); i++) {
            if (END.matcher(lines.get(i)).matches()) {
                return new LessonFile(text, Optional.of(String.join("\n", lines.subList(1, i))));
            }
        }
        problems.add(file, 1, "front matter is not closed: add a '---' line after its last field");
        return new LessonFile(text, Optional.empty());
    }
}
