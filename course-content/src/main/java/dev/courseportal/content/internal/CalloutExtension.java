package dev.courseportal.content.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Callouts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code [!WARNING]} or
 * {@code [!DANGER]} becomes a titled {@code <aside>}. Done on the syntax tree, so the marker never reaches the HTML.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessor(new CalloutPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder) {
        rendererBuilder.nodeRendererFactory(CalloutNodeRenderer::new);
    }
}
