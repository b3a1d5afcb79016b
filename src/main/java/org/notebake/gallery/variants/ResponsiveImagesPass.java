package org.notebake.gallery.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.HtmlPass;
import org.notebake.html.PageContext;

/**
 * Points every reference to a published photo at its variants, so no page loads a photo wider than
 * it needs. An {@code <img>} becomes a {@code <picture>} with a WebP source and a JPEG fallback,
 * both with a {@code srcset} the browser picks from; a link to the photo goes to its largest JPEG
 * with its size for the lightbox; {@code og:image} gets a JPEG about 1200 pixels wide.
 *
 * <pre>{@code
 * <img src="spring/tulips.jpg" alt="Tulips">
 * -> <picture><source type="image/webp" srcset="spring/tulips-480w.webp 480w, ..." sizes="...">
 *    <img src="spring/tulips-960w.jpg" srcset="spring/tulips-480w.jpg 480w, ..." sizes="..."
 *     width="2400" height="1600" style="background-color:#6b7a3c" loading="lazy"
 *     decoding="async" alt="Tulips"></picture>
 * <a href="spring/tulips.jpg"> -> <a href="spring/tulips-2400w.jpg" data-width="2400"
 *     data-height="1600">
 * <video poster="spring/tulips.jpg"> -> <video poster="spring/tulips-960w.jpg">
 * }</pre>
 */
public final class ResponsiveImagesPass implements HtmlPass {
  /** Wide enough for a text column on a desktop screen, the whole screen below it. */
  public static final String DEFAULT_SIZES = "(min-width: 50rem) 50rem, 100vw";

  /** The width the {@code src} fallback aims at, for browsers without {@code srcset}. */
  private static final int FALLBACK_WIDTH = 960;

  /** Link previews want about 1200 pixels (Open Graph's advice for large cards). */
  private static final int SHARE_WIDTH = 1200;

  private final Map<String, ProcessedPhoto> photos;

  /** The photos' file names (what follows a site path's last '/'), to rule out other links. */
  private final java.util.Set<String> names;

