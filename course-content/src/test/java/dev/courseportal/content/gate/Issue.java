package dev.courseportal.content.gate;

/**
 * One thing wrong in a block.
 *
 * @param line    the line in the lesson file (from 1, front matter included), as close to the mistake as known
 * @param message what the real software said, in words an author can act on
 */
public record Issue(int line, String message) {
}
