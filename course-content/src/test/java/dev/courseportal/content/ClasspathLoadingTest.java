package dev.courseportal.content;

import dev.courseportal.content.internal.CourseIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged course is found through its build-time index, never by listing directories: these tests put a course
 * into a jar (as in an EAR's lib/) and load it through a class loader that can only open named resources.
 */
class ClasspathLoadingTest {

    @Test
    void loadsACoursePackagedInAJar(@TempDir Path temp) throws IOException {
        Path course = TestCourses.copyOfValid(temp.resolve("course"));
        List<String> indexed = CourseIndexWriter.write(course);
        assertTrue(indexed.contains("01-basics/images/pipeline.png"));
        assertTrue(indexed.contains("course.yaml"));
        Path jar = jar(temp.resolve("course-content.jar"), temp);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Course fromJar = new CourseLoader().loadFromClasspath(loader);
            Course fromDirectory = new CourseLoader().load(TestCourses.valid());
            assertEquals(fromDirectory.lessons().stream().map(Lesson::id).toList(),
                    fromJar.lessons().stream().map(Lesson::id).toList());
            assertEquals(fromDirectory.contentVersion(), fromJar.contentVersion(), "same sources, same version");
            assertEquals(fromDirectory.lesson("intro").orElseThrow().html(), fromJar.lesson("intro").orElseThrow().html());
            assertEquals(fromDirectory.assetPaths(), fromJar.assetPaths());
        }
    }

    @Test
    void aMissingIndexIsReported(@TempDir Path temp) throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
            CourseValidationException failure = org.junit.jupiter.api.Assertions.assertThrows(
                    CourseValidationException.class, () -> new CourseLoader().loadFromClasspath(empty));
            assertTrue(failure.getMessage().contains("course/index.txt"), failure.getMessage());
        }
    }

    @Test
    void aFileListedButMissingIsReported(@TempDir Path temp) throws IOException {
        Path course = TestCourses.copyOfValid(temp.resolve("course"));
        CourseIndexWriter.write(course);
        Files.delete(course.resolve("02-advanced/02-schemas.md"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
            List<Problem> problems = org.junit.jupiter.api.Assertions.assertThrows(CourseValidationException.class,
                    () -> new CourseLoader().loadFromClasspath(loader)).problems();
            assertTrue(problems.get(0).toString().startsWith("02-advanced/02-schemas.md:1: cannot read: resource not "
                    + "found on the class path: course/02-advanced/02-schemas.md"), problems.toString());
        }
    }

    @Test
    void theBuildIndexesTheRealCourse() throws IOException {
        try (InputStream index = getClass().getClassLoader().getResourceAsStream("course/index.txt")) {
            assertNotNull(index, "course/index.txt is written by the build (exec-maven-plugin, process-classes)");
            List<String> files = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(files.contains("course.yaml"), files.toString());
            assertTrue(files.contains("01-foundations/module.yaml"), files.toString());
            for (String file : files) {
                if (!file.startsWith("#")) {
                    assertNotNull(getClass().getClassLoader().getResource("course/" + file), file);
                }
            }
        }
    }

    private static Path jar(Path jar, Path root) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(root.resolve("course"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
