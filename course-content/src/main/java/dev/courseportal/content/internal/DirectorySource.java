package dev.courseportal.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The course in a directory on disk (the module's sources while authoring and in tests). */
public final class DirectorySource implements CourseSource {
    private final Path root;

    public DirectorySource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public List<String> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("course directory not found: " + root);
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(CourseFiles::isCourseFile)
                    .sorted()
                    .toList();
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("path outside the course: " + path);
        }
        return Files.readAllBytes(file);
    }

    @Override
    public String description() {
        return root.toString();
    }
}
