package org.notebake.markdown.obsidian.callout;

import java.util.Objects;
import org.commonmark.node.CustomBlock;

/**
 * An Obsidian callout: a block quote starting with {@code [!type]}, e.g. {@code > [!faq]- Why?}.
 *
 * <p>Its first child is a {@link CalloutTitle} when the callout has a title of its own; the other
 * children are the body blocks.
 */
public final class Callout extends CustomBlock {

  /** Whether the callout can be folded, and how it starts. */
  public enum Fold {
    /** No marker: always open, rendered as a {@code <div>}. */
    NONE,
    /** {@code +}: foldable, starts open. */
    OPEN,
    /** {@code -}: foldable, starts closed. */
    CLOSED
  }

  private final String type;
  private final String title;
  private final Fold fold;

  /**
   * @param type the type as written, lowercased ("faq", "note", "private")
   * @param title the custom title as written, or null for the default
   * @param fold the fold marker
   */
  public Callout(String type, String title, Fold fold) {
    this.type = Objects.requireNonNull(type, "type");
    this.title = title;
    this.fold = Objects.requireNonNull(fold, "fold");
  }

  /** The type as written, lowercased; aliases are kept ("faq", not "question"). */
  public String type() {
    return type;
  }

  /** The custom title as written (raw Markdown), or null when the callout has none. */
  public String title() {
    return title;
  }

  public Fold fold() {
    return fold;
  }

  @Override
  protected String toStringAttributes() {
    return "type=" + type + ", title=" + title + ", fold=" + fold;
  }
}
