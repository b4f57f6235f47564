package dev.courseportal.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole course, loaded and rendered once and shared by all requests. Immutable and thread-safe.
 */
public final class Course {
    private final String id;
    private final String title;
    private final String summary;
    private final List<CourseModule> modules;
    private final List<Lesson> lessons;
    private final Map<String, CourseModule> modulesById = new HashMap<>();
    private final Map<String, Integer> lessonPositions = new HashMap<>();
    private final Map<String, CourseAsset> assets;
    private final String contentVersion;
    private final Instant loadedAt;
    private final LoadStatistics statistics;

    /**
     * Made by {@link CourseLoader}; public for tests of the layers above.
     *
     * @param modules        modules in course order, each with its lessons in order
     * @param assets         files lessons refer to, by path under the course root
     * @param contentVersion hex SHA-256 over every source file (and the URL templates)
     */
    public Course(String id, String title, String summary, List<CourseModule> modules, Map<String, CourseAsset> assets,
                  String contentVersion, Instant loadedAt, LoadStatistics statistics) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.modules = List.copyOf(modules);
        this.lessons = this.modules.stream().flatMap(module -> module.lessons().stream()).toList();
        for (CourseModule module : this.modules) {
            modulesById.put(module.id(), module);
        }
        for (int i = 0; i < lessons.size(); i++) {
            lessonPositions.put(lessons.get(i).id(), i);
        }
        this.assets = Map.copyOf(assets);
        this.contentVersion = Objects.requireNonNull(contentVersion, "contentVersion");
        this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** Modules in course order. */
    public List<CourseModule> modules() {
        return modules;
    }

    /** Every lesson in course order: modules by order, then lessons by order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<CourseModule> module(String moduleId) {
        return Optional.ofNullable(modulesById.get(moduleId));
    }

    public Optional<Lesson> lesson(String lessonId) {
        Integer position = lessonPositions.get(lessonId);
        return position == null ? Optional.empty() : Optional.of(lessons.get(position));
    }

    /** The lesson before this one in course order (across modules). */
    public Optional<Lesson> previous(String lessonId) {
        Integer position = lessonPositions.get(lessonId);
        return position == null || position == 0 ? Optional.empty() : Optional.of(lessons.get(position - 1));
    }

    /** The lesson after this one in course order (across modules). */
    public Optional<Lesson> next(String lessonId) {
        Integer position = lessonPositions.get(lessonId);
        return position == null || position == lessons.size() - 1
                ? Optional.empty() : Optional.of(lessons.get(position + 1));
    }

    /**
     * A file a lesson refers to, by its path under the course root ({@code 01-foundations/images/slot.png}).
     * Only files under a module's {@code images/} folder are assets; any other path finds nothing.
     */
    public Optional<CourseAsset> asset(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    /** Paths of all assets, sorted. */
    public List<String> assetPaths() {
        return assets.keySet().stream().sorted().toList();
    }

    /** Hex SHA-256 over all sources: changes whenever any lesson, descriptor or image does; usable as an ETag. */
    public String contentVersion() {
        return contentVersion;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public LoadStatistics statistics() {
        return statistics;
    }

    @Override
    public String toString() {
        return "Course[" + id + ", " + modules.size() + " modules, " + lessons.size() + " lessons]";
    }
}
