package dev.courseportal.content.internal;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * The one Markdown parser and HTML renderer of the JVM. Both are immutable and thread-safe, so they are built once and
 * shared by every load. Rendering is followed by the HTML sanitizer: commonmark escapes raw HTML and filters link
 * schemes, the sanitizer makes sure nothing else than what the renderer emits gets through.
 */
public final class MarkdownEngine {
    /** Deeper nesting than this is hostile or broken input; the rest is parsed as paragraph text. */
    private static final int MAX_NESTING = 32;

    private static final List<Extension> EXTENSIONS = List.of(
            YamlFrontMatterExtension.create(),
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListItemsExtension.create(),
            AutolinkExtension.create(),
            HeadingAnchorExtension.create(),
            CalloutExtension.create(),
            TableScrollExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(MAX_NESTING)
            .build();

    // Our code-block renderer is registered before the extensions so that it wins over the core one.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .nodeRendererFactory(CodeBlockNodeRenderer::new)
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            // A task-list checkbox has no visible label of its own; screen readers need one.
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof TaskListItemMarker marker && "input".equals(tagName)) {
                    attributes.put("aria-label", marker.isChecked() ? "выполнено" : "не выполнено");
                }
            })
            .build();

    private MarkdownEngine() {
    }

    /** Parses a whole lesson file; source spans count lines from the top of the file, front matter included. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Renders a parsed (and link-rewritten) lesson and sanitises the result. */
    public static String render(Node document) {
        return LessonHtmlPolicy.sanitize(RENDERER.render(document));
    }
}