  /**
   * @param photos processed photos by their original's site path
   */
  public ResponsiveImagesPass(Map<String, ProcessedPhoto> photos) {
    this.photos = Map.copyOf(photos);
    this.names =
        photos.keySet().stream()
            .map(path -> path.substring(path.lastIndexOf('/') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    if (photos.isEmpty()) {
      return;
    }
    boolean first = true;
    for (Element img : new ArrayList<>(page.getElementsByTag("img"))) {
      Reference ref = reference(img.attr("src"), context);
      if (ref == null || (img.parent() != null && img.parent().normalName().equals("picture"))) {
        continue;
      }
      picture(img, ref, first && img.closest("main") != null || first && noMain(page));
      first = false;
    }
    for (Element a : page.getElementsByTag("a")) {
      Reference ref = reference(a.attr("href"), context);
      if (ref != null) {
        ImageVariant largest = ref.photo().largest(ref.photo().fallback());
        a.attr("href", ref.prefix() + largest.fileName());
        a.attr("data-width", String.valueOf(largest.width()));
        a.attr("data-height", String.valueOf(largest.height()));
      }
    }
    for (Element video : page.getElementsByAttribute("poster")) {
      Reference ref = reference(video.attr("poster"), context);
      if (ref != null) {
        video.attr("poster", ref.prefix() + ref.photo().atLeast(FALLBACK_WIDTH).fileName());
      }
    }
    shareImage(page, context);
    jsonLd(page, context);
  }

  private static boolean noMain(Document page) {
    return page.getElementsByTag("main").isEmpty();
  }

  private void picture(Element img, Reference ref, boolean first) {
    ProcessedPhoto photo = ref.photo();
    String sizes = img.attr("sizes");
    String width = img.attr("width");
    if (sizes.isEmpty()) {
      // A width below the photo's own was asked for (![[photo.jpg|300]]); the photo's own width
      // is only the size reserved for it, which CSS scales to the column.
      boolean asked = width.matches("\\d{1,5}") && Integer.parseInt(width) < photo.width();
      sizes = asked ? "min(" + width + "px, 100vw)" : DEFAULT_SIZES;
    }
    if (width.isEmpty() && img.attr("height").isEmpty()) {
      img.attr("width", String.valueOf(photo.width()));
      img.attr("height", String.valueOf(photo.height()));
    } else if (img.attr("height").isEmpty() && width.matches("\\d{1,5}")) {
      long height = Math.round(Integer.parseInt(width) * (double) photo.height() / photo.width());
      img.attr("height", String.valueOf(height));
    }
    img.attr("src", ref.prefix() + photo.atLeast(FALLBACK_WIDTH).fileName());
    img.attr("srcset", srcset(ref.prefix(), photo.in(photo.fallback())));
    img.attr("sizes", sizes);
    if (!img.hasAttr("loading")) {
      img.attr("loading", first ? "eager" : "lazy");
      if (first && !img.hasAttr("fetchpriority")) {
        img.attr("fetchpriority", "high");
      }
    }
    if (!img.hasAttr("decoding")) {
      img.attr("decoding", "async");
    }
    // A transparent picture (its fallback a PNG: a logo, a diagram) would stay on its placeholder
    // colour, a box behind it, once loaded: it gets none.
    if (!photo.color().isEmpty() && photo.fallback() != VariantFormat.PNG) {
      String style = img.attr("style").strip();
      img.attr(
          "style",
          (style.isEmpty() || style.endsWith(";") ? style : style + ";")
              + "background-color:"
              + photo.color());
    }
    Element picture = new Element("picture");
    img.before(picture);
    List<ImageVariant> webp = photo.in(VariantFormat.WEBP);
    if (!webp.isEmpty()) {
      picture
          .appendElement("source")
          .attr("type", VariantFormat.WEBP.mediaType())
          .attr("srcset", srcset(ref.prefix(), webp))
          .attr("sizes", sizes);
    }
    picture.appendChild(img);
  }

  private static String srcset(String prefix, List<ImageVariant> variants) {
    return variants.stream()
        .map(v -> prefix + v.fileName() + " " + v.width() + "w")
        .collect(Collectors.joining(", "));
  }

  /** {@code og:image} and {@code twitter:image} name an absolute URL of a JPEG near 1200 wide. */
  private void shareImage(Document page, PageContext context) {
    for (Element meta : page.select("meta[property=og:image], meta[name=twitter:image]")) {
      Reference ref = reference(meta.attr("content"), context);
      if (ref == null) {
        continue;
      }
      ImageVariant share = ref.photo().atLeast(SHARE_WIDTH);
      meta.attr("content", ref.prefix() + share.fileName());
      if (meta.attr("property").equals("og:image")) {
        page.select("meta[property=og:image:width]").attr("content", "" + share.width());
        page.select("meta[property=og:image:height]").attr("content", "" + share.height());
      }
    }
  }

  private static final java.util.regex.Pattern JSON_LD_IMAGE =
      java.util.regex.Pattern.compile("\"url\":\"([^\"\\\\]+)\"(,\"width\":\\d+,\"height\":\\d+)?");

  /**
   * JSON-LD names images by absolute URL too ({@code "url":…,"width":…,"height":…}): a photo there
   * names the same share-sized JPEG as {@code og:image}, with that variant's size.
   */
  private void jsonLd(Document page, PageContext context) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      String json = script.data();
      java.util.regex.Matcher m = JSON_LD_IMAGE.matcher(json);
      StringBuilder out = new StringBuilder(json.length());
      boolean changed = false;
      while (m.find()) {
        Reference ref = reference(m.group(1), context);
        String replacement = m.group();
        if (ref != null) {
          ImageVariant share = ref.photo().atLeast(SHARE_WIDTH);
          replacement = "\"url\":\"" + ref.prefix() + share.fileName() + "\"";
          if (m.group(2) != null) {
            replacement += ",\"width\":" + share.width() + ",\"height\":" + share.height();
          }
          changed = true;
        }
        m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
      }
      if (changed) {
        m.appendTail(out);
        script.empty().appendChild(new org.jsoup.nodes.DataNode(out.toString()));
      }
    }
  }

  private static final java.util.regex.Pattern TEXT_URL =
      java.util.regex.Pattern.compile("((?:src|href)=(?:\\\\\"|\"|&quot;))([^\"\\\\&<>\\s]+)");

  /**
   * The same rewrite for an output that is not HTML (Atom and JSON feeds, where a note's body is
   * escaped text): every {@code src=} or {@code href=} naming a photo names its JPEG about 1200
   * pixels wide instead, since a feed reader knows no {@code srcset} and the original may not be
   * published.
   */
  public String rewriteText(String text, String outputPath, String siteHost) {
    if (photos.isEmpty() || (text.indexOf("src=") < 0 && text.indexOf("href=") < 0)) {
      return text;
    }
    PageContext context = new PageContext(outputPath, null, siteHost, p -> true);
    java.util.regex.Matcher m = TEXT_URL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      Reference ref = reference(m.group(2), context);
      String url =
          ref == null ? m.group(2) : ref.prefix() + ref.photo().atLeast(SHARE_WIDTH).fileName();
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + url));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A URL that names a processed photo, with what comes before its file name. */
  private record Reference(ProcessedPhoto photo, String prefix) {}

  private Reference reference(String url, PageContext context) {
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("data:")) {
      return null;
    }
    String name = SitePaths.lastName(url);
    if (name != null && !names.contains(name)) {
      return null;
    }
    String path = SitePaths.resolve(context.outputPath(), url, context.siteHost());
    ProcessedPhoto photo = path == null ? null : photos.get(path);
    if (photo == null) {
      return null;
    }
    String bare = url.split("[?#]", 2)[0];
    return new Reference(photo, bare.substring(0, bare.lastIndexOf('/') + 1));
  }
}
