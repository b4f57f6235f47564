package dev.courseportal.content.internal;

import dev.courseportal.content.LessonSection;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson body as plain text, split at its top-level headings for search, and its reading time. Prose is read at
 * about 180 words a minute (Russian technical text), code at about 40 lines a minute.
 */
final class PlainText {
    private static final double PROSE_WORDS_PER_MINUTE = 180;
    private static final double CODE_LINES_PER_MINUTE = 40;

    private final List<LessonSection> sections;
    private final int readingMinutes;

    private PlainText(List<LessonSection> sections, int readingMinutes) {
        this.sections = sections;
        this.readingMinutes = readingMinutes;
    }

    List<LessonSection> sections() {
        return sections;
    }

    int readingMinutes() {
        return readingMinutes;
    }

    static PlainText of(LessonBody body, String lessonTitle) {
        Map<Node, LessonBody.Heading> headings = new IdentityHashMap<>();
        body.headings().forEach(heading -> headings.put(heading.node(), heading));
        List<LessonSection> sections = new ArrayList<>();
        Collector collector = new Collector();
        String anchor = "";
        String heading = lessonTitle;
        int level = 1;
        for (Node node = body.document().getFirstChild(); node != null; node = node.getNext()) {
            LessonBody.Heading found = node instanceof Heading ? headings.get(node) : null;
            if (found == null) {
                node.accept(collector);
                continue;
            }
            addSection(sections, anchor, heading, level, collector.takeText());
            anchor = found.anchor();
            heading = found.text();
            level = found.level();
        }
        addSection(sections, anchor, heading, level, collector.takeText());
        double minutes = collector.proseWords / PROSE_WORDS_PER_MINUTE + collector.codeLines / CODE_LINES_PER_MINUTE;
        return new PlainText(List.copyOf(sections), Math.max(1, (int) Math.ceil(minutes)));
    }

    private static void addSection(List<LessonSection> sections, String anchor, String heading, int level,
                                   String text) {
        if (!text.isBlank() || !anchor.isEmpty()) {
            sections.add(new LessonSection(anchor, heading, level, text.strip()));
        }
    }

    private static final class Collector extends AbstractVisitor {
        private StringBuilder text = new StringBuilder();
        private int proseWords;
        private int codeLines;

        String takeText() {
            String result = text.toString();
            text = new StringBuilder();
            return result;
        }

        @Override
        public void visit(Text node) {
            prose(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            prose(node.getLiteral());
        }

        @Override
        public void visit(HtmlInline node) {
            prose(node.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append('\n');
        }

        @Override
        public void visit(FencedCodeBlock node) {
            code(node.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock node) {
            code(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            code(node.getLiteral());
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block) {
                text.append('\n');
            } else if (parent instanceof CustomNode) {
                text.append(' ');
            }
        }

        private void prose(String literal) {
            text.append(literal);
            proseWords += literal.isBlank() ? 0 : literal.strip().split("\\s+").length;
        }

        private void code(String literal) {
            text.append(literal).append('\n');
            codeLines += (int) literal.lines().count();
        }
    }
}
