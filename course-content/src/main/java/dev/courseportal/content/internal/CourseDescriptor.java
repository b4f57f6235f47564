package dev.courseportal.content.internal;

import java.util.Optional;
import java.util.Set;

/** The course's own {@code course.yaml}: id, title and summary. */
record CourseDescriptor(String id, String title, String summary) {
    private static final Set<String> FIELDS = Set.of("id", "title", "summary");

    static Optional<CourseDescriptor> read(String yaml, Problems problems) {
        return YamlParsing.parseMapping(yaml, CourseLayout.COURSE_DESCRIPTOR, 1, problems).flatMap(map -> {
            map.allowOnly(FIELDS);
            String id = Ids.read(map, "id");
            String title = map.text("title", true);
            String summary = map.text("summary", true);
            return id == null || title == null || summary == null
                    ? Optional.empty() : Optional.of(new CourseDescriptor(id, title, summary));
        });
    }
}
