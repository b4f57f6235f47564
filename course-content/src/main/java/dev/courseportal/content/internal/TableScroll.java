package dev.courseportal.content.internal;

import org.commonmark.node.CustomBlock;

/** Wraps a table so that a wide one scrolls sideways instead of widening the page. */
public final class TableScroll extends CustomBlock {
}
