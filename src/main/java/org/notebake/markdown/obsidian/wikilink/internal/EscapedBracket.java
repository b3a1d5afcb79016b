package org.notebake.markdown.obsidian.wikilink.internal;

import org.commonmark.node.CustomNode;

/**
 * A backslash-escaped {@code [}, {@code ]}, {@code !} or {@code ^}, alive only between inline
 * parsing and {@link WikiLinkPostProcessor} (so the block-id pass, which runs before it, sees it
 * too).
 *
 * <p>CommonMark turns {@code \[} into a text node that is then merged with its neighbours, which
 * would make {@code \[[x]]} indistinguishable from {@code [[x]]}. This node keeps the escape
 * visible until wikilinks are found, then becomes plain text again.
 */
final class EscapedBracket extends CustomNode {

  private final char character;

  EscapedBracket(char character) {
    this.character = character;
  }

  char character() {
    return character;
  }
}
