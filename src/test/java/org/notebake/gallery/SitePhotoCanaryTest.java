package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/** A whole bake: published photos keep no metadata; unreferenced photos are not published. */
class SitePhotoCanaryTest {
  @TempDir Path dir;

  @Test
  void publishedPhotosCarryNoMetadataAndUnreferencedOnesStayHome() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
        -- gallery/show.md --
        ---
        publish: true
        title: The show
        cover: wall.jpg
        ---
        ![[Pasted image 20250626173302.jpg|The first wall]]
        """);
    byte[] photo = JpegSegments.jpegWithEverything(6);
    MetadataAssertions.assertHasPrivateMetadata(photo);
    Files.write(site.root().resolve("gallery/Pasted image 20250626173302.jpg"), photo);
    Files.write(site.root().resolve("gallery/wall.jpg"), JpegSegments.jpegWithEverything(1));
    Files.write(site.root().resolve("gallery/unused.jpg"), photo);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("gallery/pasted-image-20250626173302.jpg", "gallery/wall.jpg")
        .doesNotContain("gallery/unused.jpg");
    for (String file : site.files()) {
      byte[] bytes = Files.readAllBytes(site.output().resolve(file));
      assertThat(MetadataAssertions.contains(bytes, JpegSegments.CANARY)).as(file).isFalse();
      assertThat(MetadataAssertions.contains(bytes, "GPSLatitude")).as(file).isFalse();
      if (file.endsWith(".jpg")) {
        MetadataAssertions.assertNoPrivateMetadata(bytes);
      }
    }
    String page = site.read("gallery/show.html");
    assertThat(page)
        .containsPattern(
            "src=\"../gallery/pasted-image-20250626173302.jpg\"[^>]*width=\"\\d+\" height=\"\\d+\"")
        .contains("alt=\"The first wall\"");
    assertThat(page).contains("og:image\" content=\"http://localhost:8820/gallery/wall.jpg\"");
  }
}
