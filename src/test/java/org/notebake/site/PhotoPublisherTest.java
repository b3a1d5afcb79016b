package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Attachment;
import org.notebake.privacy.gate.PrivacyGate;
import org.notebake.progress.Progress;
import org.notebake.vault.SourceFile;

class PhotoPublisherTest {
  @TempDir Path dir;

  /**
   * serve --drafts processes the photos only drafts show apart from the published ones, into its
   * own cache; without cwebp it said so twice, once for each.
   */
  @Test
  void aMissingCwebpIsToldOnceWhenDraftsHavePhotosOfTheirOwn() throws IOException {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SiteFixture.FIELD_NOTES);
    Attachment wall = photo(site.root(), "essays/wall.jpg");
    Attachment lantern = photo(site.root(), "daily/lantern.jpg");
    SiteConfig config = ConfigLoader.load(site.root(), null);
    Diagnostics diagnostics = new Diagnostics();
    PhotoPublisher publisher =
        new PhotoPublisher(
            config,
            diagnostics,
            PrivacyGate.create(config, Map.of(), diagnostics),
            new OutputPaths(),
            Progress.NONE,
            Optional::empty);

    publisher.publish(
        List.of(wall, lantern), Map.of(), Set.of(lantern), null, false, new HashMap<>());

    assertThat(diagnostics.sorted())
        .filteredOn(d -> d.message().startsWith("cwebp was not found"))
        .extracting(Diagnostic::path)
        .containsExactly("essays/wall.jpg");
  }

  /**
   * A photo named near the file system's 255 bytes publishes sizes whose names are longer still: an
   * error at the photo, before any work, not a failed write naming the output folder.
   */
  @Test
  void aPhotoWhoseSizesNamesWouldBeTooLongIsAnErrorAtThePhoto() throws IOException {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SiteFixture.FIELD_NOTES);
    String name = "essays/" + "p".repeat(245) + ".jpg";
    Attachment photo = photo(site.root(), name);
    SiteConfig config = ConfigLoader.load(site.root(), null);
    Diagnostics diagnostics = new Diagnostics();
    PhotoPublisher publisher =
        new PhotoPublisher(
            config,
            diagnostics,
            PrivacyGate.create(config, Map.of(), diagnostics),
            new OutputPaths(),
            Progress.NONE,
            Optional::empty);

    List<Attachment> left =
        publisher.publish(List.of(photo), Map.of(), Set.of(), null, false, new HashMap<>());

    assertThat(left).isEmpty();
    assertThat(diagnostics.sorted())
        .filteredOn(d -> d.severity() == org.notebake.diagnostics.Severity.ERROR)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo(name);
              assertThat(d.message())
                  .contains("-2400w.webp, 256 bytes, over the 255")
                  .endsWith("give the photo a shorter file name");
            });
  }

  private static Attachment photo(Path site, String path) throws IOException {
    Path file = site.resolve("content").resolve(path);
    Files.createDirectories(file.getParent());
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpeg", jpeg);
    Files.write(file, jpeg.toByteArray());
    return new Attachment(
        new SourceFile(
            file,
            path,
            SourceFile.Kind.ATTACHMENT,
            Files.size(file),
            Files.getLastModifiedTime(file).toMillis()),
        path);
  }
}
