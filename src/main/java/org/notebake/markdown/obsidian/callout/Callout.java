package org.notebake.markdown.obsidian.callout;

import java.util.Objects;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.notebake.markdown.obsidian.PlainText;

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
  private final Fold fold;

  /**
   * @param type the type as written, lowercased ("faq", "note", "private")
   * @param fold the fold marker
   */
  public Callout(String type, Fold fold) {
    this.type = Objects.requireNonNull(type, "type");
    this.fold = Objects.requireNonNull(fold, "fold");
  }

  /** The type as written, lowercased; aliases are kept ("faq", not "question"). */
  public String type() {
    return type;
  }

  /**
   * The plain text of the custom title, or null when the callout has none. Read from the {@link
   * CalloutTitle} child, not from the source line, so a comment removed from the title is gone from
   * this too.
   */
  public String title() {
    for (Node child = getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof CalloutTitle) {
        return PlainText.of(child);
      }
    }
    return null;
  }

  public Fold fold() {
    return fold;
  }

  @Override
  protected String toStringAttributes() {
    return "type=" + type + ", fold=" + fold;
  }
}
