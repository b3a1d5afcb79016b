package org.notebake.markdown.obsidian.callout;

import org.commonmark.node.CustomBlock;

/**
 * The custom title of a {@link Callout}; its children are the title's inline content, so {@code >
 * [!tip] Use *this*} gives a title holding text and emphasis.
 */
public final class CalloutTitle extends CustomBlock {}
