package org.notebake.markdown.obsidian.wikilink.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.notebake.markdown.obsidian.PlainText;

/**
 * Images with an {@code http(s)} destination, where Obsidian reads more than CommonMark does: a
 * size in the alt text ({@code ![250](https://..)}, {@code ![250x100](..)}, {@code ![a
 * cat|250](..)}) sets width and height, and a YouTube or Vimeo address becomes a link card instead
 * of the player Obsidian embeds, so a page never loads a third party's frame.
 *
 * <pre>
 * ![250](https://example.org/a.png)          -&gt; &lt;img src="https://example.org/a.png" alt="" width="250" /&gt;
 * ![Talk](https://youtu.be/dQw4w9WgXcQ)      -&gt; &lt;a class="video-card" href="https://youtu.be/dQw4w9WgXcQ"&gt;
 *                                               &lt;span class="video-card-provider"&gt;YouTube&lt;/span&gt;
 *                                               &lt;span class="video-card-title"&gt;Talk&lt;/span&gt;&lt;/a&gt;
 * </pre>
 */
final class RemoteImageWriter {

  private static final Pattern SIZE =
      Pattern.compile("(?:(.*)\\|)?\\s*(\\d{1,5})(?:\\s*x\\s*(\\d{1,5}))?\\s*");
  private static final Set<String> YOUTUBE =
      Set.of(
          "youtube.com",
          "www.youtube.com",
          "m.youtube.com",
          "music.youtube.com",
          "youtu.be",
          "www.youtube-nocookie.com",
          "youtube-nocookie.com");
  private static final Set<String> VIMEO = Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com");

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  RemoteImageWriter(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  /** True for an image this class renders: remote, and either a video or sized. */
  static boolean handles(Image image) {
    String provider = videoProvider(image.getDestination());
    return provider != null
        || (isRemote(image.getDestination())
            && SIZE.matcher(PlainText.ofChildren(image)).matches());
  }

  void write(Image image) {
    String alt = PlainText.ofChildren(image);
    String provider = videoProvider(image.getDestination());
    if (provider != null) {
      writeCard(image, provider, alt);
      return;
    }
    Matcher size = SIZE.matcher(alt);
    size.matches();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("src", context.encodeUrl(image.getDestination()));
    attributes.put("alt", size.group(1) == null ? "" : size.group(1).strip());
    attributes.put("width", size.group(2));
    if (size.group(3) != null) {
      attributes.put("height", size.group(3));
    }
    if (image.getTitle() != null) {
      attributes.put("title", image.getTitle());
    }
    html.tag("img", context.extendAttributes(image, "img", attributes), true);
  }

  private void writeCard(Image image, String provider, String alt) {
    Matcher size = SIZE.matcher(alt);
    String title = size.matches() ? (size.group(1) == null ? "" : size.group(1).strip()) : alt;
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("class", "video-card");
    attributes.put("href", context.encodeUrl(image.getDestination()));
    html.tag("a", context.extendAttributes(image, "a", attributes));
    html.tag("span", Map.of("class", "video-card-provider"));
    html.text(provider);
    html.tag("/span");
    html.text(" ");
    html.tag("span", Map.of("class", "video-card-title"));
    html.text(title.isBlank() ? "Watch on " + provider : title.strip());
    html.tag("/span");
    html.tag("/a");
  }

  private static boolean isRemote(String destination) {
    String lower = destination.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /** "YouTube" or "Vimeo" for a video page's address, else null. */
  static String videoProvider(String destination) {
    if (!isRemote(destination)) {
      return null;
    }
    String host;
    try {
      host = new URI(destination.strip()).getHost();
    } catch (URISyntaxException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (YOUTUBE.contains(host)) {
      return "YouTube";
    }
    return VIMEO.contains(host) ? "Vimeo" : null;
  }
}
