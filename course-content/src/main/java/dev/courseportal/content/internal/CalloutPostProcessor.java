package dev.courseportal.content.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Turns block quotes that open with a known callout marker into {@link Callout} nodes. */
final class CalloutPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote blockQuote) {
                quotes.add(blockQuote);
                visitChildren(blockQuote);
            }
        });
        for (BlockQuote quote : quotes) {
            markerText(quote).ifPresent(text -> toCallout(quote, text));
        }
        return document;
    }

    /** The text node that starts the quote, if it starts with a known marker. */
    static Optional<Text> markerText(BlockQuote quote) {
        if (quote.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text) {
            Matcher matcher = CalloutKind.MARKER.matcher(text.getLiteral());
            if (matcher.find() && CalloutKind.fromMarker(matcher.group(1)).isPresent()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private static void toCallout(BlockQuote quote, Text text) {
        Matcher matcher = CalloutKind.MARKER.matcher(text.getLiteral());
        matcher.find();
        Callout callout = new Callout(CalloutKind.fromMarker(matcher.group(1)).orElseThrow());
        callout.setSourceSpans(quote.getSourceSpans());

        Node paragraph = text.getParent();
        String rest = text.getLiteral().substring(matcher.end()).stripLeading();
        if (rest.isEmpty()) {
            Node next = text.getNext();
            text.unlink();
            if (next instanceof SoftLineBreak || next instanceof HardLineBreak) {
                next.unlink();
            }
        } else {
            text.setLiteral(rest);
        }
        if (paragraph.getFirstChild() == null) {
            paragraph.unlink();
        }

        Node child = quote.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            callout.appendChild(child);
            child = next;
        }
        quote.insertAfter(callout);
        quote.unlink();
    }
}
