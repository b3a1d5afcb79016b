package org.notebake.markdown.obsidian.wikilink;

import java.util.Objects;
import org.commonmark.node.CustomNode;

/**
 * An Obsidian wikilink {@code [[Note#Heading|shown]]} or embed {@code ![[img.png|300]]}.
 *
 * <p>{@code [[Other Note#Intro|read this]]} gives target "Other Note", fragment "Intro", alias
 * "read this", embed false. The alias is kept as plain text; only when it holds code spans ({@code
 * [[Filters#`move`|`move`]]}) are its text and code also the node's children, for the link text.
 * Its source span starts at the {@code [[} (or at the {@code !} of an embed).
 */
public final class WikiLink extends CustomNode {

  private final String target;
  private final String fragment;
  private final String alias;
  private final boolean embed;

  /**
   * @param target the note or file as written, "" for a link into the same note
   * @param fragment text after '#' ("Heading", "^block-id"), or null
   * @param alias text after '|', or null
   * @param embed true for {@code ![[..]]}
   */
  public WikiLink(String target, String fragment, String alias, boolean embed) {
    this.target = Objects.requireNonNull(target, "target");
    this.fragment = fragment;
    this.alias = alias;
    this.embed = embed;
  }

  /** The note or file as written ("Other Note", "img.png"); "" for {@code [[#Heading]]}. */
  public String target() {
    return target;
  }

  /** The text after '#' without it, e.g. "Heading" or "^block-id"; null when absent. */
  public String fragment() {
    return fragment;
  }

  /** The text after '|' (shown text, or an embed size like "300x200"); null when absent. */
  public String alias() {
    return alias;
  }

  /** True for an embed {@code ![[..]]}. */
  public boolean embed() {
    return embed;
  }

  @Override
  protected String toStringAttributes() {
    return "target=" + target + ", fragment=" + fragment + ", alias=" + alias + ", embed=" + embed;
  }
}
