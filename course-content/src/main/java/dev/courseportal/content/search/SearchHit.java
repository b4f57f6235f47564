package dev.courseportal.content.search;

import java.util.Objects;

/**
 * One search result: a section of a lesson.
 *
 * @param lessonId    the lesson to open
 * @param moduleId    its module
 * @param lessonTitle the lesson's title
 * @param anchor      the nearest heading's anchor, empty for the top of the lesson
 * @param headingText that heading's text (the lesson title for the top of the lesson)
 * @param snippetHtml a short excerpt as HTML: escaped text whose matches are wrapped in {@code <mark>}, nothing else
 * @param score       relevance; higher is better, comparable only within one search
 */
public record SearchHit(String lessonId, String moduleId, String lessonTitle, String anchor, String headingText,
                        String snippetHtml, float score) {
    public SearchHit {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(lessonTitle, "lessonTitle");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(headingText, "headingText");
        Objects.requireNonNull(snippetHtml, "snippetHtml");
    }
}
