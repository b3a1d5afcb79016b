package org.notebake.markdown.obsidian.blockid.internal;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.notebake.markdown.obsidian.blockid.BlockId;

/**
 * Gives a block whose first child is a {@link BlockId} the attribute {@code id="^block-id"}.
 *
 * <p>Only on the block's outer tag: a code block asks for attributes of both {@code <pre>} and
 * {@code <code>}, and an id must appear once. Not on a heading, whose id is its text's: {@link
 * BlockIdHtmlNodeRenderer} writes an anchor inside it instead.
 */
public final class BlockIdAttributeProvider implements AttributeProvider {

  private static final Set<String> OUTER_TAGS =
      Set.of("p", "li", "ul", "ol", "blockquote", "pre", "table", "div", "details", "hr");

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node.getFirstChild() instanceof BlockId blockId && OUTER_TAGS.contains(tagName)) {
      attributes.put("id", "^" + blockId.id());
    }
  }
}
