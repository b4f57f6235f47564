package dev.courseportal.content.internal;

import dev.courseportal.content.QuestionType;
import dev.courseportal.content.QuizQuestion;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads a lesson's {@code quiz:} list and checks that every question can be answered. */
final class QuizReader {
    static final int MIN_QUESTIONS = 3;
    static final int MAX_QUESTIONS = 6;
    private static final Set<String> FIELDS = Set.of("id", "type", "question", "options", "correct", "explanation");
    private static final Pattern INDEX = Pattern.compile("[0-9]{1,4}");

    private QuizReader() {
    }

    static List<QuizQuestion> read(YamlMap frontMatter) {
        if (!frontMatter.has("quiz")) {
            return List.of();
        }
        List<YamlMap> items = frontMatter.maps("quiz", false, false, "quiz question");
        if (items.size() < MIN_QUESTIONS || items.size() > MAX_QUESTIONS) {
            frontMatter.report(frontMatter.lineOf("quiz"), "quiz has " + items.size() + " question(s); write "
                    + MIN_QUESTIONS + " to " + MAX_QUESTIONS);
        }
        List<QuizQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap item : items) {
            item.allowOnly(FIELDS);
            String id = Ids.read(item, "id");
            if (id != null && !ids.add(id)) {
                item.report(item.lineOf("id"), "duplicate quiz question id '" + id + "'");
            }
            QuizQuestion question = question(id == null ? item : item.withContext("quiz question '" + id + "'"), id);
            if (question != null) {
                questions.add(question);
            }
        }
        return questions;
    }

    private static QuizQuestion question(YamlMap item, String id) {
        QuestionType type = type(item);
        String text = item.text("question", true);
        List<String> options = item.texts("options", true, false);
        String explanation = item.text("explanation", true);
        if (item.has("options") && options.size() < 2) {
            item.report(item.lineOf("options"), "needs at least 2 options, has " + options.size());
        }
        Set<Integer> correct = correct(item, options.size(), type);
        if (id == null || type == null || text == null || explanation == null || options.size() < 2
                || correct == null) {
            return null;
        }
        return new QuizQuestion(id, type, text, options, correct, explanation);
    }

    private static QuestionType type(YamlMap item) {
        String type = item.text("type", true);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "single" -> QuestionType.SINGLE;
            case "multiple" -> QuestionType.MULTIPLE;
            default -> {
                item.report(item.lineOf("type"), "unknown type '" + type + "' (use single or multiple)");
                yield null;
            }
        };
    }

    /** The correct indexes, or {@code null} when they are missing or wrong (reported). */
    private static Set<Integer> correct(YamlMap item, int optionCount, QuestionType type) {
        Node value = item.value("correct", false);
        if (value == null || value instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
            item.report(item.lineOf("correct"), "no correct answer");
            return null;
        }
        if (!(value instanceof SequenceNode sequence)) {
            item.report(value, "'correct' must be a list of option indexes, e.g. [0]");
            return null;
        }
        Set<Integer> correct = new TreeSet<>();
        boolean valid = true;
        for (Node entry : sequence.getValue()) {
            String text = entry instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
            if (!INDEX.matcher(text).matches()) {
                item.report(entry, "correct answer '" + text + "' is not an option index (0, 1, ...)");
                valid = false;
                continue;
            }
            int index = Integer.parseInt(text);
            if (optionCount >= 2 && index >= optionCount) {
                item.report(entry, "correct index " + index + " is out of range (options are 0 to "
                        + (optionCount - 1) + ")");
                valid = false;
            }
            if (!correct.add(index)) {
                item.report(entry, "correct index " + index + " is listed twice");
            }
        }
        if (type == QuestionType.SINGLE && correct.size() > 1) {
            item.report(value, "single choice needs exactly one correct answer, has " + correct.size()
                    + " (or make it type: multiple)");
            valid = false;
        }
        return valid ? correct : null;
    }
}
