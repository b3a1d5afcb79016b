package org.notebake.markdown.obsidian.callout.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.callout.Callout;
import org.notebake.markdown.obsidian.callout.CalloutTitle;

/**
 * Renders a {@link Callout} as {@code <div class="callout">}, or as {@code <details>} with a {@code
 * <summary>} title when it is foldable.
 */
public final class CalloutHtmlNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  public CalloutHtmlNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Callout.class, CalloutTitle.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof Callout callout) {
      renderCallout(callout);
    } else {
      renderChildren(node.getFirstChild());
    }
  }

  private void renderCallout(Callout callout) {
    boolean foldable = callout.fold() != Callout.Fold.NONE;
    String tag = foldable ? "details" : "div";
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("class", "callout");
    attributes.put("data-callout", CalloutTypes.style(callout.type()));
    if (callout.fold() == Callout.Fold.OPEN) {
      attributes.put("open", "");
    }
    html.line();
    html.tag(tag, context.extendAttributes(callout, tag, attributes));
    html.line();
    renderTitle(callout, foldable ? "summary" : "div");
    if (hasBody(callout)) {
      html.tag("div", Map.of("class", "callout-content"));
      html.line();
      for (Node child = callout.getFirstChild(); child != null; child = child.getNext()) {
        if (!(child instanceof CalloutTitle)) {
          context.render(child);
        }
      }
      html.line();
      html.tag("/div");
      html.line();
    }
    html.tag("/" + tag);
    html.line();
  }

  private void renderTitle(Callout callout, String tag) {
    html.tag(tag, Map.of("class", "callout-title"));
    CalloutTitle title = title(callout);
    if (title != null) {
      renderChildren(title.getFirstChild());
    } else {
      html.text(CalloutTypes.defaultTitle(callout.type()));
    }
    html.tag("/" + tag);
    html.line();
  }

  /** The title node; not always the first child, a block id may come before it. */
  private static CalloutTitle title(Callout callout) {
    for (Node child = callout.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof CalloutTitle title) {
        return title;
      }
    }
    return null;
  }

  private static boolean hasBody(Callout callout) {
    for (Node child = callout.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Block && !(child instanceof CalloutTitle)) {
        return true;
      }
    }
    return false;
  }

  private void renderChildren(Node first) {
    for (Node child = first; child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }
}
