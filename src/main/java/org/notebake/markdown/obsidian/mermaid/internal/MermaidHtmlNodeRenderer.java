package org.notebake.markdown.obsidian.mermaid.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes {@code ```mermaid} blocks for Mermaid, without their comment lines, and hands other code
 * blocks to CommonMark.
 */
public final class MermaidHtmlNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final CoreHtmlNodeRenderer core;

  public MermaidHtmlNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
    this.core = new CoreHtmlNodeRenderer(context);
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(FencedCodeBlock.class);
  }

  @Override
  public void render(Node node) {
    FencedCodeBlock block = (FencedCodeBlock) node;
    if (!isMermaid(block.getInfo())) {
      core.render(node);
      return;
    }
    html.line();
    html.tag("pre", context.extendAttributes(node, "pre", Map.of("class", "mermaid")));
    html.text(withoutComments(block.getLiteral()));
    html.tag("/pre");
    html.line();
  }

  /**
   * Mermaid's comment lines ({@code %%} first on the line), which the diagram never shows, are left
   * out of the page; its directives ({@code %%{init: ...}%%}) stay.
   */
  private static String withoutComments(String source) {
    if (!source.contains("%%")) {
      return source;
    }
    StringBuilder kept = new StringBuilder(source.length());
    for (String line : source.split("\n", -1)) {
      String start = line.stripLeading();
      if (start.startsWith("%%") && !start.startsWith("%%{")) {
        continue;
      }
      kept.append(line).append('\n');
    }
    return kept.substring(0, kept.length() - 1);
  }

  private static boolean isMermaid(String info) {
    if (info == null) {
      return false;
    }
    String language = info.strip().split("\\s+", 2)[0];
    return language.toLowerCase(Locale.ROOT).equals("mermaid");
  }
}
