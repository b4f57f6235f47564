package dev.courseportal.content.internal;

import dev.courseportal.content.CodeBlock;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Walks a parsed lesson once, collecting headings, code blocks and references, and reporting body problems. */
final class BodyScanner extends AbstractVisitor {
    private final String file;
    private final Problems problems;
    // Same generator and heading text as commonmark's HeadingAnchorExtension, so ToC and links match the HTML ids.
    private final IdGenerator ids = IdGenerator.builder().build();
    private final List<LessonBody.Heading> headings = new ArrayList<>();
    private final List<CodeBlock> codeBlocks = new ArrayList<>();
    private final List<LessonBody.Reference> references = new ArrayList<>();

    private BodyScanner(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static LessonBody scan(String file, Node document, Problems problems) {
        BodyScanner scanner = new BodyScanner(file, problems);
        document.accept(scanner);
        CodeBlockRules.checkReferences(file, scanner.codeBlocks, problems);
        return new LessonBody(document, List.copyOf(scanner.headings), List.copyOf(scanner.codeBlocks),
                List.copyOf(scanner.references));
    }

    @Override
    public void visit(Heading heading) {
        String text = headingText(heading);
        String anchor = ids.generateId(text.toLowerCase());
        int line = line(heading);
        if (heading.getLevel() == 1) {
            problems.add(file, line, "level-1 heading '" + text + "': start at '##', the title comes from the "
                    + "front matter");
        }
        headings.add(new LessonBody.Heading(heading, heading.getLevel(), anchor, text, line));
        visitChildren(heading);
    }

    @Override
    public void visit(FencedCodeBlock block) {
        int line = line(block);
        InfoString info = InfoString.parse(block.getInfo());
        Map<String, String> attributes = CodeBlockRules.check(file, line, info, problems);
        codeBlocks.add(new CodeBlock(info.language(), attributes, block.getLiteral(), line));
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        problems.add(file, line(block), "indented code block: use a fenced block (```) that names its language");
    }

    @Override
    public void visit(Link link) {
        references.add(new LessonBody.Reference(link, link.getDestination(), line(link), false));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        references.add(new LessonBody.Reference(image, image.getDestination(), line(image), true));
        visitChildren(image);
    }

    @Override
    public void visit(BlockQuote quote) {
        // Known markers were turned into callouts by the parser; a marker still here is a misspelt one.
        if (quote.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text) {
            Matcher matcher = CalloutKind.MARKER.matcher(text.getLiteral());
            if (matcher.find()) {
                problems.add(file, line(quote), "unknown callout marker '" + matcher.group()
                        + "' (use [!NOTE], [!TIP], [!WARNING] or [!DANGER])");
            }
        }
        visitChildren(quote);
    }

    /** The heading's text as the anchor extension sees it: text and inline code, nothing else. */
    static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString().strip();
    }

    /** The file line a node starts on; nodes without spans take their parent's. */
    static int line(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            List<SourceSpan> spans = current.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }
}
