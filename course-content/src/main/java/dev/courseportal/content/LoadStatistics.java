package dev.courseportal.content;

import java.time.Duration;
import java.util.Objects;

/**
 * What loading the course took, for logs and the operations page.
 *
 * @param modules     number of modules
 * @param lessons     number of lessons
 * @param codeBlocks  number of fenced code blocks in all lessons
 * @param sourceBytes size of all source files read
 * @param htmlChars   total length of the rendered lesson HTML
 * @param loadTime    wall time to read, validate and render the whole course
 */
public record LoadStatistics(int modules, int lessons, int codeBlocks, long sourceBytes, long htmlChars,
                             Duration loadTime) {
    public LoadStatistics {
        Objects.requireNonNull(loadTime, "loadTime");
    }
}
