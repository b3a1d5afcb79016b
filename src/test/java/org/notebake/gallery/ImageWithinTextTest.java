package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/**
 * A photo embedded within a sentence stays in its line, as Obsidian shows it: no facts line splits
 * the sentence, while a photo on a line of its own keeps its facts line under it.
 */
class ImageWithinTextTest {
  @TempDir Path dir;

  @Test
  void aPhotoWithinASentenceStaysInItsLineAndKeepsItsSizeAltAndLazyLoading() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            publish.folders=notes
            privacy.photo.keep=camera,exposure
            -- content/notes/icons.md --
            ---
            title: Icons
            date: 2025-07-01
            ---
            ![[wall.jpg|The wall on its own]]

            The badge ![[wall.jpg|a blue badge]] sits in this sentence.

            Small ![[wall.jpg|40]] and ![[wall.jpg|40x30]] within text.

            A standard ![a blue badge](wall.jpg) image in a line.
            """);
    Files.write(site.root().resolve("content/notes/wall.jpg"), JpegSegments.jpegWithEverything(1));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .as("an embed within text is still held to alt text")
        .contains("the photo \"wall.jpg\" has no alt text");
    Document page = Jsoup.parse(site.read("notes/icons.html"));
    Element sentence = paragraph(page, "sits in this sentence");
    assertThat(sentence.text()).isEqualTo("The badge sits in this sentence.");
    assertThat(sentence.select(".photo-facts, figure, figcaption, div")).isEmpty();
    Element badge = sentence.selectFirst("img");
    assertThat(badge.attr("alt")).isEqualTo("a blue badge");
    assertThat(badge.attr("width") + "x" + badge.attr("height")).isEqualTo("40x20");
    assertThat(badge.attr("loading")).isEqualTo("lazy");
    Element sized = paragraph(page, "within text");
    assertThat(sized.select(".photo-facts")).isEmpty();
    assertThat(sized.select("img"))
        .extracting(img -> img.attr("width") + "x" + img.attr("height"))
        .containsExactly("40x20", "40x30");
    assertThat(paragraph(page, "image in a line").select(".photo-facts")).isEmpty();
    assertThat(page.select(".photo-facts"))
        .as("the photo on its own line keeps its facts line")
        .singleElement()
        .satisfies(
            facts -> {
              assertThat(facts.text()).contains("FICTIONCAM");
              assertThat(facts.parent().select("img").attr("alt")).isEqualTo("The wall on its own");
            });
    assertThat(site.everything()).doesNotContain("40,44.2N").doesNotContain("GPSLatitude");
    MetadataAssertions.assertNoPrivateMetadata(
        Files.readAllBytes(site.output().resolve("notes/wall-40w.jpg")));
  }

  private static Element paragraph(Document page, String text) {
    return page.select("p").stream()
        .filter(p -> p.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph with \"" + text + "\""));
  }
}
