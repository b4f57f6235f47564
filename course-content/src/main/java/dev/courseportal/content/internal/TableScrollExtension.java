package dev.courseportal.content.internal;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts every GFM table into a {@link TableScroll}, rendered as {@code <div class="table-scroll" tabindex="0">}:
 * focusable so that keyboard users can scroll it too.
 */
public final class TableScrollExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private TableScrollExtension() {
    }

    public static TableScrollExtension create() {
        return new TableScrollExtension();
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessor(new WrapTables());
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder) {
        rendererBuilder.nodeRendererFactory(ScrollRenderer::new);
    }

    private static final class WrapTables implements PostProcessor {
        @Override
        public Node process(Node document) {
            List<TableBlock> tables = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomBlock block) {
                    if (block instanceof TableBlock table) {
                        tables.add(table);
                    }
                    visitChildren(block);
                }
            });
            for (TableBlock table : tables) {
                TableScroll scroll = new TableScroll();
                scroll.setSourceSpans(table.getSourceSpans());
                table.insertBefore(scroll);
                scroll.appendChild(table);
            }
            return document;
        }
    }

    private static final class ScrollRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ScrollRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableScroll.class);
        }

        @Override
        public void render(Node node) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "table-scroll");
            attributes.put("tabindex", "0");
            context.getWriter().line();
            context.getWriter().tag("div", context.extendAttributes(node, "div", attributes));
            context.render(node.getFirstChild());
            context.getWriter().tag("/div");
            context.getWriter().line();
        }
    }
}
