package dev.courseportal.content.internal;

import dev.courseportal.content.ChecklistGroup;
import dev.courseportal.content.Difficulty;
import dev.courseportal.content.Lab;
import dev.courseportal.content.QuizQuestion;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lesson's YAML front matter as read, with the lines that cross-lesson rules report at. Fields that were missing or
 * invalid are {@code null} (already reported).
 */
record FrontMatter(String id, int idLine, String title, String summary, Integer order, int orderLine,
                   Difficulty difficulty, Integer minutes, List<String> objectives, List<String> prerequisites,
                   int prerequisitesLine, Map<String, Integer> prerequisiteLines, List<String> tags, Lab lab,
                   List<QuizQuestion> quiz, List<ChecklistGroup> checklist) {
    private static final Set<String> FIELDS = Set.of("id", "title", "summary", "order", "difficulty", "minutes",
            "objectives", "prerequisites", "tags", "lab", "quiz", "checklist");
    private static final String DIFFICULTIES = Arrays.stream(Difficulty.values())
            .map(Difficulty::sourceName).collect(Collectors.joining(", "));

    /**
     * Reads the front matter of a lesson file.
     *
     * @param yaml the text between the {@code ---} lines, which starts on line 2 of the file
     */
    static Optional<FrontMatter> read(String file, String yaml, Problems problems) {
        return YamlParsing.parseMapping(yaml, file, 2, problems).map(map -> {
            map.allowOnly(FIELDS);
            String id = Ids.read(map, "id");
            String title = map.text("title", true);
            String summary = map.text("summary", true);
            Integer order = map.integer("order", true, 1);
            Difficulty difficulty = difficulty(map);
            Integer minutes = map.integer("minutes", true, 1);
            List<String> objectives = map.texts("objectives", true, true);
            List<String> prerequisites = map.texts("prerequisites", false, false);
            List<String> tags = map.texts("tags", false, false);
            Lab lab = map.map("lab", false, "lab").map(LabReader::read).orElse(null);
            List<QuizQuestion> quiz = QuizReader.read(map);
            List<ChecklistGroup> checklist = ChecklistReader.read(map);
            return new FrontMatter(id, map.lineOf("id"), title, summary, order, map.lineOf("order"), difficulty,
                    minutes, objectives, prerequisites, map.lineOf("prerequisites"),
                    ListLines.of(map, "prerequisites"), tags, lab, quiz, checklist);
        });
    }

    private static Difficulty difficulty(YamlMap map) {
        String value = map.text("difficulty", true);
        if (value == null) {
            return null;
        }
        Optional<Difficulty> difficulty = Difficulty.fromSource(value);
        if (difficulty.isEmpty()) {
            map.report(map.lineOf("difficulty"), "unknown difficulty '" + value + "' (use " + DIFFICULTIES + ")");
        }
        return difficulty.orElse(null);
    }

    boolean isComplete() {
        return id != null && title != null && summary != null && order != null && difficulty != null
                && minutes != null;
    }
}
