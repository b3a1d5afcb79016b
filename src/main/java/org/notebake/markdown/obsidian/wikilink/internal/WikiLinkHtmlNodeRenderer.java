package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;
import org.notebake.markdown.obsidian.LinkResolution;
import org.notebake.markdown.obsidian.ObsidianResolver;
import org.notebake.markdown.obsidian.ObsidianUri;
import org.notebake.markdown.obsidian.PlainText;
import org.notebake.markdown.obsidian.internal.TextSlicer;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Renders wikilinks, embeds and relative standard links and images through the resolver (and those
 * written with the site's own address, as the path from its root they name), and hands everything
 * else (external links, ordinary paragraphs) to CommonMark's own renderer.
 *
 * <p>It also renders paragraphs so that a paragraph holding nothing but a transclusion becomes the
 * transclusion's {@code <div>} instead of an invalid {@code <p><div>}.
 */
public final class WikiLinkHtmlNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final ObsidianResolver resolver;
  private final CoreHtmlNodeRenderer core;
  private final EmbedWriter embeds;
  private final RemoteImageWriter remoteImages;
  private final Map<Node, EmbedResolution> resolvedEmbeds = new IdentityHashMap<>();

  public WikiLinkHtmlNodeRenderer(HtmlNodeRendererContext context, ObsidianResolver resolver) {
    this.context = context;
    this.html = context.getWriter();
    this.resolver = resolver;
    this.core = new CoreHtmlNodeRenderer(context);
    this.embeds = new EmbedWriter(context);
    this.remoteImages = new RemoteImageWriter(context);
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(WikiLink.class, Link.class, Image.class, Paragraph.class);
  }

  @Override
  public void render(Node node) {
    LinkRequest linkRequest = node instanceof Link link ? linkRequest(link) : null;
    if (node instanceof WikiLink link) {
      renderWikiLink(link);
    } else if (linkRequest != null) {
      renderStandardLink((Link) node, linkRequest);
    } else if (node instanceof Image image && request(image) != null) {
      embeds.write(image, embed(image));
    } else if (node instanceof Image image && RemoteImageWriter.handles(image)) {
      remoteImages.write(image);
    } else if (node instanceof Paragraph paragraph && isTransclusion(paragraph)) {
      embeds.write(paragraph.getFirstChild(), embed(paragraph.getFirstChild()));
    } else {
      core.render(node);
    }
  }

  private void renderWikiLink(WikiLink link) {
    LinkRequest request = request(link);
    if (link.embed()) {
      embeds.write(link, embed(link));
      return;
    }
    LinkResolution resolution = resolver().resolveLink(request);
    if (resolution instanceof LinkResolution.Resolved resolved) {
      openInternalLink(link, resolved.href(), null);
      renderChildrenOr(link, link.alias() != null ? link.alias() : resolved.text());
      html.tag("/a");
    } else if (link.getFirstChild() != null) {
      html.tag("span", Map.of("class", "broken-link"));
      renderChildrenOr(link, "");
      html.tag("/span");
    } else {
      String shown = ((LinkResolution.Unresolved) resolution).text();
      embeds.writeSpan("broken-link", link.alias() != null ? link.alias() : shown);
    }
  }

  /**
   * The request for a standard link the resolver answers: a relative one, one by the site's own
   * address, or an {@code obsidian://open} link to a note of this vault (as a wikilink to it); null
   * for any other, which CommonMark renders as written.
   */
  private LinkRequest linkRequest(Link link) {
    int line = TextSlicer.line(link);
    int column = TextSlicer.column(link);
    LinkDestination destination = destination(link.getDestination());
    if (destination != null) {
      return new LinkRequest(
          destination.target(),
          destination.fragment(),
          PlainText.ofChildren(link),
          false,
          line,
          column);
    }
    return resolver == null
        ? null
        : ObsidianUri.ofNote(link.getDestination(), resolver)
            .map(note -> note.request(PlainText.ofChildren(link), line, column))
            .orElse(null);
  }

  private void renderStandardLink(Link link, LinkRequest request) {
    LinkResolution resolution = resolver().resolveLink(request);
    if (resolution instanceof LinkResolution.Resolved resolved) {
      openInternalLink(link, resolved.href(), link.getTitle());
      renderChildrenOr(link, resolved.text());
      html.tag("/a");
    } else {
      html.tag("span", Map.of("class", "broken-link"));
      renderChildrenOr(link, ((LinkResolution.Unresolved) resolution).text());
      html.tag("/span");
    }
  }

  private void openInternalLink(Node link, String href, String title) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("class", "internal-link");
    attributes.put("href", href);
    if (title != null) {
      attributes.put("title", title);
    }
    html.tag("a", context.extendAttributes(link, "a", attributes));
  }

  private void renderChildrenOr(Node parent, String fallback) {
    if (parent.getFirstChild() == null) {
      html.text(fallback);
      return;
    }
    for (Node child = parent.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }

  private boolean isTransclusion(Paragraph paragraph) {
    Node only = paragraph.getFirstChild();
    if (only == null || only.getNext() != null || request(only) == null) {
      return false;
    }
    return (only instanceof Image || (only instanceof WikiLink link && link.embed()))
        && embed(only) instanceof EmbedResolution.Transclusion;
  }

  private EmbedResolution embed(Node node) {
    return resolvedEmbeds.computeIfAbsent(node, n -> resolver().resolveEmbed(request(n)));
  }

  /**
   * The vault-relative part of a link's or image's destination, the site's own absolute address
   * read as the path from the site's root it names; null when it leaves the site.
   */
  private LinkDestination destination(String written) {
    LinkDestination relative = LinkDestination.parse(written);
    if (relative != null || written == null || resolver == null) {
      return relative;
    }
    String own = resolver.sitePath(written);
    return own == null ? null : LinkDestination.parse(own);
  }

  /** The request for a wikilink or a relative image; null for anything else. */
  private LinkRequest request(Node node) {
    int line = TextSlicer.line(node);
    int column = TextSlicer.column(node);
    if (node instanceof WikiLink link) {
      return new LinkRequest(link.target(), link.fragment(), link.alias(), true, line, column);
    }
    if (node instanceof Image image) {
      LinkDestination destination = destination(image.getDestination());
      if (destination != null) {
        return new LinkRequest(
            destination.target(),
            destination.fragment(),
            PlainText.ofChildren(image),
            false,
            line,
            column);
      }
    }
    return null;
  }

  private ObsidianResolver resolver() {
    if (resolver == null) {
      throw new IllegalStateException(
          "WikiLinkExtension has no resolver; build the HtmlRenderer with"
              + " WikiLinkExtension.create(resolver) to render links");
    }
    return resolver;
  }
}
