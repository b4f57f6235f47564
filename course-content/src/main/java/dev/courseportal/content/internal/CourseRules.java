package dev.courseportal.content.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that span files: unique module and lesson ids and orders, module arrows and lesson prerequisites that
 * point to something that exists, comes earlier and forms no cycle.
 */
final class CourseRules {
    private final List<ModuleDescriptor> modules;
    private final List<LessonDraft> lessons;
    private final Problems problems;

    private CourseRules(List<ModuleDescriptor> modules, List<LessonDraft> lessons, Problems problems) {
        this.modules = modules;
        this.lessons = lessons;
        this.problems = problems;
    }

    static void check(List<ModuleDescriptor> modules, List<LessonDraft> lessons, Problems problems) {
        CourseRules rules = new CourseRules(modules, lessons, problems);
        rules.checkModules();
        rules.checkLessons();
    }

    private void checkModules() {
        Map<String, ModuleDescriptor> byId = new LinkedHashMap<>();
        Map<Integer, ModuleDescriptor> byOrder = new HashMap<>();
        for (ModuleDescriptor module : modules) {
            if (module.id() != null && byId.putIfAbsent(module.id(), module) != null) {
                problems.add(module.file(), module.idLine(), "duplicate module id '" + module.id() + "' (also in "
                        + byId.get(module.id()).file() + ")");
            }
            if (module.order() != null && byOrder.putIfAbsent(module.order(), module) != null) {
                problems.add(module.file(), module.orderLine(), "duplicate module order " + module.order()
                        + " (also in " + byOrder.get(module.order()).file() + ")");
            }
            boolean hasLessons = lessons.stream().anyMatch(lesson -> lesson.folder().equals(module.folder()));
            if (!hasLessons) {
                problems.add(module.file(), 1, "module '" + module.folder() + "' has no lessons");
            }
        }
        Map<String, List<String>> arrows = new LinkedHashMap<>();
        for (ModuleDescriptor module : modules) {
            if (module.id() == null || byId.get(module.id()) != module) {
                continue;
            }
            arrows.put(module.id(), module.buildsOn());
            for (String target : module.buildsOn()) {
                int line = module.buildsOnLines().getOrDefault(target, 1);
                ModuleDescriptor other = byId.get(target);
                if (other == null) {
                    problems.add(module.file(), line, "buildsOn names unknown module '" + target + "'"
                            + suggestion(target, byId.keySet()));
                } else if (other != module && other.order() != null && module.order() != null
                        && other.order() > module.order()) {
                    problems.add(module.file(), line, "builds on module '" + target + "', which comes later (order "
                            + other.order() + ")");
                }
            }
        }
        for (List<String> cycle : GraphCycles.find(arrows)) {
            ModuleDescriptor first = byId.get(cycle.get(0));
            problems.add(first.file(), first.buildsOnLines().getOrDefault(cycle.get(1), 1),
                    "module cycle in buildsOn: " + String.join(" -> ", cycle));
        }
    }

    private void checkLessons() {
        Map<String, LessonDraft> byId = new LinkedHashMap<>();
        Map<String, LessonDraft> byFolderAndOrder = new HashMap<>();
        for (LessonDraft lesson : lessons) {
            if (lesson.frontMatter().isEmpty()) {
                continue;
            }
            FrontMatter meta = lesson.frontMatter().get();
            if (meta.id() != null && byId.putIfAbsent(meta.id(), lesson) != null) {
                problems.add(lesson.file(), meta.idLine(), "duplicate lesson id '" + meta.id() + "' (also in "
                        + byId.get(meta.id()).file() + ")");
            }
            if (meta.order() != null) {
                LessonDraft other = byFolderAndOrder.putIfAbsent(lesson.folder() + "#" + meta.order(), lesson);
                if (other != null) {
                    problems.add(lesson.file(), meta.orderLine(), "duplicate lesson order " + meta.order()
                            + " in module folder '" + lesson.folder() + "' (also in " + other.file() + ")");
                }
            }
        }
        Map<String, int[]> positions = positions(byId);
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (LessonDraft lesson : byId.values()) {
            FrontMatter meta = lesson.frontMatter().orElseThrow();
            edges.put(meta.id(), meta.prerequisites());
            for (String prerequisite : meta.prerequisites()) {
                int line = meta.prerequisiteLines().getOrDefault(prerequisite, meta.prerequisitesLine());
                if (!byId.containsKey(prerequisite)) {
                    problems.add(lesson.file(), line, "unknown prerequisite '" + prerequisite + "'"
                            + suggestion(prerequisite, byId.keySet()));
                } else if (comesAfter(positions.get(prerequisite), positions.get(meta.id()))) {
                    problems.add(lesson.file(), line, "prerequisite '" + prerequisite
                            + "' comes after this lesson in the course");
                }
            }
        }
        for (List<String> cycle : GraphCycles.find(edges)) {
            FrontMatter meta = byId.get(cycle.get(0)).frontMatter().orElseThrow();
            problems.add(byId.get(cycle.get(0)).file(),
                    meta.prerequisiteLines().getOrDefault(cycle.get(1), meta.prerequisitesLine()),
                    "prerequisite cycle: " + String.join(" -> ", cycle));
        }
    }

    /** Each lesson's place in the course (module order, lesson order), where both orders are valid. */
    private Map<String, int[]> positions(Map<String, LessonDraft> lessonsById) {
        Map<String, Integer> moduleOrders = new HashMap<>();
        modules.stream().filter(module -> module.order() != null)
                .forEach(module -> moduleOrders.put(module.folder(), module.order()));
        Map<String, int[]> positions = new HashMap<>();
        lessonsById.forEach((id, lesson) -> {
            Integer moduleOrder = moduleOrders.get(lesson.folder());
            Integer lessonOrder = lesson.frontMatter().orElseThrow().order();
            if (moduleOrder != null && lessonOrder != null) {
                positions.put(id, new int[] {moduleOrder, lessonOrder});
            }
        });
        return positions;
    }

    private static boolean comesAfter(int[] position, int[] other) {
        if (position == null || other == null) {
            return false;
        }
        return position[0] != other[0] ? position[0] > other[0] : position[1] > other[1];
    }

    private static String suggestion(String word, Collection<String> known) {
        return Spelling.closest(word, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }
}
