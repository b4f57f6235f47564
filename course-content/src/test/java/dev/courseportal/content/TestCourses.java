package dev.courseportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The sample courses under {@code src/test/resources/courses}, and broken variants made from them. */
public final class TestCourses {

    private TestCourses() {
    }

    /** The valid sample course, read in place. */
    public static Path valid() {
        return resource("courses/valid");
    }

    public static Path resource(String name) {
        URL url = TestCourses.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("test resource not found: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A copy of the valid course in {@code target}, to break on purpose. */
    public static Path copyOfValid(Path target) {
        Path source = valid();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Writes a file into a course, creating folders. */
    public static void write(Path course, String path, String content) {
        try {
            Path file = course.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a broken lesson from {@code src/test/resources/broken} into a copy of the valid course. */
    public static List<Problem> problemsWith(Path tempDir, String brokenResource, String asPath) {
        Path course = copyOfValid(tempDir);
        try {
            write(course, asPath, Files.readString(resource("broken/" + brokenResource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problemsOf(course);
    }

    /** The problems a course has; fails if it loads. */
    public static List<Problem> problemsOf(Path course) {
        return assertThrows(CourseValidationException.class, () -> new CourseLoader().load(course)).problems();
    }

    /** Problems as {@code file:line: message} lines, the way the build prints them. */
    public static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
