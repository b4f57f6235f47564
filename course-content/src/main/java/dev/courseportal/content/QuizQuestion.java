package dev.courseportal.content;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A knowledge-check question of a lesson.
 *
 * @param id          stable within the lesson; answers are keyed by it
 * @param type        single or multiple choice
 * @param question    the question text
 * @param options     the options in the order shown
 * @param correct     zero-based indexes of the correct options, in ascending order
 * @param explanation shown after the learner answers
 */
public record QuizQuestion(String id, QuestionType type, String question, List<String> options, Set<Integer> correct,
                           String explanation) {
    public QuizQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
        correct = Collections.unmodifiableSortedSet(new TreeSet<>(correct));
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the chosen option indexes are exactly the correct ones. */
    public boolean isAnsweredBy(Set<Integer> chosen) {
        return correct.equals(chosen);
    }
}
