package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;

class ImageSizePassTest {
  private final ImageSizePass pass =
      new ImageSizePass(Map.of("gallery/wall.jpg", new ImageSizePass.Size(1200, 800)));

  private String apply(String html) {
    Document page = Jsoup.parse(html);
    PageContext context =
        new PageContext("essays/a.html", null, "https://example.org/", Set.of()::contains);
    pass.apply(page, context, new Diagnostics());
    return page.body().html();
  }

  @Test
  void aPublishedPhotoGetsItsSize() {
    assertThat(apply("<img src=\"../gallery/wall.jpg\" alt=\"\">"))
        .isEqualTo("<img src=\"../gallery/wall.jpg\" alt=\"\" width=\"1200\" height=\"800\">");
  }

  @Test
  void anEmbedWidthKeepsTheProportions() {
    assertThat(apply("<img src=\"../gallery/wall.jpg\" width=\"300\">"))
        .isEqualTo("<img src=\"../gallery/wall.jpg\" width=\"300\" height=\"200\">");
  }

  @Test
  void unknownAndExternalImagesAreLeftAlone() {
    assertThat(apply("<img src=\"https://example.org/x.jpg\"><img src=\"wall.jpg\">"))
        .isEqualTo("<img src=\"https://example.org/x.jpg\"><img src=\"wall.jpg\">");
  }

  @Test
  void keptPhotoFactsAreShownRightAfterThePhotoOnce() {
    ImageSizePass withFacts =
        new ImageSizePass(
            Map.of("gallery/wall.jpg", new ImageSizePass.Size(1200, 800, "X100V · f/2 · ISO 400")));
    Document page = Jsoup.parse("<p><img src=\"../gallery/wall.jpg\"></p>");
    PageContext context =
        new PageContext("essays/a.html", null, "https://example.org/", Set.of()::contains);
    withFacts.apply(page, context, new Diagnostics());
    withFacts.apply(page, context, new Diagnostics());
    assertThat(page.select("span.photo-facts"))
        .singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo("X100V · f/2 · ISO 400"));
  }

  private static final ImageSizePass WITH_FACTS =
      new ImageSizePass(
          Map.of("gallery/wall.jpg", new ImageSizePass.Size(1200, 800, "X100V · f/2 · ISO 400")));

  private static Document withFacts(String body) {
    Document page = Jsoup.parse(body);
    WITH_FACTS.apply(
        page,
        new PageContext("essays/a.html", null, "https://example.org/", Set.of()::contains),
        new Diagnostics());
    return page;
  }

  @Test
  void anImageWithinASentenceStaysInTheLineWithoutAFactsLine() {
    Document page =
        withFacts("<p>The logo <img src=\"../gallery/wall.jpg\" width=\"40\"> sits here.</p>");
    assertThat(page.select("span.photo-facts, figure, figcaption")).isEmpty();
    assertThat(page.body().html())
        .isEqualTo(
            "<p>The logo <img src=\"../gallery/wall.jpg\" width=\"40\" height=\"27\"> sits"
                + " here.</p>");
  }

  @Test
  void anImageBesideAnotherOnOneLineGetsNoFactsLine() {
    Document page =
        withFacts("<p><img src=\"../gallery/wall.jpg\"> <img src=\"../gallery/wall.jpg\"></p>");
    assertThat(page.select("span.photo-facts")).isEmpty();
  }

  @Test
  void anImageInsideALinkWithTextStaysInTheLine() {
    Document page =
        withFacts("<p><a href=\"x.html\"><img src=\"../gallery/wall.jpg\"> Download</a></p>");
    assertThat(page.select("span.photo-facts")).isEmpty();
  }

  @Test
  void anImageOnALineOfItsOwnKeepsItsFactsLine() {
    assertThat(withFacts("<p><img src=\"../gallery/wall.jpg\"></p>").select("span.photo-facts"))
        .hasSize(1);
    assertThat(
            withFacts("<p>The wall:<br>\n<img src=\"../gallery/wall.jpg\"><br>\nThen more.</p>")
                .select("span.photo-facts"))
        .as("a line break either side")
        .hasSize(1);
    assertThat(
            withFacts("<p><a href=\"wall.html\"><img src=\"../gallery/wall.jpg\"></a></p>")
                .select("span.photo-facts"))
        .as("a link around the photo alone")
        .hasSize(1);
    assertThat(
            withFacts("<figure class=\"cover\"><img src=\"../gallery/wall.jpg\"></figure>")
                .select("span.photo-facts"))
        .as("a template's cover")
        .hasSize(1);
  }

  @Test
  void relativeSourcesResolveAgainstThePage() {
    assertThat(ImageSizePass.resolve("a/b/c.html", "../../x/y.png")).isEqualTo("x/y.png");
    assertThat(ImageSizePass.resolve("c.html", "../y.png")).isNull();
  }
}
