package org.notebake.markdown.obsidian.math.internal;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.math.DisplayMath;
import org.notebake.markdown.obsidian.math.InlineMath;

/**
 * Writes maths as escaped text in a {@code span} or {@code div} with the classes KaTeX's loader
 * looks for; the browser's text of the element is the TeX as written, less its comments ({@code %}
 * to the end of the line), which KaTeX never shows.
 */
public final class MathHtmlNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  public MathHtmlNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(InlineMath.class, DisplayMath.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof DisplayMath block) {
      html.line();
      html.tag("div", context.extendAttributes(node, "div", Map.of("class", "math math-display")));
      html.text(TexComments.strip(block.tex()));
      html.tag("/div");
      html.line();
      return;
    }
    InlineMath math = (InlineMath) node;
    String classes = math.display() ? "math math-display" : "math math-inline";
    html.tag("span", context.extendAttributes(node, "span", Map.of("class", classes)));
    html.text(TexComments.strip(math.tex()));
    html.tag("/span");
  }
}
