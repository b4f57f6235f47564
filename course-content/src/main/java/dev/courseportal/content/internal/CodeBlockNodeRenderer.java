package dev.courseportal.content.internal;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders code for the browser: {@code <pre class="code-block" data-lang="sql"><code class="language-sql">} for the
 * highlighter and the copy button, {@code <pre class="mermaid">} for diagrams. Avro schemas are JSON to the
 * highlighter.
 */
final class CodeBlockNodeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CodeBlockNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FencedCodeBlock fenced) {
            String language = InfoString.parse(fenced.getInfo()).language().toLowerCase(Locale.ROOT);
            if (language.equals("mermaid")) {
                renderMermaid(fenced);
            } else {
                renderCode(node, language, fenced.getLiteral());
            }
        } else {
            renderCode(node, "", ((IndentedCodeBlock) node).getLiteral());
        }
    }

    private void renderMermaid(FencedCodeBlock block) {
        html.line();
        html.tag("pre", context.extendAttributes(block, "pre", Map.of("class", "mermaid")));
        html.text(block.getLiteral());
        html.tag("/pre");
        html.line();
    }

    private void renderCode(Node node, String language, String code) {
        Map<String, String> preAttributes = new LinkedHashMap<>();
        preAttributes.put("class", "code-block");
        Map<String, String> codeAttributes = new LinkedHashMap<>();
        if (!language.isEmpty()) {
            preAttributes.put("data-lang", language);
            codeAttributes.put("class", "language-" + highlighterLanguage(language));
        }
        html.line();
        html.tag("pre", context.extendAttributes(node, "pre", preAttributes));
        html.tag("code", context.extendAttributes(node, "code", codeAttributes));
        html.text(code);
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }

    private static String highlighterLanguage(String language) {
        return language.equals("avro") ? "json" : language;
    }
}
