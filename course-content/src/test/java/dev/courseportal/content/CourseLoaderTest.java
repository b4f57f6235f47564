package dev.courseportal.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseLoaderTest {
    private static Course course;

    @BeforeAll
    static void load() {
        course = new CourseLoader().load(TestCourses.valid());
    }

    @Test
    void readsCourseAndModulesInOrder() {
        assertEquals("sample-course", course.id());
        assertEquals("Пробный курс", course.title());
        assertEquals(List.of("basics", "advanced"), course.modules().stream().map(CourseModule::id).toList());
        CourseModule advanced = course.module("advanced").orElseThrow();
        assertEquals(2, advanced.order());
        assertEquals(3, advanced.estimatedHours());
        assertEquals(List.of("basics"), advanced.buildsOn());
        assertEquals("02-advanced", advanced.folder());
        assertEquals(65, advanced.minutes());
    }

    @Test
    void ordersLessonsAcrossModulesWithPreviousAndNext() {
        assertEquals(List.of("intro", "slots", "heartbeat", "schemas"),
                course.lessons().stream().map(Lesson::id).toList());
        assertEquals("heartbeat", course.next("slots").orElseThrow().id());
        assertEquals("slots", course.previous("heartbeat").orElseThrow().id());
        assertTrue(course.previous("intro").isEmpty());
        assertTrue(course.next("schemas").isEmpty());
        assertTrue(course.next("unknown").isEmpty());
        assertTrue(course.lesson("unknown").isEmpty());
    }

    @Test
    void readsFrontMatter() {
        Lesson slots = course.lesson("slots").orElseThrow();
        assertEquals("basics", slots.moduleId());
        assertEquals("Слоты репликации", slots.title());
        assertEquals(Difficulty.INTERMEDIATE, slots.difficulty());
        assertEquals(30, slots.minutes());
        assertEquals(List.of("Создать слот репликации", "Найти неактивные слоты"), slots.objectives());
        assertEquals(List.of("intro"), slots.prerequisites());
        assertEquals(List.of("postgres", "slots"), slots.tags());
        assertEquals("01-basics/02-slots.md", slots.sourcePath());
        assertTrue(slots.readingMinutes() >= 1);
    }

    @Test
    void readsLabWithDefaultsFilledIn() {
        Lab lab = course.lesson("slots").orElseThrow().lab().orElseThrow();
        assertEquals("Первый коннектор", lab.title());
        assertEquals(List.of("register-connector", "read-events"), lab.steps().stream().map(LabStep::id).toList());
        LabCheck connector = lab.steps().get(0).checks().get(0);
        assertEquals(CheckKind.CONNECTOR_STATE, connector.kind());
        assertEquals(Map.of("connector", "inventory-connector", "state", "RUNNING"), connector.params());
        assertEquals("Проверьте статус коннектора.", connector.hint());
        assertEquals("true", lab.steps().get(0).checks().get(1).param("active").orElseThrow());
        LabCheck http = lab.steps().get(1).checks().get(1);
        assertEquals(Map.of("service", "connect", "path", "/connectors", "status", "200"), http.params());
        assertTrue(course.lesson("intro").orElseThrow().lab().isEmpty());
    }

    @Test
    void readsQuiz() {
        List<QuizQuestion> quiz = course.lesson("slots").orElseThrow().quiz();
        assertEquals(3, quiz.size());
        QuizQuestion multiple = quiz.get(1);
        assertEquals("q2", multiple.id());
        assertEquals(QuestionType.MULTIPLE, multiple.type());
        assertEquals(Set.of(0, 2), multiple.correct());
        assertEquals(List.of("slot.name", "topic.prefix", "slot.drop.on.stop"), multiple.options());
        assertTrue(multiple.isAnsweredBy(Set.of(2, 0)));
        assertFalse(multiple.isAnsweredBy(Set.of(0)));
        assertEquals(QuestionType.SINGLE, quiz.get(0).type());
    }

    @Test
    void readsChecklist() {
        List<ChecklistGroup> checklist = course.lesson("schemas").orElseThrow().checklist();
        assertEquals(List.of("Гарантии доставки", "Схемы"), checklist.stream().map(ChecklistGroup::title).toList());
        assertEquals(new ChecklistItem("delivery-at-least-once", "Потребители идемпотентны"),
                checklist.get(0).items().get(0));
        assertEquals(3, checklist.stream().mapToInt(group -> group.items().size()).sum());
    }

    @Test
    void keepsCodeBlocksWithAttributesAndLinesForTheGate() {
        List<CodeBlock> slots = course.lesson("slots").orElseThrow().codeBlocks();
        assertEquals(List.of("json", "sql", "sql", "sql"), slots.stream().map(CodeBlock::language).toList());
        assertEquals(70, slots.get(0).line());
        assertTrue(slots.get(0).code().contains("\"slot.name\": \"inventory_slot\""));
        CodeBlock parseOnly = slots.get(2);
        assertEquals(Map.of("parse-only", "Aurora only: rds_replication role does not exist in plain PostgreSQL"),
                parseOnly.attributes());
        assertTrue(parseOnly.isExemptFromRun());
        assertFalse(slots.get(1).isExemptFromRun());

        List<CodeBlock> avro = course.lesson("schemas").orElseThrow().codeBlocks();
        assertEquals(Map.of("id", "customer-v2", "compatible-with", "customer-v1", "mode", "BACKWARD"),
                avro.get(1).attributes());
        assertEquals("BACKWARD", avro.get(2).attribute("mode").orElseThrow(), "mode defaults to BACKWARD");
        assertEquals("customer-v2", avro.get(2).attribute("incompatible-with").orElseThrow());
    }

    @Test
    void buildsTableOfContentsAndSections() {
        Lesson intro = course.lesson("intro").orElseThrow();
        assertEquals(List.of(
                        new TocEntry(2, "зачем-это-нужно", "Зачем это нужно"),
                        new TocEntry(2, "как-это-устроено", "Как это устроено"),
                        new TocEntry(2, "итоги", "Итоги"),
                        new TocEntry(2, "итоги-1", "Итоги")),
                intro.toc());
        List<LessonSection> sections = course.lesson("slots").orElseThrow().sections();
        assertEquals(List.of("слоты-репликации", "мониторинг-слотов"),
                sections.stream().map(LessonSection::anchor).toList());
        assertTrue(sections.get(0).text().contains("\"slot.name\""), "code is part of the searchable text");
        assertTrue(course.lesson("slots").orElseThrow().plainText().contains("REPLICA IDENTITY FULL"));
    }

    @Test
    void servesImagesAsAssets() {
        CourseAsset png = course.asset("01-basics/images/pipeline.png").orElseThrow();
        assertEquals("image/png", png.mediaType());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png.content(), 4));
        assertEquals("image/svg+xml", course.asset("01-basics/images/flow.svg").orElseThrow().mediaType());
        assertTrue(course.asset("01-basics/01-intro.md").isEmpty(), "lessons are not assets");
        assertTrue(course.asset("../pom.xml").isEmpty());
        assertEquals(List.of("01-basics/images/flow.svg", "01-basics/images/pipeline.png"), course.assetPaths());
    }

    @Test
    void contentVersionIsStableAndFollowsTheSources(@TempDir Path temp) {
        assertTrue(course.contentVersion().matches("[0-9a-f]{64}"));
        assertEquals(course.contentVersion(), new CourseLoader().load(TestCourses.valid()).contentVersion());
        Path copy = TestCourses.copyOfValid(temp);
        assertEquals(course.contentVersion(), new CourseLoader().load(copy).contentVersion());
        TestCourses.write(copy, "02-advanced/01-heartbeat.md",
                TestCourses.read(copy.resolve("02-advanced/01-heartbeat.md")) + "\nЕщё абзац.\n");
        assertNotEquals(course.contentVersion(), new CourseLoader().load(copy).contentVersion());
        assertNotEquals(course.contentVersion(), CourseLoader.builder().lessonUrlTemplate("/l/{id}").build()
                .load(TestCourses.valid()).contentVersion(), "templates shape the HTML, so they are in the version");
    }

    @Test
    void recordsStatistics() {
        LoadStatistics statistics = course.statistics();
        assertEquals(2, statistics.modules());
        assertEquals(4, statistics.lessons());
        assertEquals(9, statistics.codeBlocks());
        assertTrue(statistics.htmlChars() > 1000);
        assertTrue(statistics.sourceBytes() > 1000);
        assertFalse(statistics.loadTime().isNegative());
        assertTrue(course.loadedAt().isBefore(java.time.Instant.now().plusSeconds(1)));
    }

    @Test
    void modelIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> course.lessons().clear());
        assertThrows(UnsupportedOperationException.class, () -> course.modules().get(0).lessons().clear());
        Lesson slots = course.lesson("slots").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> slots.quiz().get(0).correct().clear());
        assertThrows(UnsupportedOperationException.class, () -> slots.codeBlocks().get(0).attributes().clear());
        byte[] bytes = course.asset("01-basics/images/pipeline.png").orElseThrow().content();
        bytes[0] = 0;
        assertEquals((byte) 0x89, course.asset("01-basics/images/pipeline.png").orElseThrow().content()[0]);
    }

    @Test
    void rejectsTemplatesWithoutTheirPlaceholder() {
        assertThrows(IllegalArgumentException.class, () -> CourseLoader.builder().lessonUrlTemplate("lesson.xhtml"));
        assertThrows(IllegalArgumentException.class, () -> CourseLoader.builder().assetUrlTemplate("img/"));
    }

    @Test
    void missingDirectoryIsAProblemNotACrash(@TempDir Path temp) {
        List<Problem> problems = TestCourses.problemsOf(temp.resolve("nowhere"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("cannot list the course files"));
    }
}
