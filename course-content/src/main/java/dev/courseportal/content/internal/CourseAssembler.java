package dev.courseportal.content.internal;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseAsset;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.CourseValidationException;
import dev.courseportal.content.Lesson;
import dev.courseportal.content.LoadStatistics;
import dev.courseportal.content.Problem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Loads a whole course: reads every file, checks every file and every rule across files, and only when nothing is
 * wrong renders the lessons into the immutable model. Problems are collected, never thrown one by one.
 */
public final class CourseAssembler {
    private static final System.Logger LOG = System.getLogger(CourseAssembler.class.getName());

    private final CourseSource source;
    private final UrlTemplates templates;
    private final Problems problems = new Problems();
    private final Map<String, byte[]> contents = new LinkedHashMap<>();

    private CourseAssembler(CourseSource source, UrlTemplates templates) {
        this.source = source;
        this.templates = templates;
    }

    /**
     * @throws CourseValidationException with every problem found, if there is any
     */
    public static Course assemble(CourseSource source, UrlTemplates templates) {
        return new CourseAssembler(source, templates).assemble();
    }

    private Course assemble() {
        long started = System.nanoTime();
        readAll();
        CourseLayout layout = CourseLayout.of(List.copyOf(contents.keySet()), problems);
        Optional<CourseDescriptor> descriptor = text(CourseLayout.COURSE_DESCRIPTOR)
                .flatMap(yaml -> CourseDescriptor.read(yaml, problems));
        List<ModuleDescriptor> modules = new ArrayList<>();
        for (String folder : layout.moduleFolders()) {
            String file = folder + "/" + ModuleDescriptor.FILE_NAME;
            text(file).flatMap(yaml -> ModuleDescriptor.read(folder, yaml, problems)).ifPresent(modules::add);
        }
        // Lessons are independent of each other until their links are resolved: read (front matter,
        // Markdown parse, checks) on every core. The order of the list is the layout's, as before.
        List<LessonDraft> lessons = layout.lessons().parallelStream()
                .flatMap(file -> text(file).map(content -> LessonDraft.read(file, file.split("/")[0], content, problems))
                        .stream())
                .toList();
        Map<String, CourseAsset> assets = AssetCatalog.read(layout.assets(), contents, problems);
        CourseRules.check(modules, lessons, problems);
        resolveLinks(lessons, assets);
        if (!problems.isEmpty() || descriptor.isEmpty()) {
            throw new CourseValidationException(problems.sorted());
        }
        List<CourseModule> rendered = render(modules, lessons);
        Duration loadTime = Duration.ofNanos(System.nanoTime() - started);
        Course course = new Course(descriptor.get().id(), descriptor.get().title(), descriptor.get().summary(),
                rendered, assets, ContentHasher.hash(contents, templates), Instant.now(),
                statistics(rendered, loadTime));
        LOG.log(System.Logger.Level.INFO, "Loaded course ''{0}'' from {1}: {2}", course.id(), source.description(),
                course.statistics());
        return course;
    }

    private void readAll() {
        List<String> files;
        try {
            files = source.files();
        } catch (IOException e) {
            throw new CourseValidationException(List.of(new Problem(source.description(), 1,
                    "cannot list the course files: " + e.getMessage())));
        }
        for (String file : files) {
            try {
                contents.put(file, source.read(file));
            } catch (IOException e) {
                problems.add(file, 1, "cannot read: " + e.getMessage());
            }
        }
    }

    /** A file's text; reports files that are not UTF-8, since their lines would be misread. */
    private Optional<String> text(String file) {
        byte[] bytes = contents.get(file);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(file, 1, "not UTF-8 text: save the file as UTF-8");
            return Optional.empty();
        }
    }

    private void resolveLinks(List<LessonDraft> lessons, Map<String, CourseAsset> assets) {
        Map<String, LinkResolver.Target> targets = new HashMap<>();
        for (LessonDraft lesson : lessons) {
            targets.put(lesson.file(), new LinkResolver.Target(lesson.id().orElse(null), lesson.body().anchors()));
        }
        LinkResolver resolver = new LinkResolver(targets, assets.keySet(), templates, problems);
        lessons.forEach(resolver::resolve);
    }

    private static List<CourseModule> render(List<ModuleDescriptor> modules, List<LessonDraft> lessons) {
        // Every lesson renders on its own (the Markdown renderer is thread-safe): all of them at once on
        // every core, then put in their modules in order.
        Map<String, String> moduleOfFolder = new HashMap<>();
        modules.forEach(module -> moduleOfFolder.put(module.folder(), module.id()));
        Lesson[] byIndex = new Lesson[lessons.size()];
        IntStream.range(0, lessons.size()).parallel()
                .filter(i -> moduleOfFolder.containsKey(lessons.get(i).folder()))
                .forEach(i -> byIndex[i] = LessonRenderer.render(lessons.get(i), moduleOfFolder.get(lessons.get(i).folder())));
        Map<LessonDraft, Lesson> rendered = new IdentityHashMap<>();
        for (int i = 0; i < byIndex.length; i++) {
            rendered.put(lessons.get(i), byIndex[i]);
        }
        List<CourseModule> result = new ArrayList<>();
        for (ModuleDescriptor module : modules.stream().sorted(Comparator.comparing(ModuleDescriptor::order)).toList()) {
            List<Lesson> moduleLessons = lessons.stream()
                    .filter(lesson -> lesson.folder().equals(module.folder()))
                    .sorted(Comparator.comparing(lesson -> lesson.frontMatter().orElseThrow().order()))
                    .map(rendered::get)
                    .toList();
            result.add(new CourseModule(module.id(), module.title(), module.summary(), module.order(),
                    module.estimatedHours(), module.buildsOn(), moduleLessons, module.folder()));
        }
        return result;
    }

    private LoadStatistics statistics(List<CourseModule> modules, Duration loadTime) {
        List<Lesson> lessons = modules.stream().flatMap(module -> module.lessons().stream()).toList();
        return new LoadStatistics(modules.size(), lessons.size(),
                lessons.stream().mapToInt(lesson -> lesson.codeBlocks().size()).sum(),
                contents.values().stream().mapToLong(bytes -> bytes.length).sum(),
                lessons.stream().mapToLong(lesson -> lesson.html().length()).sum(),
                loadTime);
    }
}
