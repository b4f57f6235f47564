package dev.courseportal.content;

import dev.courseportal.content.internal.ClasspathSource;
import dev.courseportal.content.internal.CourseAssembler;
import dev.courseportal.content.internal.DirectorySource;
import dev.courseportal.content.internal.UrlTemplates;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the course sources, validates them and renders every lesson once. A loader is immutable and may be used
 * from several threads; the Markdown parser and renderer behind it are built once per JVM.
 *
 * <pre>{@code
 * Course course = CourseLoader.builder()
 *         .lessonUrlTemplate("lesson.xhtml?id={id}")
 *         .build()
 *         .loadFromClasspath();
 * }</pre>
 */
public final class CourseLoader {
    /** Where links to lessons point; {@code {id}} is replaced by the lesson id, {@code #anchor} is appended. */
    public static final String DEFAULT_LESSON_URL_TEMPLATE = "lesson.xhtml?id={id}";
    /** Where images point; {@code {module-folder}} and {@code {file}} (the path below {@code images/}) are replaced. */
    public static final String DEFAULT_ASSET_URL_TEMPLATE = "course-assets/{module-folder}/images/{file}";
    /** The classpath folder of the course; {@code index.txt} in it lists every file, written at build time. */
    public static final String CLASSPATH_ROOT = "course";

    private final UrlTemplates templates;

    /** A loader with the default URL templates. */
    public CourseLoader() {
        this(builder());
    }

    private CourseLoader(Builder builder) {
        templates = new UrlTemplates(builder.lessonUrlTemplate, builder.assetUrlTemplate);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads the course from a directory laid out as the course README describes.
     *
     * @throws CourseValidationException listing every problem found, if there is any
     */
    public Course load(Path courseRoot) {
        Objects.requireNonNull(courseRoot, "courseRoot");
        return CourseAssembler.assemble(new DirectorySource(courseRoot), templates);
    }

    /**
     * Loads the course packaged in this module's jar, through the class loader that loaded this class. Works
     * wherever the jar sits (an EAR's {@code lib/} on WildFly's VFS included): files are found through the
     * build-time index {@code course/index.txt}, never by scanning directories.
     *
     * @throws CourseValidationException listing every problem found, if there is any
     */
    public Course loadFromClasspath() {
        return loadFromClasspath(CourseLoader.class.getClassLoader());
    }

    /** Like {@link #loadFromClasspath()}, through the given class loader. */
    public Course loadFromClasspath(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        return CourseAssembler.assemble(new ClasspathSource(classLoader, CLASSPATH_ROOT), templates);
    }

    /** Configures a {@link CourseLoader}. */
    public static final class Builder {
        private String lessonUrlTemplate = DEFAULT_LESSON_URL_TEMPLATE;
        private String assetUrlTemplate = DEFAULT_ASSET_URL_TEMPLATE;

        private Builder() {
        }

        /** The URL of a lesson page; must contain {@code {id}}. */
        public Builder lessonUrlTemplate(String template) {
            if (!template.contains("{id}")) {
                throw new IllegalArgumentException("lesson URL template needs {id}: " + template);
            }
            lessonUrlTemplate = template;
            return this;
        }

        /** The URL of an image; must contain {@code {file}}, may contain {@code {module-folder}}. */
        public Builder assetUrlTemplate(String template) {
            if (!template.contains("{file}")) {
                throw new IllegalArgumentException("asset URL template needs {file}: " + template);
            }
            assetUrlTemplate = template;
            return this;
        }

        public CourseLoader build() {
            return new CourseLoader(this);
        }
    }
}
