package dev.courseportal.content.internal;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Renders a callout as {@code <aside class="callout callout-note" role="note">} with a title paragraph. */
final class CalloutNodeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CalloutNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Callout.class);
    }

    @Override
    public void render(Node node) {
        Callout callout = (Callout) node;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "callout callout-" + callout.kind().cssName());
        attributes.put("role", "note");
        html.line();
        html.tag("aside", context.extendAttributes(callout, "aside", attributes));
        html.line();
        html.tag("p", Map.of("class", "callout-title"));
        html.text(callout.kind().title());
        html.tag("/p");
        html.line();
        Node child = callout.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.line();
        html.tag("/aside");
        html.line();
    }
}
