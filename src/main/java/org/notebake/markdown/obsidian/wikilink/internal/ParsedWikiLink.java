package org.notebake.markdown.obsidian.wikilink.internal;

import org.commonmark.node.CustomNode;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * A wikilink found by {@link WikiLinkProcessor}, alive only until {@link WikiLinkPostProcessor}
 * turns it into its {@link WikiLink}, or back into its text inside a standard link's text (a link
 * cannot hold a link).
 *
 * <p>A link found at its inner bracket still has the outer brackets around it as text, {@code [}
 * before and {@code ]} after, and a source span covering only {@code [inside]}: the post-processor
 * drops the brackets and widens the span, so diagnostics point at the {@code [[}.
 */
final class ParsedWikiLink extends CustomNode {

  private final WikiLink link;
  private final String literal;
  private final boolean insideOuterBrackets;

  ParsedWikiLink(WikiLink link, String literal, boolean insideOuterBrackets) {
    this.link = link;
    this.literal = literal;
    this.insideOuterBrackets = insideOuterBrackets;
  }

  WikiLink link() {
    return link;
  }

  /**
   * The text this node stands for, after entities and escapes: {@code ![[photo.png]]} for an embed,
   * {@code [Note|shown]} for a link (its outer brackets are still text around it).
   */
  String literal() {
    return literal;
  }

  boolean insideOuterBrackets() {
    return insideOuterBrackets;
  }
}
