package org.notebake.markdown.obsidian.callout.internal;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentWriter;
import org.notebake.markdown.obsidian.callout.Callout;
import org.notebake.markdown.obsidian.callout.CalloutTitle;

/** Plain text of a callout: its title (or default title) on one line, then its body. */
public final class CalloutTextContentNodeRenderer implements NodeRenderer {

  private final TextContentNodeRendererContext context;

  public CalloutTextContentNodeRenderer(TextContentNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Callout.class, CalloutTitle.class);
  }

  @Override
  public void render(Node node) {
    TextContentWriter writer = context.getWriter();
    if (node instanceof Callout callout && callout.title() == null) {
      writer.write(CalloutTypes.defaultTitle(callout.type()));
      writer.block();
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
      if (child instanceof CalloutTitle) {
        writer.block();
      }
    }
  }
}
