package dev.courseportal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Broken lessons from {@code src/test/resources/broken}, dropped into the valid sample course one at a time. */
class LessonValidationTest {
    private static final String LANGUAGES = "json, sql, python, yaml, bash, properties, avro, promql, text, console, "
            + "mermaid, java, hcl, dockerfile, ini, xml";

    @TempDir
    Path temp;

    private List<String> problems(String broken) {
        return TestCourses.lines(TestCourses.problemsWith(temp, broken, "01-basics/90-" + broken));
    }

    @Test
    void lessonWithoutFrontMatter() {
        assertEquals(List.of("01-basics/90-no-front-matter.md:1: missing front matter: a lesson starts with a '---' "
                + "line, its YAML fields and another '---' line"), problems("no-front-matter.md"));
    }

    @Test
    void frontMatterThatIsNotClosed() {
        assertEquals(List.of("01-basics/90-unclosed-front-matter.md:1: front matter is not closed: add a '---' line "
                + "after its last field"), problems("unclosed-front-matter.md"));
    }

    @Test
    void frontMatterThatIsNotYaml() {
        assertEquals(List.of("01-basics/90-invalid-yaml.md:4: invalid YAML: mapping values are not allowed here "
                + "(a text that contains ': ' must be put in quotes)"), problems("invalid-yaml.md"));
    }

    @Test
    void missingFieldsAreAllReported() {
        String file = "01-basics/90-missing-fields.md:2: ";
        assertEquals(List.of(
                file + "missing field 'difficulty'",
                file + "missing field 'minutes'",
                file + "missing field 'objectives'",
                file + "missing field 'order'",
                file + "missing field 'summary'",
                file + "missing field 'title'"), problems("missing-fields.md"));
    }

    @Test
    void invalidFieldsPointAtTheirLines() {
        String file = "01-basics/90-invalid-fields.md:";
        assertEquals(List.of(
                file + "2: field 'id' must be lowercase letters, digits and single hyphens: 'Bad_Id'",
                file + "4: field 'summary' is empty",
                file + "5: field 'order' must be a whole number",
                file + "6: unknown difficulty 'expert' (use beginner, intermediate, advanced)",
                file + "7: field 'minutes' must be at least 1",
                file + "8: field 'objectives' must not be empty",
                file + "9: unknown field 'prerequisite' (did you mean 'prerequisites'?)",
                file + "10: field 'tags' must be a list"), problems("invalid-fields.md"));
    }

    @Test
    void duplicateLessonIdAndOrder() {
        assertEquals(List.of(
                "01-basics/90-duplicate-id.md:2: duplicate lesson id 'intro' (also in 01-basics/01-intro.md)",
                "01-basics/90-duplicate-id.md:5: duplicate lesson order 1 in module folder '01-basics' (also in "
                        + "01-basics/01-intro.md)"), problems("duplicate-id.md"));
    }

    @Test
    void unknownLaterAndSelfPrerequisites() {
        assertEquals(List.of(
                "01-basics/90-prerequisites.md:11: unknown prerequisite 'slot' (did you mean 'slots'?)",
                "01-basics/90-prerequisites.md:12: prerequisite 'schemas' comes after this lesson in the course",
                "01-basics/90-prerequisites.md:13: prerequisite cycle: prereqs -> prereqs"),
                problems("prerequisites.md"));
    }

    @Test
    void prerequisiteCycleAcrossLessons() {
        Path course = TestCourses.copyOfValid(temp);
        TestCourses.write(course, "01-basics/90-cycle-a.md", TestCourses.read(TestCourses.resource("broken/cycle-a.md")));
        TestCourses.write(course, "01-basics/91-cycle-b.md", TestCourses.read(TestCourses.resource("broken/cycle-b.md")));
        assertEquals(List.of(
                "01-basics/90-cycle-a.md:9: prerequisite 'cycle-b' comes after this lesson in the course",
                "01-basics/90-cycle-a.md:9: prerequisite cycle: cycle-a -> cycle-b -> cycle-a"),
                TestCourses.lines(TestCourses.problemsOf(course)));
    }

    @Test
    void brokenLinksAndImages() {
        String file = "01-basics/90-links.md:";
        assertEquals(List.of(
                file + "13: link to missing lesson '03-missing.md'",
                file + "14: link to missing anchor '#нет-такого' in 01-basics/02-slots.md",
                file + "15: link to missing anchor '#нет-такого' in this lesson",
                file + "16: image not found: 'images/missing.png' (images go into the module's images/ folder)",
                file + "17: image from outside the course: 'https://example.com/logo.png'; put it into the module's "
                        + "images/ folder",
                file + "18: link scheme 'javascript:' is not allowed (use http, https, mailto or a relative path)",
                file + "19: link points outside the course: '../../pom.xml'",
                file + "20: link target not found: 'module.yaml' (link to a lesson .md file or an image)",
                file + "21: image 'images/pipeline.png' needs alt text: ![what it shows](images/pipeline.png)"),
                problems("links.md"));
    }

