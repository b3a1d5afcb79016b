package org.notebake.markdown.obsidian.wikilink.internal;

import org.commonmark.node.CustomNode;

/**
 * A backslash-escaped {@code [}, {@code ]}, {@code !} or {@code ^}, or a run of them, alive only
 * between inline parsing and {@link WikiLinkPostProcessor} (so the block-id pass, which runs before
 * it, sees it too).
 *
 * <p>CommonMark turns {@code \[} into a text node that is then merged with its neighbours, which
 * would make {@code \[[x]]} indistinguishable from {@code [[x]]}. This node keeps the escape
 * visible until wikilinks are found, then becomes plain text again.
 */
final class EscapedBracket extends CustomNode {

  private final String characters;

  EscapedBracket(String characters) {
    this.characters = characters;
  }

  /** The characters as shown, without their backslashes. */
  String characters() {
    return characters;
  }
}
