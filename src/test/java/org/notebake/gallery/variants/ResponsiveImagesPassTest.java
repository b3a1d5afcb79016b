package org.notebake.gallery.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.PageContext;

class ResponsiveImagesPassTest {
  private static final String HOST = "https://avery.example.org/portfolio/";

  /** A 3000x2000 photo with WebP and JPEG variants at 480, 960, 1600 and 2400. */
  private static ProcessedPhoto tulips(boolean webp) {
    List<ImageVariant> variants = new ArrayList<>();
    for (int w : List.of(480, 960, 1600, 2400)) {
      int h = w * 2 / 3;
      String stem = "gallery/spring/tulips-" + w + "w.";
      variants.add(new ImageVariant(stem + "jpg", VariantFormat.JPEG, w, h));
      if (webp) {
        variants.add(new ImageVariant(stem + "webp", VariantFormat.WEBP, w, h));
      }
    }
    return new ProcessedPhoto(
        "gallery/spring/tulips.jpg", 3000, 2000, "", "#6b7a3c", variants, false);
  }

  private static Document run(String body, String pagePath, boolean webp) {
    Document page = Jsoup.parse(body);
    page.outputSettings().prettyPrint(false);
    new ResponsiveImagesPass(Map.of("gallery/spring/tulips.jpg", tulips(webp)))
        .apply(page, new PageContext(pagePath, null, HOST, p -> true), new Diagnostics());
    return page;
  }

  @Test
  void anImgBecomesAPictureWithWebpAndJpegSrcsets() {
    Document page =
        run(
            "<main><p><img src=\"spring/tulips.jpg\" alt=\"Red tulips\"></p></main>",
            "gallery/show.html",
            true);

    assertThat(page.select("main").html())
        .isEqualTo(
            "<p><picture><source type=\"image/webp\" srcset=\"spring/tulips-480w.webp 480w,"
                + " spring/tulips-960w.webp 960w, spring/tulips-1600w.webp 1600w,"
                + " spring/tulips-2400w.webp 2400w\" sizes=\"(min-width: 50rem) 50rem, 100vw\">"
                + "<img src=\"spring/tulips-960w.jpg\" alt=\"Red tulips\" width=\"3000\""
                + " height=\"2000\" srcset=\"spring/tulips-480w.jpg 480w,"
                + " spring/tulips-960w.jpg 960w, spring/tulips-1600w.jpg 1600w,"
                + " spring/tulips-2400w.jpg 2400w\" sizes=\"(min-width: 50rem) 50rem, 100vw\""
                + " loading=\"eager\" fetchpriority=\"high\" decoding=\"async\""
                + " style=\"background-color:#6b7a3c\"></picture></p>");
  }

  /**
   * A transparent PNG (a logo) stayed on a dark box: the placeholder colour behind it is for
   * photos, which cover it once loaded.
   */
  @Test
  void aTransparentPictureGetsNoPlaceholderColour() {
    List<ImageVariant> variants = new ArrayList<>();
    for (int w : List.of(480, 960)) {
      variants.add(new ImageVariant("essays/logo-png-" + w + "w.png", VariantFormat.PNG, w, w / 2));
    }
    Document page = Jsoup.parse("<main><img src=\"logo.png\" alt=\"A blue disc\"></main>");
    new ResponsiveImagesPass(
            Map.of(
                "essays/logo.png",
                new ProcessedPhoto("essays/logo.png", 960, 480, "", "#081430", variants, false)))
        .apply(page, new PageContext("essays/a.html", null, HOST, p -> true), new Diagnostics());

    assertThat(page.selectFirst("img").attr("src")).endsWith(".png");
    assertThat(page.selectFirst("img").hasAttr("style")).isFalse();
  }

