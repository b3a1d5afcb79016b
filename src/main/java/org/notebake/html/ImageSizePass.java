package org.notebake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.notebake.diagnostics.Diagnostics;

/**
 * Gives every published photo on a page its width and height, so the browser reserves the space
 * before the image arrives and nothing jumps while the page loads (no layout shift). An embed's own
 * width ({@code ![[photo.jpg|300]]}) is kept and the height follows the photo's proportions. A
 * photo on a line of its own gets the facts the keep-list allows on a line under it; one within a
 * line of text ({@code The logo ![[logo.png]] sits here.}) stays in the line without them.
 */
public final class ImageSizePass implements HtmlPass {
  /**
   * A published image: width and height after its orientation was applied, and the photo facts the
   * keep-list allows ("" for none).
   */
  public record Size(int width, int height, String facts) {
    public Size(int width, int height) {
      this(width, height, "");
    }
  }

  private final Map<String, Size> sizes;

  public ImageSizePass(Map<String, Size> sizes) {
    this.sizes = sizes;
  }

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    for (Element img : page.getElementsByTag("img")) {
      if (!img.hasAttr("src")) {
        continue;
      }
      String path = resolve(context.outputPath(), img.attr("src"));
      Size size = path == null ? null : sizes.get(path);
      if (size == null || size.width() <= 0 || size.height() <= 0) {
        continue;
      }
      // A facts line under a photo within a sentence would split the sentence in two.
      if (!size.facts().isEmpty() && !img.hasClass("has-facts") && ImageLine.standsAlone(img)) {
        img.addClass("has-facts");
        img.after(new Element("span").addClass("photo-facts").text(size.facts()));
      }
      String width = img.attr("width");
      String height = img.attr("height");
      if (width.isEmpty() && height.isEmpty()) {
        img.attr("width", String.valueOf(size.width()));
        img.attr("height", String.valueOf(size.height()));
      } else if (height.isEmpty() && width.matches("\\d{1,5}")) {
        long scaled = Math.round(Integer.parseInt(width) * (double) size.height() / size.width());
        img.attr("height", String.valueOf(scaled));
      }
    }
  }

  /** A relative src on the page at {@code pagePath} as a site path; null if not site-relative. */
  static String resolve(String pagePath, String src) {
    if (src.isEmpty() || src.startsWith("/") || src.contains(":") || src.startsWith("#")) {
      return null;
    }
    List<String> parts = new ArrayList<>(List.of(pagePath.split("/")));
    parts.remove(parts.size() - 1);
    for (String part : src.split("[?#]")[0].split("/")) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }
}
