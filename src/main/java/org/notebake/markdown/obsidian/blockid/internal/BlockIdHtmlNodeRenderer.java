package org.notebake.markdown.obsidian.blockid.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.blockid.BlockId;

/**
 * Renders nothing for most ids: the id of a {@link BlockId} is written as its block's {@code id}
 * attribute by {@link BlockIdAttributeProvider}, and the post-processor only attaches ids to blocks
 * whose tag takes attributes. A heading's {@code id} is the one its text gives it, which {@code
 * [[#Heading]]} links use, so a block id on a heading is an empty anchor at its start, and so is a
 * block's second id, just before the block:
 *
 * <pre>
 * ### Initial state
 *
 * ^state-1   -&gt; &lt;h3 id="initial-state"&gt;&lt;span class="block-anchor" id="^state-1"&gt;&lt;/span&gt;Initial state&lt;/h3&gt;
 * </pre>
 */
public final class BlockIdHtmlNodeRenderer implements NodeRenderer {

  /** The class of the anchor that carries a block id its block cannot. */
  public static final String ANCHOR_CLASS = "block-anchor";

  private final HtmlWriter html;

  public BlockIdHtmlNodeRenderer(HtmlWriter html) {
    this.html = html;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(BlockId.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof BlockId blockId
        && (blockId.anchor() || node.getParent() instanceof Heading)) {
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("class", ANCHOR_CLASS);
      attributes.put("id", "^" + blockId.id());
      html.tag("span", attributes);
      html.tag("/span");
    }
  }
}
