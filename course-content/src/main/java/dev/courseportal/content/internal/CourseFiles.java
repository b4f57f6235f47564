package dev.courseportal.content.internal;

/** Which files under the course root belong to the course. */
final class CourseFiles {
    static final String INDEX = "index.txt";

    private CourseFiles() {
    }

    /** Hidden files (editor and OS droppings) and the generated index are not course sources. */
    static boolean isCourseFile(String relativePath) {
        if (relativePath.equals(INDEX)) {
            return false;
        }
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith(".") || segment.endsWith("~")) {
                return false;
            }
        }
        return true;
    }
}
