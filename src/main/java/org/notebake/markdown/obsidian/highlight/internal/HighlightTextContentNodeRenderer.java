package org.notebake.markdown.obsidian.highlight.internal;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.notebake.markdown.obsidian.highlight.Highlight;

/** Plain text of a highlight: its content, without the {@code ==} marks. */
public final class HighlightTextContentNodeRenderer implements NodeRenderer {

  private final TextContentNodeRendererContext context;

  public HighlightTextContentNodeRenderer(TextContentNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Highlight.class);
  }

  @Override
  public void render(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
  }
}
