package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/** An album's caption line from EXIF: only what privacy.photo.keep allows, never location. */
class AlbumFactsTest {
  @TempDir Path dir;

  private SiteFixture album(String keep) throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve(keep.isEmpty() ? "none" : "kept"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            site.author=Avery Quinn
            publish.folders=gallery
            privacy.photo.keep=%s
            -- content/gallery/show/index.md --
            ---
            title: The show
            date: 2025-06-28
            photos:
              - file: wall.jpg
                alt: The entrance wall
                caption: Before the doors opened.
            ---
            """
                .formatted(keep));
    Files.write(
        site.root().resolve("content/gallery/show/wall.jpg"), JpegSegments.jpegWithEverything(1));
    return site;
  }

  @Test
  void keptFactsFormTheCaptionLineAndLocationNeverDoes() throws Exception {
    SiteFixture site = album("camera,lens,exposure,date");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = site.read("gallery/show/index.html");
    assertThat(page)
        .contains(
            "<figcaption><span class=\"album-caption\">Before the doors opened.</span> <span"
                + " class=\"photo-facts\">FICTIONCAM Model Z1 · Fiction 23mm F2 · 23 mm · f/2.8"
                + " · 1/250 s · ISO 400 · 2025-06-26</span></figcaption>");
    assertThat(page.split("photo-facts", -1)).as("one facts line, not two").hasSize(2);
    assertThat(site.everything())
        .doesNotContain("40,44.2N")
        .doesNotContain("73°")
        .doesNotContain("GPSLatitude")
        .doesNotContain("(c) 2025 A. Example");
    java.util.List<String> variants =
        site.files().stream().filter(f -> f.startsWith("gallery/show/wall-")).toList();
    assertThat(variants).isNotEmpty();
    for (String variant : variants) {
      MetadataAssertions.assertNoPrivateMetadata(
          Files.readAllBytes(site.output().resolve(variant)));
    }
  }

  @Test
  void withoutAKeepListThereIsNoFactsLine() throws Exception {
    SiteFixture site = album("");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("gallery/show/index.html"))
        .doesNotContain("photo-facts\">")
        .doesNotContain("FICTIONCAM")
        .doesNotContain("2025-06-26");
  }
}
