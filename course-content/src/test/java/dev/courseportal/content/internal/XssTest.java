package dev.courseportal.content.internal;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseLoader;
import dev.courseportal.content.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Hostile lesson text never becomes active HTML, whatever validation would have said about it. */
class XssTest {
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z-:]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> RENDERED_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "ul", "ol", "li", "pre", "code", "em", "strong", "del", "a", "img", "hr", "br", "table", "thead", "tbody",
            "tr", "th", "td", "input", "aside", "div");

    private static String render(String markdown) {
        String html = MarkdownEngine.render(MarkdownEngine.parse(markdown));
        assertInert(html);
        return html;
    }

    /** Only the renderer's own tags, no event handlers, no script-capable URLs. */
    static void assertInert(String html) {
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String name = tags.group(1).toLowerCase(Locale.ROOT);
            if (!RENDERED_TAGS.contains(name)) {
                fail("unexpected tag <" + name + "> in: " + html);
            }
            Matcher attributes = ATTRIBUTE.matcher(tags.group(2));
            while (attributes.find()) {
                String attribute = attributes.group(1).toLowerCase(Locale.ROOT);
                String value = attributes.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(attribute.startsWith("on"), "event handler in: " + html);
                assertFalse(attribute.equals("style"), "style attribute in: " + html);
                if (attribute.equals("href") || attribute.equals("src")) {
                    assertFalse(value.startsWith("javascript") || value.startsWith("data") || value.startsWith("vbscript"),
                            "script-capable URL in: " + html);
                }
            }
        }
    }

    @Test
    void scriptTagsAreShownAsText() {
        String html = render("<script>alert('x')</script>\n\nText <script>alert(1)</script> inline.");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click]( javascript:alert(1) )",
            "[click](java&#115;cript:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "<javascript:alert(1)>",
            "[click][ref]\n\n[ref]: javascript:alert(1)",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"})
    void scriptLinksLoseTheirTarget(String markdown) {
        String html = render(markdown);
        assertTrue(html.contains("click") || html.contains("alert"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("href=\"javascript"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=x onerror=alert(1)>",
            "<a href=\"#\" onclick=\"alert(1)\">x</a>",
            "<div onmouseover=\"alert(1)\">x</div>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<body onload=alert(1)>"})
    void eventHandlerAttributesAreShownAsText(String raw) {
        String html = render("Before\n\n" + raw + "\n\nand inline " + raw + " too.");
        assertTrue(html.contains("&lt;"), html);
    }

    @Test
    void iframesObjectsAndEmbedsAreShownAsText() {
        String html = render("<iframe src=\"https://evil.example\"></iframe>\n\n<object data=\"x.swf\"></object>"
                + "<embed src=\"x.swf\">\n\n<form action=\"https://evil.example\"><input name=\"q\"></form>");
        assertTrue(html.contains("&lt;iframe src&#61;&#34;https://evil.example&#34;&gt;"), html);
    }

    @Test
    void dataUrlsNeverBecomeImages() {
        String html = render("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)\n\n"
                + "![y](data:image/png;base64,iVBORw0KGgo=)");
        assertFalse(html.contains("data:"), html);
    }

    @Test
    void inlineSvgIsShownAsText() {
        String html = render("<svg onload=\"alert(1)\"><script>alert(2)</script></svg>\n\n"
                + "Text <svg><a xlink:href=\"javascript:alert(3)\">x</a></svg>");
        assertTrue(html.contains("&lt;svg"), html);
    }

    @Test
    void infoStringsCannotInjectAttributes() {
        String html = render("```json\" onmouseover=\"alert(1)\n{}\n```\n\n```x><script>alert(1)</script>\n{}\n```");
        assertFalse(html.contains("onmouseover=\""), html);
    }

    @Test
    void linkTitlesCannotBreakOutOfTheirAttribute() {
        String html = render("[x](https://debezium.io \"t\\\" onclick=\\\"alert(1)\")");
        assertTrue(html.contains("<a href=\"https://debezium.io\" title=\"t&#34; onclick&#61;&#34;alert(1)\">x</a>"), html);
    }

    @Test
    void hostileTextInHeadingsCalloutsAndTables() {
        String html = render("## <script>x</script> heading\n\n> [!WARNING]\n> <iframe src=x></iframe>\n\n"
                + "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [c](javascript:alert(1)) |\n");
        assertTrue(html.contains("<aside class=\"callout callout-warning\" role=\"note\">"), html);
        assertTrue(html.contains("<div class=\"table-scroll\" tabindex=\"0\">"));
    }

    @Test
    void deepNestingIsBounded() {
        String html = MarkdownEngine.render(MarkdownEngine.parse(">".repeat(10_000) + " deep"));
        assertTrue(html.split("<blockquote>", -1).length - 1 <= 33, "nesting is capped");
    }

    @Test
    void aLessonWithRawHtmlLoadsAndShowsItAsText(@TempDir Path temp) {
        Path course = TestCourses.copyOfValid(temp);
        TestCourses.write(course, "01-basics/03-raw.md", """
                ---
                id: raw
                title: Сырой HTML
                summary: HTML в уроке показывается как текст.
                order: 3
                difficulty: beginner
                minutes: 5
                objectives: [Ничего]
                ---

                ## Сырой HTML

                <script>document.cookie</script>

                <iframe src="https://evil.example"></iframe> и <b onclick="x()">жирный</b>.
                """);
        Course loaded = new CourseLoader().load(course);
        String html = loaded.lesson("raw").orElseThrow().html();
        assertInert(html);
        assertEquals(1, html.split("&lt;script&gt;", -1).length - 1, html);
    }
}