  @Test
  void laterImagesAreLazyAndTheirOwnSizesAttributeIsKept() {
    Document page =
        run(
            "<main><img src=\"../gallery/spring/tulips.jpg\" alt=\"a\">"
                + "<img src=\"../gallery/spring/tulips.jpg\" alt=\"b\" sizes=\"20rem\"></main>",
            "essays/a.html",
            true);

    var images = page.select("img");
    assertThat(images.get(1).attr("loading")).isEqualTo("lazy");
    assertThat(images.get(1).attr("sizes")).isEqualTo("20rem");
    assertThat(images.get(1).parent().selectFirst("source").attr("sizes")).isEqualTo("20rem");
    assertThat(images.get(1).attr("src")).isEqualTo("../gallery/spring/tulips-960w.jpg");
  }

  @Test
  void anAskedWidthBelowThePhotosOwnBecomesTheSizes() {
    Document page =
        run("<img src=\"spring/tulips.jpg\" alt=\"a\" width=\"300\">", "gallery/show.html", true);

    assertThat(page.selectFirst("img").attr("sizes")).isEqualTo("min(300px, 100vw)");
    assertThat(page.selectFirst("img").attr("height")).isEqualTo("200");
  }

  @Test
  void withoutWebpThereIsNoSourceElement() {
    Document page = run("<img src=\"spring/tulips.jpg\" alt=\"a\">", "gallery/show.html", false);

    assertThat(page.select("picture > source")).isEmpty();
    assertThat(page.selectFirst("picture > img").attr("srcset"))
        .startsWith("spring/tulips-480w.jpg 480w");
  }

  @Test
  void aLinkToThePhotoGoesToItsLargestJpegWithItsSize() {
    Document page = run("<a href=\"spring/tulips.jpg\">full size</a>", "gallery/show.html", true);

    assertThat(page.selectFirst("a").outerHtml())
        .isEqualTo(
            "<a href=\"spring/tulips-2400w.jpg\" data-width=\"2400\" data-height=\"1600\">"
                + "full size</a>");
  }

  @Test
  void shareImagesGetAJpegAbout1200WideAtTheSameAbsoluteAddress() {
    Document page =
        run(
            "<head><meta property=\"og:image\" content=\""
                + HOST
                + "gallery/spring/tulips.jpg\"><meta property=\"og:image:width\" content=\"3000\">"
                + "<meta property=\"og:image:height\" content=\"2000\"></head>",
            "gallery/show.html",
            true);

    assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
        .isEqualTo(HOST + "gallery/spring/tulips-1600w.jpg");
    assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
    assertThat(page.selectFirst("meta[property=og:image:height]").attr("content"))
        .isEqualTo("1066");
  }

  @Test
  void otherImagesAndPicturesMadeByTemplatesAreLeftAlone() {
    String body =
        "<img src=\"spring/other.jpg\" alt=\"x\"><img src=\"https://example.org/tulips.jpg\">"
            + "<picture><img src=\"spring/tulips.jpg\" alt=\"y\"></picture>";
    Document page = run(body, "gallery/show.html", true);

    assertThat(page.body().html()).isEqualTo(body.replace("alt=\"x\"", "alt=\"x\""));
  }

  @Test
  void feedsNameAJpegAbout1200WideInEscapedAndJsonText() {
    ResponsiveImagesPass pass =
        new ResponsiveImagesPass(Map.of("gallery/spring/tulips.jpg", tulips(true)));

    assertThat(
            pass.rewriteText(
                "&lt;img src=&quot;gallery/spring/tulips.jpg&quot; alt=&quot;t&quot;&gt;"
                    + " {\"content_html\": \"<img src=\\\""
                    + HOST
                    + "gallery/spring/tulips.jpg\\\">\"} src=\"other.jpg\"",
                "feed.xml",
                HOST))
        .isEqualTo(
            "&lt;img src=&quot;gallery/spring/tulips-1600w.jpg&quot; alt=&quot;t&quot;&gt;"
                + " {\"content_html\": \"<img src=\\\""
                + HOST
                + "gallery/spring/tulips-1600w.jpg\\\">\"} src=\"other.jpg\"");
  }
}
