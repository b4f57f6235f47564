package dev.courseportal.content.internal;

import dev.courseportal.content.CodeBlock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every lesson's code blocks even when the course has engine problems (a quiz entry that needs quotes, a dead
 * link), so that the content gate can still report on the samples while authors are finishing their lessons. The
 * engine's own validation stays the judge of those problems: {@code RealCourseValidationTest} fails on them.
 */
public final class LenientCodeBlockReader {

    /** One lesson's code blocks, with its path under the course root. */
    public record LessonBlocks(String sourcePath, List<CodeBlock> codeBlocks) {
    }

    private LenientCodeBlockReader() {
    }

    /** The lessons in course order (module order, then lesson order; file names where an order is unreadable). */
    public static List<LessonBlocks> read(Path courseRoot) throws IOException {
        DirectorySource source = new DirectorySource(courseRoot);
        Map<String, byte[]> contents = new HashMap<>();
        for (String file : source.files()) {
            contents.put(file, source.read(file));
        }
        Problems ignored = new Problems();
        CourseLayout layout = CourseLayout.of(List.copyOf(contents.keySet()).stream().sorted().toList(), ignored);
        Map<String, Integer> moduleOrder = new HashMap<>();
        for (String folder : layout.moduleFolders()) {
            byte[] descriptor = contents.get(folder + "/" + ModuleDescriptor.FILE_NAME);
            ModuleDescriptor.read(folder, new String(descriptor, StandardCharsets.UTF_8), ignored)
                    .map(ModuleDescriptor::order)
                    .ifPresent(order -> moduleOrder.put(folder, order));
        }
        List<LessonDraft> drafts = new ArrayList<>();
        for (String file : layout.lessons()) {
            String text = new String(contents.get(file), StandardCharsets.UTF_8);
            drafts.add(LessonDraft.read(file, file.split("/")[0], text, ignored));
        }
        drafts.sort(Comparator
                .comparing((LessonDraft draft) -> moduleOrder.getOrDefault(draft.folder(), Integer.MAX_VALUE))
                .thenComparing(LessonDraft::folder)
                .thenComparing(draft -> draft.frontMatter().map(FrontMatter::order).orElse(Integer.MAX_VALUE))
                .thenComparing(LessonDraft::file));
        return drafts.stream().map(draft -> new LessonBlocks(draft.file(), draft.body().codeBlocks())).toList();
    }
}
