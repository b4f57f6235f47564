package dev.courseportal.content;

import java.util.Objects;

/**
 * One item a learner can tick.
 *
 * @param id   stable within the lesson; ticks are saved by it
 * @param text what the item asserts
 */
public record ChecklistItem(String id, String text) {
    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
