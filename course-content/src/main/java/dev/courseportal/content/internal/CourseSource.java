package dev.courseportal.content.internal;

import java.io.IOException;
import java.util.List;

/** Where the course files come from: a directory while authoring, the class path in the portal. */
public interface CourseSource {

    /** Every file of the course, as paths relative to the course root with {@code /} separators, sorted. */
    List<String> files() throws IOException;

    /** The bytes of one file listed by {@link #files()}. */
    byte[] read(String path) throws IOException;

    /** Where the course was read from, for log messages. */
    String description();
}
