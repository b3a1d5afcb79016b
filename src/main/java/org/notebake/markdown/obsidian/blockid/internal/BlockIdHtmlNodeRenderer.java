package org.notebake.markdown.obsidian.blockid.internal;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.notebake.markdown.obsidian.blockid.BlockId;

/**
 * Renders nothing: the id of a {@link BlockId} is written as its block's {@code id} attribute by
 * {@link BlockIdAttributeProvider}, and the post-processor only attaches ids to blocks whose tag
 * takes attributes.
 */
public final class BlockIdHtmlNodeRenderer implements NodeRenderer {

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(BlockId.class);
  }

  @Override
  public void render(Node node) {
    // The id is an attribute of the enclosing block.
  }
}
