package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Plain text of a wikilink, for search indexes and descriptions: the alias, else the target (or the
 * fragment of a same-note link). Embeds contribute no text; their options are not prose.
 */
public final class WikiLinkTextContentNodeRenderer implements NodeRenderer {

  private final TextContentNodeRendererContext context;

  public WikiLinkTextContentNodeRenderer(TextContentNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(WikiLink.class);
  }

  @Override
  public void render(Node node) {
    WikiLink link = (WikiLink) node;
    if (link.embed()) {
      return;
    }
    if (link.alias() != null) {
      context.getWriter().write(link.alias());
    } else {
      context.getWriter().write(link.target().isEmpty() ? link.fragment() : link.target());
    }
  }
}