    @Test
    void codeBlocksNeedAKnownLanguageAndValidAttributes() {
        String file = "01-basics/90-code-blocks.md:";
        assertEquals(List.of(
                file + "13: fenced code block without a language (use one of " + LANGUAGES + ")",
                file + "17: unknown code language 'js' (did you mean 'json'? use one of " + LANGUAGES + ")",
                file + "21: indented code block: use a fenced block (```) that names its language",
                file + "23: unknown code block attribute 'nocheck' (did you mean 'no-check'?)",
                file + "27: no-check needs a reason: no-check=\"why this block cannot run\"",
                file + "35: duplicate code block id 'v1' (first on line 31)",
                file + "39: compatible-with names unknown block id 'v9'",
                file + "39: unknown compatibility mode 'SIDEWAYS' (use one of [BACKWARD, BACKWARD_TRANSITIVE, "
                        + "FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE])",
                file + "43: compatible-with is for avro blocks, not json",
                file + "47: code block attribute 'parse-only' has no closing quote"),
                problems("code-blocks.md"));
    }

    @Test
    void labChecksNeedAKnownKindAndTheirParameters() {
        String file = "01-basics/90-lab.md:";
        String step = "lab step 'step-one', ";
        assertEquals(List.of(
                file + "15: " + step + "check 1: unknown lab check kind 'kafka-lag' (known: connector-state, "
                        + "topic-exists, topic-has-event, replication-slot, publication, replica-identity, sql-returns, "
                        + "schema-subject, http-status)",
                file + "17: " + step + "check 2: check 'connector-state' misses parameter 'connector'",
                file + "22: " + step + "check 3: check 'topic-has-event': 'op' must be one of [c, d, r, t, u], not 'x'",
                file + "23: " + step + "check 3: check 'topic-has-event' has unknown parameter 'tpoic' (did you mean "
                        + "'topic'?)",
                file + "26: " + step + "check 4: check 'replica-identity': 'table' must be schema.table, not 'customers'",
                file + "27: " + step + "check 4: check 'replica-identity': 'identity' must be one of [DEFAULT, FULL, "
                        + "INDEX, NOTHING], not 'WRONG'",
                file + "29: lab step 2: duplicate lab step id 'step-one'",
                file + "33: " + step + "check 1: check 'sql-returns': 'sql' must be one SELECT statement",
                file + "37: " + step + "check 2: check 'http-status': 'service' must be one of [connect, grafana, "
                        + "jupyter, prometheus, schema-registry], not 'kibana'",
                file + "38: " + step + "check 2: check 'http-status': 'path' must start with '/', not 'connectors'",
                file + "39: " + step + "check 2: check 'http-status': 'status' must be a whole number from 100 to 599, "
                        + "not '999'",
                file + "41: " + step + "check 3: missing field 'hint'"),
                problems("lab.md"));
    }

    @Test
    void quizQuestionsMustBeAnswerable() {
        String file = "01-basics/90-quiz.md:";
        assertEquals(List.of(
                file + "10: quiz question 'no-correct': no correct answer",
                file + "19: quiz question 'out-of-range': correct index 2 is out of range (options are 0 to 1)",
                file + "25: quiz question 'two-correct': single choice needs exactly one correct answer, has 2 (or "
                        + "make it type: multiple)",
                file + "30: quiz question 'one-option': needs at least 2 options, has 1",
                file + "33: quiz question 'one-option': missing field 'explanation'",
                file + "33: quiz question 5: duplicate quiz question id 'one-option'",
                file + "34: quiz question 'one-option': unknown type 'either' (use single or multiple)",
                file + "42: quiz question 'empty-correct': no correct answer"),
                problems("quiz.md"));
    }

    @Test
    void quizNeedsThreeToSixQuestions() {
        assertEquals(List.of("01-basics/90-quiz-too-short.md:9: quiz has 1 question(s); write 3 to 6"),
                problems("quiz-too-short.md"));
    }

    @Test
    void checklistItemIdsAreUniqueInTheLesson() {
        assertEquals(List.of(
                "01-basics/90-checklist.md:14: checklist group 1, item 2: missing field 'text'",
                "01-basics/90-checklist.md:17: checklist group 2, item 1: duplicate checklist item id 'same-item'"),
                problems("checklist.md"));
    }

    @Test
    void bodyStartsAtLevelTwoAndUsesKnownCallouts() {
        assertEquals(List.of(
                "01-basics/90-body-structure.md:11: level-1 heading 'Заголовок первого уровня': start at '##', the "
                        + "title comes from the front matter",
                "01-basics/90-body-structure.md:13: unknown callout marker '[!INFO]' (use [!NOTE], [!TIP], "
                        + "[!WARNING] or [!DANGER])"),
                problems("body-structure.md"));
    }

    @Test
    void allProblemsOfAllFilesComeAtOnce() {
        Path course = TestCourses.copyOfValid(temp);
        for (String broken : List.of("links.md", "quiz.md", "lab.md")) {
            TestCourses.write(course, "02-advanced/9" + broken.length() + "-" + broken,
                    TestCourses.read(TestCourses.resource("broken/" + broken)));
        }
        CourseValidationException failure = org.junit.jupiter.api.Assertions.assertThrows(
                CourseValidationException.class, () -> new CourseLoader().load(course));
        // 9 + 8 + 12 as alone, plus two duplicate orders and two links that only resolve from 01-basics.
        assertEquals(33, failure.problems().size());
        String message = failure.getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(message.startsWith("33 problem(s) in the course:\n02-advanced/"));
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("\n02-advanced/96-lab.md:15: lab step 'step-one', "
                + "check 1: unknown lab check kind 'kafka-lag'"));
    }
}
