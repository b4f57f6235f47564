package dev.courseportal.content.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The last line of defence for lesson HTML: an OWASP sanitizer policy that allows exactly what the renderer emits
 * (CommonMark, GFM tables and task lists, callouts, code blocks, heading ids) and nothing else. Immutable and
 * thread-safe.
 */
final class LessonHtmlPolicy {
    private static final Pattern CLASS_NAMES = Pattern.compile("[A-Za-z0-9_ -]+");
    private static final Pattern ANCHOR = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z0-9_+-]+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
                    "pre", "code", "em", "strong", "del", "a", "img", "hr", "br",
                    "table", "thead", "tbody", "tr", "th", "td", "input", "aside", "div")
            .allowStandardUrlProtocols()
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("id").matching(ANCHOR).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(CLASS_NAMES).onElements("pre", "code", "aside", "p", "div")
            .allowAttributes("data-lang").matching(LANGUAGE).onElements("pre")
            .allowAttributes("role").matching(Pattern.compile("note")).onElements("aside")
            .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("div")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
            .allowAttributes("disabled", "checked").onElements("input")
            .allowAttributes("aria-label").matching(Pattern.compile("выполнено|не выполнено")).onElements("input")
            .toFactory();

    private LessonHtmlPolicy() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
