package dev.courseportal.content.internal;

import dev.courseportal.content.ChecklistGroup;
import dev.courseportal.content.ChecklistItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a lesson's {@code checklist:}: titled groups of items whose ids are unique in the lesson. */
final class ChecklistReader {
    private static final Set<String> GROUP_FIELDS = Set.of("group", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "text");

    private ChecklistReader() {
    }

    static List<ChecklistGroup> read(YamlMap frontMatter) {
        List<ChecklistGroup> groups = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        for (YamlMap group : frontMatter.maps("checklist", false, true, "checklist group")) {
            group.allowOnly(GROUP_FIELDS);
            String title = group.text("group", true);
            List<ChecklistItem> items = new ArrayList<>();
            for (YamlMap item : group.maps("items", true, true, group.context() + ", item")) {
                item.allowOnly(ITEM_FIELDS);
                String id = Ids.read(item, "id");
                String text = item.text("text", true);
                if (id != null && !itemIds.add(id)) {
                    item.report(item.lineOf("id"), "duplicate checklist item id '" + id + "'");
                }
                if (id != null && text != null) {
                    items.add(new ChecklistItem(id, text));
                }
            }
            if (title != null) {
                groups.add(new ChecklistGroup(title, items));
            }
        }
        return groups;
    }
}
