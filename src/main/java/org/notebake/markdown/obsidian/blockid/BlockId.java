package org.notebake.markdown.obsidian.blockid;

import java.util.Objects;
import org.commonmark.node.CustomNode;

/**
 * An Obsidian block identifier {@code ^block-id}, placed as the first child of the block it names
 * (a paragraph, list item, table, quote...). Links reach it as {@code [[Note#^block-id]]}.
 */
public final class BlockId extends CustomNode {

  private final String id;

  /**
   * @param id the identifier without '^', e.g. "quote-1"
   */
  public BlockId(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /** The identifier without '^'. */
  public String id() {
    return id;
  }

  @Override
  protected String toStringAttributes() {
    return "id=" + id;
  }
}
