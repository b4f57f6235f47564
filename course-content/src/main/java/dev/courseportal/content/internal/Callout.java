package dev.courseportal.content.internal;

import org.commonmark.node.CustomBlock;

/** A block quote that opened with a callout marker; its children are the quote's content without the marker. */
public final class Callout extends CustomBlock {
    private final CalloutKind kind;

    public Callout(CalloutKind kind) {
        this.kind = kind;
    }

    public CalloutKind kind() {
        return kind;
    }
}
