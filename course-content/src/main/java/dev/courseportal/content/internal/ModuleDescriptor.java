package dev.courseportal.content.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A module's {@code module.yaml} as read, with the lines that cross-module rules report at. Fields that were missing
 * or invalid are {@code null} (already reported).
 */
record ModuleDescriptor(String folder, String file, String id, int idLine, String title, String summary,
                        Integer order, int orderLine, Integer estimatedHours, List<String> buildsOn,
                        Map<String, Integer> buildsOnLines) {
    static final String FILE_NAME = "module.yaml";
    private static final Set<String> FIELDS = Set.of("id", "title", "summary", "order", "estimatedHours", "buildsOn");

    static Optional<ModuleDescriptor> read(String folder, String yaml, Problems problems) {
        String file = folder + "/" + FILE_NAME;
        return YamlParsing.parseMapping(yaml, file, 1, problems).map(map -> {
            map.allowOnly(FIELDS);
            String id = Ids.read(map, "id");
            String title = map.text("title", true);
            String summary = map.text("summary", true);
            Integer order = map.integer("order", true, 1);
            Integer hours = map.integer("estimatedHours", true, 1);
            List<String> buildsOn = map.texts("buildsOn", false, false);
            return new ModuleDescriptor(folder, file, id, map.lineOf("id"), title, summary, order, map.lineOf("order"),
                    hours, buildsOn, ListLines.of(map, "buildsOn"));
        });
    }
}
