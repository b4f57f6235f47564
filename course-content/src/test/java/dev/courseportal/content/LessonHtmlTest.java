package dev.courseportal.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML contract the web layer relies on (classes, attributes, rewritten URLs). */
class LessonHtmlTest {
    private static Course course;

    @BeforeAll
    static void load() {
        course = new CourseLoader().load(TestCourses.valid());
    }

    private static String html(String lessonId) {
        return course.lesson(lessonId).orElseThrow().html();
    }

    @Test
    void codeBlocksCarryTheirLanguageForTheHighlighter() {
        assertTrue(html("slots").contains("<pre class=\"code-block\" data-lang=\"json\"><code class=\"language-json\">{"),
                html("slots"));
        assertTrue(html("slots").contains("<pre class=\"code-block\" data-lang=\"sql\"><code class=\"language-sql\">"
                + "SELECT slot_name, active FROM pg_replication_slots;\n</code></pre>"));
        assertTrue(html("heartbeat").contains("<pre class=\"code-block\" data-lang=\"properties\">"
                + "<code class=\"language-properties\">heartbeat.interval.ms"));
    }

    @Test
    void avroIsHighlightedAsJson() {
        assertTrue(html("schemas").contains("<pre class=\"code-block\" data-lang=\"avro\"><code class=\"language-json\">"));
        assertFalse(html("schemas").contains("customer-v1"), "info-string attributes are not rendered");
    }

    @Test
    void mermaidBlocksBecomeDiagramsWithEscapedSource() {
        String html = html("intro");
        assertTrue(html.contains("<pre class=\"mermaid\">flowchart LR\n    DB[(&#34;PostgreSQL&#34;)] --&gt; "
                + "C[&#34;Kafka Connect (Debezium)&#34;] --&gt; K[&#34;Kafka&#34;]\n</pre>"), html);
        assertFalse(html.contains("language-mermaid"));
    }

    @Test
    void calloutsAreTitledAsides() {
        String html = html("intro");
        assertTrue(html.contains("<aside class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">"
                + "Примечание</p>\n<p>Debezium читает журнал, а не таблицы.</p>\n</aside>"), html);
        assertTrue(html.contains("<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Совет"
                + "</p>\n<p>Начните с <code>pgoutput</code>.</p>"));
        assertTrue(html.contains("<aside class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">"
                + "Внимание</p>"));
        assertTrue(html.contains("<aside class=\"callout callout-danger\" role=\"note\">\n<p class=\"callout-title\">"
                + "Опасно</p>"));
        assertFalse(html.contains("[!"), "markers never reach the page");
        assertTrue(html.contains("<blockquote>\n<p>Обычная цитата остаётся цитатой.</p>\n</blockquote>"));
    }

    @Test
    void headingsHaveStableReadableIds() {
        String html = html("intro");
        assertTrue(html.contains("<h2 id=\"зачем-это-нужно\">Зачем это нужно</h2>"));
        assertTrue(html.contains("<h2 id=\"итоги\">Итоги</h2>"));
        assertTrue(html.contains("<h2 id=\"итоги-1\">Итоги</h2>"));
        assertFalse(html.contains("<h1"), "the page renders the title itself");
    }

    @Test
    void tableOfContentsMatchesTheIdsInTheHtml() {
        for (Lesson lesson : course.lessons()) {
            Matcher ids = Pattern.compile("<h[2-6] id=\"([^\"]+)\"").matcher(lesson.html());
            List<String> rendered = ids.results().map(match -> match.group(1)).toList();
            assertEquals(rendered, lesson.toc().stream().map(TocEntry::anchor).toList(), lesson.id());
        }
    }

    @Test
    void tablesScrollSideways() {
        assertTrue(html("intro").contains("<div class=\"table-scroll\" tabindex=\"0\">\n<table><thead><tr><th>Подход</th>"
                + "<th align=\"center\">Нагрузка</th><th align=\"right\">Удаления</th></tr></thead>"), html("intro"));
    }

    @Test
    void taskListsAreDisabledCheckboxes() {
        String html = html("intro");
        // Each box is disabled, keeps its state and carries a label for screen readers.
        assertTrue(html.matches("(?s).*<li><input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"выполнено\" /> Стенд запущен</li>.*"), html);
        assertTrue(html.matches("(?s).*<li><input type=\"checkbox\" disabled=\"\" aria-label=\"не выполнено\" /> Коннектор зарегистрирован</li>.*"), html);
    }

    @Test
    void strikethroughAndAutolinks() {
        String html = html("intro");
        assertTrue(html.contains("<del>зачёркнутым</del>"));
        assertTrue(html.contains("<a href=\"https://debezium.io/documentation/\">https://debezium.io/documentation/</a>"));
    }

    @Test
    void lessonLinksBecomePortalUrls() {
        assertTrue(html("intro").contains("<a href=\"lesson.xhtml?id&#61;slots#слоты-репликации\">о слотах репликации</a>"),
                html("intro"));
        assertTrue(html("slots").contains("<a href=\"lesson.xhtml?id&#61;intro\">введению</a>"));
        assertTrue(html("slots").contains("<a href=\"#слоты-репликации\">началу урока</a>"));
        assertTrue(html("heartbeat").contains("<a href=\"lesson.xhtml?id&#61;slots#мониторинг-слотов\">"));
    }

    @Test
    void imagesPointAtTheAssetUrl() {
        assertTrue(html("intro").contains("<img src=\"course-assets/01-basics/images/pipeline.png\" alt=\"Схема конвейера\" />"));
    }

    @Test
    void urlTemplatesAreConfigurable() {
        Course custom = CourseLoader.builder()
                .lessonUrlTemplate("/portal/lessons/{id}")
                .assetUrlTemplate("/portal/assets/{module-folder}/{file}")
                .build()
                .load(TestCourses.valid());
        String html = custom.lesson("intro").orElseThrow().html();
        assertTrue(html.contains("<a href=\"/portal/lessons/slots#слоты-репликации\">"), html);
        assertTrue(html.contains("<img src=\"/portal/assets/01-basics/pipeline.png\""));
    }

    @Test
    void readingTimeFollowsTheText() {
        assertEquals(1, course.lesson("heartbeat").orElseThrow().readingMinutes());
    }
}
