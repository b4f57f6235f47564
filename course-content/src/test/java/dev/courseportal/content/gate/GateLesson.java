package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;
import dev.courseportal.content.Course;
import dev.courseportal.content.internal.LenientCodeBlockReader;

import java.util.List;

/**
 * One lesson as the gate sees it: its file and its code blocks, in course order.
 *
 * @param sourcePath the lesson's path under the course root ({@code 01-foundations/04-first-connector.md})
 */
public record GateLesson(String sourcePath, List<CodeBlock> codeBlocks) {
    public GateLesson {
        codeBlocks = List.copyOf(codeBlocks);
    }

    /** The lessons of a loaded course, in course order. */
    public static List<GateLesson> of(Course course) {
        return course.lessons().stream().map(l -> new GateLesson(l.sourcePath(), l.codeBlocks())).toList();
    }

    /** Lessons read while the course still has engine problems (see {@link LenientCodeBlockReader}). */
    public static List<GateLesson> of(List<LenientCodeBlockReader.LessonBlocks> lessons) {
        return lessons.stream().map(l -> new GateLesson(l.sourcePath(), l.codeBlocks())).toList();
    }
}
