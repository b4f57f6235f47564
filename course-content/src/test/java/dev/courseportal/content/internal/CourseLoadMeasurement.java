package dev.courseportal.content.internal;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseLoader;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.CourseValidationException;
import dev.courseportal.content.Lesson;
import dev.courseportal.content.LoadStatistics;
import dev.courseportal.content.TestCourses;
import dev.courseportal.content.search.CourseSearch;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Run with {@code mvn -pl course-content test -Dtest=CourseLoadMeasurement}; the name keeps it out of the normal test
 * run. Prints how long loading the real course takes and how much heap the loaded model and the search index hold. Not a
 * pass/fail test (timings depend on the machine); the figures go into the notes. While the course still has problems,
 * the lessons that can be rendered are measured through the same internal steps, and the output says so.
 */
class CourseLoadMeasurement {
    private static final Path REAL_COURSE = Path.of("src/main/resources/course");
    private static final int WARM_RUNS = 5;
    private static final String PARTIAL = "partial";

    @Test
    void measureTheRealCourse() throws IOException {
        new CourseLoader().load(TestCourses.valid());
        long coldStart = System.nanoTime();
        Course course = load();
        double coldMillis = (System.nanoTime() - coldStart) / 1e6;

        double warmMillis = 0;
        for (int i = 0; i < WARM_RUNS; i++) {
            long start = System.nanoTime();
            load();
            warmMillis += (System.nanoTime() - start) / 1e6 / WARM_RUNS;
        }

        course = null;
        long before = usedHeap();
        course = load();
        long modelBytes = usedHeap() - before;

        long searchBefore = usedHeap();
        long searchStart = System.nanoTime();
        CourseSearch search = CourseSearch.build(course);
        double searchMillis = (System.nanoTime() - searchStart) / 1e6;
        long searchBytes = usedHeap() - searchBefore;

        List<Lesson> lessons = course.lessons();
        String mode = course.id().equals(PARTIAL) ? "renderable lessons only, the course has problems" : "complete";
        long htmlChars = lessons.stream().mapToLong(lesson -> lesson.html().length()).sum();
        int words = lessons.stream().mapToInt(lesson -> lesson.plainText().split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "Course load (%s): %d lessons, %d words, %d KiB HTML; first load %.0f ms, "
                        + "warm load %.0f ms (mean of %d); model holds %.1f MiB heap; search index: %d sections, "
                        + "built in %.0f ms, %.1f MiB heap%n",
                mode, lessons.size(), words, htmlChars / 1024, coldMillis, warmMillis, WARM_RUNS,
                modelBytes / 1048576.0, search.sectionCount(), searchMillis, searchBytes / 1048576.0);
        Reference.reachabilityFence(course);
        Reference.reachabilityFence(search);
    }

    /** The course, or a course of the lessons that render while it has problems. */
    private static Course load() throws IOException {
        try {
            return new CourseLoader().load(REAL_COURSE);
        } catch (CourseValidationException e) {
            return renderableLessons();
        }
    }

    private static Course renderableLessons() throws IOException {
        DirectorySource source = new DirectorySource(REAL_COURSE);
        Problems problems = new Problems();
        List<LessonDraft> drafts = new ArrayList<>();
        for (String file : source.files()) {
            String[] parts = file.split("/");
            if (parts.length == 2 && file.endsWith(".md")) {
                drafts.add(LessonDraft.read(file, parts[0], new String(source.read(file), StandardCharsets.UTF_8),
                        problems));
            }
        }
        Map<String, LinkResolver.Target> targets = new HashMap<>();
        drafts.forEach(draft -> targets.put(draft.file(),
                new LinkResolver.Target(draft.id().orElse(null), draft.body().anchors())));
        LinkResolver resolver = new LinkResolver(targets, Set.of(),
                new UrlTemplates(CourseLoader.DEFAULT_LESSON_URL_TEMPLATE, CourseLoader.DEFAULT_ASSET_URL_TEMPLATE),
                problems);
        Map<String, List<Lesson>> byFolder = new TreeMap<>();
        for (LessonDraft draft : drafts) {
            resolver.resolve(draft);
            if (draft.frontMatter().filter(FrontMatter::isComplete).isPresent()) {
                byFolder.computeIfAbsent(draft.folder(), folder -> new ArrayList<>())
                        .add(LessonRenderer.render(draft, draft.folder()));
            }
        }
        List<CourseModule> modules = new ArrayList<>();
        byFolder.forEach((folder, lessons) -> modules.add(new CourseModule(folder, folder, folder, modules.size() + 1,
                1, List.of(), lessons, folder)));
        return new Course(PARTIAL, PARTIAL, PARTIAL, modules, Map.of(), "", Instant.now(),
                new LoadStatistics(modules.size(), 0, 0, 0, 0, Duration.ZERO));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
