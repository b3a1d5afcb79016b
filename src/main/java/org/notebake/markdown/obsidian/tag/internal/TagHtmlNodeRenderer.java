package org.notebake.markdown.obsidian.tag.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.ObsidianResolver;
import org.notebake.markdown.obsidian.tag.Tag;

/** Renders a {@link Tag} as a link to its tag page: {@code <a class="tag" href="..">#name</a>}. */
public final class TagHtmlNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final ObsidianResolver resolver;

  public TagHtmlNodeRenderer(HtmlNodeRendererContext context, ObsidianResolver resolver) {
    this.context = context;
    this.html = context.getWriter();
    this.resolver = resolver;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Tag.class);
  }

  @Override
  public void render(Node node) {
    if (resolver == null) {
      throw new IllegalStateException(
          "TagExtension has no resolver; build the HtmlRenderer with"
              + " TagExtension.create(resolver) to render tags");
    }
    Tag tag = (Tag) node;
    if (insideLink(tag)) {
      // A link cannot hold a link: inside link text the tag stays text.
      html.text("#" + tag.name());
      return;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("class", "tag");
    String href = resolver.tagHref(tag.name());
    if (href == null) {
      // The site makes no tag pages: the tag is shown, linking nowhere.
      html.tag("span", context.extendAttributes(node, "span", attributes));
      html.text("#" + tag.name());
      html.tag("/span");
      return;
    }
    attributes.put("href", href);
    html.tag("a", context.extendAttributes(node, "a", attributes));
    html.text("#" + tag.name());
    html.tag("/a");
  }

  private static boolean insideLink(Node node) {
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof Link) {
        return true;
      }
    }
    return false;
  }
}
