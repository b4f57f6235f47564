package dev.courseportal.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One lesson, rendered once when the course is loaded. Immutable and safe to share between threads.
 * Instances come from {@link CourseLoader}; the {@link Builder} exists for the loader and for tests.
 */
public final class Lesson {
    private final String id;
    private final String moduleId;
    private final String title;
    private final String summary;
    private final int order;
    private final Difficulty difficulty;
    private final int minutes;
    private final int readingMinutes;
    private final List<String> objectives;
    private final List<String> prerequisites;
    private final List<String> tags;
    private final String html;
    private final List<TocEntry> toc;
    private final Lab lab;
    private final List<QuizQuestion> quiz;
    private final List<ChecklistGroup> checklist;
    private final String sourcePath;
    private final List<CodeBlock> codeBlocks;
    private final List<LessonSection> sections;

    private Lesson(Builder builder) {
        id = Objects.requireNonNull(builder.id, "id");
        moduleId = Objects.requireNonNull(builder.moduleId, "moduleId");
        title = Objects.requireNonNull(builder.title, "title");
        summary = Objects.requireNonNull(builder.summary, "summary");
        order = builder.order;
        difficulty = Objects.requireNonNull(builder.difficulty, "difficulty");
        minutes = builder.minutes;
        readingMinutes = builder.readingMinutes;
        objectives = List.copyOf(builder.objectives);
        prerequisites = List.copyOf(builder.prerequisites);
        tags = List.copyOf(builder.tags);
        html = Objects.requireNonNull(builder.html, "html");
        toc = List.copyOf(builder.toc);
        lab = builder.lab;
        quiz = List.copyOf(builder.quiz);
        checklist = List.copyOf(builder.checklist);
        sourcePath = Objects.requireNonNull(builder.sourcePath, "sourcePath");
        codeBlocks = List.copyOf(builder.codeBlocks);
        sections = List.copyOf(builder.sections);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Stable id; progress, answers and lab results are keyed by it. */
    public String id() {
        return id;
    }

    public String moduleId() {
        return moduleId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** Position within the module, unique there. */
    public int order() {
        return order;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    /** The author's estimate of the whole lesson, lab included. */
    public int minutes() {
        return minutes;
    }

    /** Time to read the text, computed from its length. */
    public int readingMinutes() {
        return readingMinutes;
    }

    public List<String> objectives() {
        return objectives;
    }

    /** Ids of lessons to take first. */
    public List<String> prerequisites() {
        return prerequisites;
    }

    public List<String> tags() {
        return tags;
    }

    /** The lesson body as sanitised HTML, without the title. */
    public String html() {
        return html;
    }

    public List<TocEntry> toc() {
        return toc;
    }

    public Optional<Lab> lab() {
        return Optional.ofNullable(lab);
    }

    public List<QuizQuestion> quiz() {
        return quiz;
    }

    public List<ChecklistGroup> checklist() {
        return checklist;
    }

    /** The source file relative to the course root, with {@code /} separators. */
    public String sourcePath() {
        return sourcePath;
    }

    /** Every fenced code block, in the order written, for the content gate. */
    public List<CodeBlock> codeBlocks() {
        return codeBlocks;
    }

    /** The body split at its headings, as plain text, for search. */
    public List<LessonSection> sections() {
        return sections;
    }

    /** The whole body as plain text. */
    public String plainText() {
        return sections.stream().map(LessonSection::text).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "Lesson[" + id + ", " + sourcePath + "]";
    }

    /** Collects a lesson's parts; not thread-safe, used once. */
    public static final class Builder {
        private String id;
        private String moduleId;
        private String title;
        private String summary;
        private int order;
        private Difficulty difficulty;
        private int minutes;
        private int readingMinutes;
        private List<String> objectives = List.of();
        private List<String> prerequisites = List.of();
        private List<String> tags = List.of();
        private String html;
        private List<TocEntry> toc = List.of();
        private Lab lab;
        private List<QuizQuestion> quiz = List.of();
        private List<ChecklistGroup> checklist = List.of();
        private String sourcePath;
        private List<CodeBlock> codeBlocks = List.of();
        private List<LessonSection> sections = List.of();

        private Builder() {
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder moduleId(String value) {
            moduleId = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder order(int value) {
            order = value;
            return this;
        }

        public Builder difficulty(Difficulty value) {
            difficulty = value;
            return this;
        }

        public Builder minutes(int value) {
            minutes = value;
            return this;
        }

        public Builder readingMinutes(int value) {
            readingMinutes = value;
            return this;
        }

        public Builder objectives(List<String> value) {
            objectives = value;
            return this;
        }

        public Builder prerequisites(List<String> value) {
            prerequisites = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder html(String value) {
            html = value;
            return this;
        }

        public Builder toc(List<TocEntry> value) {
            toc = value;
            return this;
        }

        public Builder lab(Lab value) {
            lab = value;
            return this;
        }

        public Builder quiz(List<QuizQuestion> value) {
            quiz = value;
            return this;
        }

        public Builder checklist(List<ChecklistGroup> value) {
            checklist = value;
            return this;
        }

        public Builder sourcePath(String value) {
            sourcePath = value;
            return this;
        }

        public Builder codeBlocks(List<CodeBlock> value) {
            codeBlocks = value;
            return this;
        }

        public Builder sections(List<LessonSection> value) {
            sections = value;
            return this;
        }

        public Lesson build() {
            return new Lesson(this);
        }
    }
}
