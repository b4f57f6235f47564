package dev.courseportal.content.internal;

import java.util.Optional;

/**
 * A lesson file read and scanned, before the course-wide rules and rendering.
 *
 * @param file        the path under the course root
 * @param folder      the module folder it sits in
 * @param frontMatter the front matter, if it could be read
 * @param body        the parsed and scanned body
 */
record LessonDraft(String file, String folder, Optional<FrontMatter> frontMatter, LessonBody body) {

    static LessonDraft read(String file, String folder, String content, Problems problems) {
        LessonFile split = LessonFile.split(file, content, problems);
        Optional<FrontMatter> frontMatter = split.frontMatter()
                .flatMap(yaml -> FrontMatter.read(file, yaml, problems));
        LessonBody body = BodyScanner.scan(file, MarkdownEngine.parse(split.text()), problems);
        return new LessonDraft(file, folder, frontMatter, body);
    }

    /** The lesson id, if the front matter declares a valid one. */
    Optional<String> id() {
        return frontMatter.map(FrontMatter::id);
    }
}
