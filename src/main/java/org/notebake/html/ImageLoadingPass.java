package org.notebake.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.notebake.diagnostics.Diagnostics;

/**
 * Lets the browser defer images: every {@code img} gets {@code loading="lazy"} unless it says
 * otherwise, and {@code decoding="async"}. The first image in {@code main} that stands on its own
 * line is the likely Largest Contentful Paint, which lazy loading would delay, so it is fetched
 * eagerly and first instead (an icon within a sentence is passed over).
 *
 * <pre>{@code
 * <main><img src="a.jpg"><img src="b.jpg"></main>
 * -> <main><img src="a.jpg" loading="eager" fetchpriority="high" decoding="async">
 *          <img src="b.jpg" loading="lazy" decoding="async"></main>
 * }</pre>
 */
public final class ImageLoadingPass implements HtmlPass {

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    org.jsoup.select.Elements images = page.getElementsByTag("img");
    Element hero = hero(images);
    for (Element image : images) {
      if (image == hero) {
        // Overrides a renderer's default lazy: deferring the LCP image only slows the page.
        image.attr("loading", "eager");
        setIfAbsent(image, "fetchpriority", "high");
      } else {
        setIfAbsent(image, "loading", "lazy");
      }
      setIfAbsent(image, "decoding", "async");
    }
  }

  /**
   * The first image in {@code main} that stands on a line of its own ({@link ImageLine}): an icon
   * within a sentence above a photo is not the page's largest paint, the photo is. Else the first
   * image in {@code main}, if any.
   */
  private static Element hero(List<Element> images) {
    Element first = null;
    for (Element image : images) {
      if (inMain(image)) {
        if (ImageLine.standsAlone(image)) {
          return image;
        }
        if (first == null) {
          first = image;
        }
      }
    }
    return first;
  }

  private static void setIfAbsent(Element image, String key, String value) {
    if (!image.hasAttr(key)) {
      image.attr(key, value);
    }
  }

  /** The first such image is {@code main img}, without evaluating a CSS query on every element. */
  private static boolean inMain(Element image) {
    for (Element parent = image.parent(); parent != null; parent = parent.parent()) {
      if (parent.normalName().equals("main")) {
        return true;
      }
    }
    return false;
  }
}
