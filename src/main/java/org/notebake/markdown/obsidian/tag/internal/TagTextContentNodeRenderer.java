package org.notebake.markdown.obsidian.tag.internal;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.notebake.markdown.obsidian.tag.Tag;

/** Plain text of a tag: {@code #name}, as written. */
public final class TagTextContentNodeRenderer implements NodeRenderer {

  private final TextContentNodeRendererContext context;

  public TagTextContentNodeRenderer(TextContentNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Tag.class);
  }

  @Override
  public void render(Node node) {
    context.getWriter().write("#" + ((Tag) node).name());
  }
}
