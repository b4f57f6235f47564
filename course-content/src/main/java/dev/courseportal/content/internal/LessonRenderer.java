package dev.courseportal.content.internal;

import dev.courseportal.content.Lesson;
import dev.courseportal.content.TocEntry;

import java.util.List;

/** Turns a checked, link-rewritten lesson draft into the immutable {@link Lesson} with its HTML. */
final class LessonRenderer {

    private LessonRenderer() {
    }

    static Lesson render(LessonDraft draft, String moduleId) {
        FrontMatter meta = draft.frontMatter().orElseThrow();
        LessonBody body = draft.body();
        PlainText text = PlainText.of(body, meta.title());
        List<TocEntry> toc = body.headings().stream()
                .filter(heading -> heading.level() >= 2)
                .map(LessonBody.Heading::toTocEntry)
                .toList();
        return Lesson.builder()
                .id(meta.id())
                .moduleId(moduleId)
                .title(meta.title())
                .summary(meta.summary())
                .order(meta.order())
                .difficulty(meta.difficulty())
                .minutes(meta.minutes())
                .readingMinutes(text.readingMinutes())
                .objectives(meta.objectives())
                .prerequisites(meta.prerequisites())
                .tags(meta.tags())
                .html(MarkdownEngine.render(body.document()))
                .toc(toc)
                .lab(meta.lab())
                .quiz(meta.quiz())
                .checklist(meta.checklist())
                .sourcePath(draft.file())
                .codeBlocks(body.codeBlocks())
                .sections(text.sections())
                .build();
    }
}
