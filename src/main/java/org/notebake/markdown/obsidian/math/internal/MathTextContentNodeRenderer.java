package org.notebake.markdown.obsidian.math.internal;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.notebake.markdown.obsidian.math.DisplayMath;
import org.notebake.markdown.obsidian.math.InlineMath;

/** Plain text of maths, for search and descriptions: the TeX as written, less its comments. */
public final class MathTextContentNodeRenderer implements NodeRenderer {

  private final TextContentNodeRendererContext context;

  public MathTextContentNodeRenderer(TextContentNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(InlineMath.class, DisplayMath.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof DisplayMath block) {
      context.getWriter().block();
      context.getWriter().write(TexComments.strip(block.tex()));
      context.getWriter().block();
    } else {
      context.getWriter().write(TexComments.strip(((InlineMath) node).tex()));
    }
  }
}
