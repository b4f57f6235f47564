package dev.courseportal.content.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sorts the course files into the course descriptor, module descriptors, lessons and images, and reports files that
 * fit nowhere (a lesson outside a module folder, a module folder without its descriptor).
 */
record CourseLayout(Set<String> moduleFolders, List<String> lessons, List<String> assets) {
    static final String COURSE_DESCRIPTOR = "course.yaml";
    static final String IMAGES = "images";

    static CourseLayout of(List<String> files, Problems problems) {
        Set<String> moduleFolders = new TreeSet<>();
        for (String file : files) {
            String[] parts = file.split("/");
            if (parts.length == 2 && parts[1].equals(ModuleDescriptor.FILE_NAME)) {
                moduleFolders.add(parts[0]);
            }
        }
        boolean courseDescriptor = false;
        List<String> lessons = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        Set<String> foldersWithoutDescriptor = new LinkedHashSet<>();
        for (String file : files) {
            String[] parts = file.split("/");
            if (parts.length == 1) {
                if (file.equals(COURSE_DESCRIPTOR)) {
                    courseDescriptor = true;
                } else {
                    problems.add(file, 1, "unexpected file at the course root: lessons go into a module folder");
                }
            } else if (!moduleFolders.contains(parts[0])) {
                if (foldersWithoutDescriptor.add(parts[0])) {
                    problems.add(file, 1, "folder '" + parts[0] + "' has no " + ModuleDescriptor.FILE_NAME);
                }
            } else if (parts.length == 2 && file.endsWith(".md")) {
                lessons.add(file);
            } else if (parts.length > 2 && parts[1].equals(IMAGES)) {
                assets.add(file);
            } else if (!(parts.length == 2 && parts[1].equals(ModuleDescriptor.FILE_NAME))) {
                problems.add(file, 1, "unexpected file: lessons are <module>/<name>.md, images go under <module>/"
                        + IMAGES + "/");
            }
        }
        if (!courseDescriptor) {
            problems.add(COURSE_DESCRIPTOR, 1, "missing course descriptor " + COURSE_DESCRIPTOR
                    + " (id, title, summary)");
        }
        return new CourseLayout(moduleFolders, List.copyOf(lessons), List.copyOf(assets));
    }
}
