package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team: a symbolic link inside the vault gave a private note or photo a second path, and what
 * decides privacy by place (publish.folders, a sidecar) looked at that path only. Private by any
 * path now.
 */
class SymbolicLinkPrivacyTest {
  @TempDir Path dir;

  @Test
  void aLinkedFolderInAPublishedFolderDoesNotPublishANotePrivateWhereItIs() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=essays
            -- content/essays/open.md --
            An essay.
            -- content/journal/day.md --
            CANARY-LINKED-JOURNAL, private by its place.
            """);
    Path content = site.root().resolve("content");
    Files.createSymbolicLink(content.resolve("essays/j"), content.resolve("journal"));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "content/essays/j/day.md: warning: is a symbolic link to a note that is private where"
                + " it is");
    assertThat(r.out()).contains("notes published 1 of 3");
    assertThat(site.everything()).doesNotContain("CANARY-LINKED-JOURNAL");
    assertThat(site.files()).noneMatch(f -> f.contains("day"));
  }

  @Test
  void aLinkToAPhotoItsSidecarWithholdsDoesNotPublishIt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=essays
            -- content/photos/secret.png.md --
            ---
            publish: false
            ---
            -- content/essays/open.md --
            ![[shown.png]]
            """);
    Path content = site.root().resolve("content");
    AlbumSiteTest.photo(content.resolve("photos/secret.png"), java.awt.Color.RED, "png");
    Files.createSymbolicLink(
        content.resolve("essays/shown.png"), content.resolve("photos/secret.png"));

    SiteFixture.Result r = site.bake();

    // The embed finds no public file: a warning, the embed shown as its name, and no photo.
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("content/essays/open.md:1:1: warning:").contains("shown.png");
    assertThat(site.files()).noneMatch(f -> f.endsWith(".png"));
    assertThat(site.read("essays/open.html")).contains("<span class=\"broken-embed\">shown.png");
  }
}
