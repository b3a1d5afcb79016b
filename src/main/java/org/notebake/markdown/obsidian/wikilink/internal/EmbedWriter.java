package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.EmbedResolution.Download;
import org.notebake.markdown.obsidian.EmbedResolution.Image;
import org.notebake.markdown.obsidian.EmbedResolution.Media;
import org.notebake.markdown.obsidian.EmbedResolution.Transclusion;
import org.notebake.markdown.obsidian.EmbedResolution.Unresolved;

/** Writes the HTML of one resolved embed; every attribute goes through {@link HtmlWriter}. */
final class EmbedWriter {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  EmbedWriter(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  void write(Node node, EmbedResolution embed) {
    if (embed instanceof Image image) {
      writeImage(node, image);
    } else if (embed instanceof Media media) {
      writeMedia(node, media);
    } else if (embed instanceof Download download) {
      writeDownload(node, download);
    } else if (embed instanceof Transclusion transclusion) {
      writeTransclusion(node, transclusion);
    } else {
      writeSpan("broken-embed", ((Unresolved) embed).text());
    }
  }

  private void writeImage(Node node, Image image) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("src", image.src());
    attributes.put("alt", image.alt() == null ? "" : image.alt());
    if (image.width() != null) {
      attributes.put("width", image.width().toString());
    }
    if (image.height() != null) {
      attributes.put("height", image.height().toString());
    }
    html.tag("img", context.extendAttributes(node, "img", attributes), true);
  }

  private void writeMedia(Node node, Media media) {
    String tag = "video".equals(media.kind()) ? "video" : "audio";
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("controls", "");
    attributes.put("src", media.src());
    html.tag(tag, context.extendAttributes(node, tag, attributes));
    html.tag("/" + tag);
  }

  private void writeDownload(Node node, Download download) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("class", "download");
    attributes.put("href", download.href());
    html.tag("a", context.extendAttributes(node, "a", attributes));
    html.text(download.name());
    html.tag("/a");
  }

  private void writeTransclusion(Node node, Transclusion transclusion) {
    html.line();
    html.tag("div", context.extendAttributes(node, "div", Map.of("class", "transclusion")));
    html.tag("div", Map.of("class", "transclusion-title"));
    html.tag("a", Map.of("href", transclusion.href()));
    html.text(transclusion.title());
    html.tag("/a");
    html.tag("/div");
    html.line();
    html.raw(transclusion.html());
    html.line();
    html.tag("/div");
    html.line();
  }

  void writeSpan(String cssClass, String text) {
    html.tag("span", Map.of("class", cssClass));
    html.text(text);
    html.tag("/span");
  }
}
