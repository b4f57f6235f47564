package dev.courseportal.content.gate;

import java.util.List;

/**
 * The gate's result for one code block.
 *
 * @param file    the lesson's path under the course root
 * @param line    the line of the block's opening fence
 * @param kind    what the block was checked as
 * @param outcome checked, marked or failed
 * @param reason  for a marked block, why it was not run
 * @param issues  for a failed block, everything wrong with it
 */
public record BlockResult(String file, int line, BlockKind kind, Outcome outcome, String reason, List<Issue> issues) {
    public BlockResult {
        issues = List.copyOf(issues);
    }
}
