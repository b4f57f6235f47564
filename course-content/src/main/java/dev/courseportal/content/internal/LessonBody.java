package dev.courseportal.content.internal;

import dev.courseportal.content.CodeBlock;
import dev.courseportal.content.TocEntry;
import org.commonmark.node.Node;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the scan of a lesson's parsed body found: the syntax tree (still to be link-rewritten and rendered), its
 * headings with their anchors, its code blocks and every link and image to resolve.
 */
record LessonBody(Node document, List<Heading> headings, List<CodeBlock> codeBlocks, List<Reference> references) {

    /** A heading with the anchor the renderer gives it; {@code node} is the heading in the syntax tree. */
    record Heading(Node node, int level, String anchor, String text, int line) {
        TocEntry toTocEntry() {
            return new TocEntry(level, anchor, text);
        }
    }

    /**
     * A link or image destination as written.
     *
     * @param node  the {@link org.commonmark.node.Link} or {@link org.commonmark.node.Image} to rewrite
     * @param image whether it is an image
     */
    record Reference(Node node, String destination, int line, boolean image) {
    }

    Set<String> anchors() {
        return headings.stream().map(Heading::anchor).collect(Collectors.toUnmodifiableSet());
    }
}
