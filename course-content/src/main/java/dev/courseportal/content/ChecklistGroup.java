package dev.courseportal.content;

import java.util.List;
import java.util.Objects;

/**
 * A titled group of checklist items.
 *
 * @param title the group's heading
 * @param items the items in order
 */
public record ChecklistGroup(String title, List<ChecklistItem> items) {
    public ChecklistGroup {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
