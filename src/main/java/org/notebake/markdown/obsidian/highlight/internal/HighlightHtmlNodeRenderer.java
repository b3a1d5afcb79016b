package org.notebake.markdown.obsidian.highlight.internal;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.highlight.Highlight;

/** Renders {@link Highlight} as {@code <mark>}. */
public final class HighlightHtmlNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  public HighlightHtmlNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Highlight.class);
  }

  @Override
  public void render(Node node) {
    html.tag("mark", context.extendAttributes(node, "mark", Map.of()));
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
    html.tag("/mark");
  }
}
