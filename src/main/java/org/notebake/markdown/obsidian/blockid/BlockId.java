package org.notebake.markdown.obsidian.blockid;

import java.util.Objects;
import org.commonmark.node.CustomNode;

/**
 * An Obsidian block identifier {@code ^block-id}, placed as the first child of the block it names
 * (a paragraph, list item, table, quote...). Links reach it as {@code [[Note#^block-id]]}. A block
 * that already has an id gets a second one as an {@linkplain #anchor() anchor}, placed just before
 * it.
 */
public final class BlockId extends CustomNode {

  private final String id;
  private final boolean anchor;

  /**
   * @param id the identifier without '^', e.g. "quote-1"
   */
  public BlockId(String id) {
    this(id, false);
  }

  private BlockId(String id, boolean anchor) {
    this.id = Objects.requireNonNull(id, "id");
    this.anchor = anchor;
  }

  /** An id for the block right after it, which has an id of its own already. */
  public static BlockId anchorBefore(String id) {
    return new BlockId(id, true);
  }

  /** The identifier without '^'. */
  public String id() {
    return id;
  }

  /** True if this id is an element of its own, placed just before the block it names. */
  public boolean anchor() {
    return anchor;
  }

  @Override
  protected String toStringAttributes() {
    return "id=" + id + (anchor ? ", anchor" : "");
  }
}
