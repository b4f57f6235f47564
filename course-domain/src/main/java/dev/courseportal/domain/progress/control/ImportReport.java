package dev.courseportal.domain.progress.control;

import java.util.List;

/**
 * What an import of a progress export did. Messages are keys with arguments so the page can say
 * them in the learner's language.
 *
 * @param applied   entries that raised the stored progress or added an attempt
 * @param unchanged entries already recorded as they are (an import run twice changes nothing)
 * @param rejected  entries refused, each with the reason
 */
public record ImportReport(int applied, int unchanged, List<Rejection> rejected) {

    /** One refused entry: where it was in the file and why it was refused. */
    public record Rejection(String where, String messageKey, List<String> args) {
    }

    public ImportReport {
        rejected = List.copyOf(rejected);
    }
}
