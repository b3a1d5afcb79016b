package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.gallery.PhotoFixtures;

/**
 * What an attachment carries that its name does not say (red team, third round): a photo under a
 * document's name, an icon's PNG metadata, files attached to a PDF, its sticky notes.
 */
class HiddenInAttachmentsTest {
  private static final String SITE =
      """
      -- jbake.properties --
      publish.folders=notes
      -- privacy.deny --
      Avery Quinn
      """;

  @TempDir Path dir;

  /** A published note linking to {@code file}, which holds {@code bytes}. */
  private SiteFixture linked(String file, byte[] bytes) throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve(file.replace('.', '-')),
            SITE + "-- content/notes/a.md --\n# A\n\n[the file](" + file + ")\n");
    Files.write(site.root().resolve("content/notes/" + file), bytes);
    return site;
  }

  /**
   * Red team: a JPEG whose position is in its XMP alone, renamed {@code scan.pdf}, went out unread
   * ("cannot be read as a PDF") with its GPS position and creator.
   */
  @Test
  void aPhotoUnderADocumentsNameIsPublishedAsAPhotoWithoutItsMetadata() throws Exception {
    SiteFixture site = linked("scan.pdf", PhotoFixtures.jpegWithXmpAlone());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "notes/scan.pdf: warning: it is a photo (JPEG), whatever its name says (.pdf), so it"
                + " is published as a photo, without its metadata; give it its photo's extension"
                + " (.jpg)")
        .doesNotContain("cannot read");
    PhotoFixtures.assertNoPrivateMetadata(
        Files.readAllBytes(site.output().resolve("notes/scan.pdf")));
  }

  /** Red team: an icon went out as it was, its PNG's author, comment and GPS position in it. */
  @Test
  void anIconIsPublishedWithoutItsPngsMetadata() throws Exception {
    SiteFixture site = linked("favicon-me.ico", PhotoFixtures.icoWithEverything());

    SiteFixture.Result r = site.bake("--verbose");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    byte[] published = Files.readAllBytes(site.output().resolve("notes/favicon-me.ico"));
    assertThat(new String(published, StandardCharsets.ISO_8859_1))
        .doesNotContain(PhotoFixtures.CANARY)
        .doesNotContain("eXIf")
        .doesNotContain("tEXt");
    assertThat(r.out()).doesNotContain("favicon-me.ico ("); // not listed as unread: nothing is
  }

  /**
   * Red team: a photo attached to a PDF went out in it with its GPS position, camera and artist,
   * while the warning said "not published".
   */
  @Test
  void aPhotoAttachedToAPdfIsLeftOutOfItWithAWarningNamingIt() throws Exception {
    SiteFixture site =
        linked(
            "brochure.pdf",
            org.notebake.privacy.files.PdfAttachmentsTest.brochure(
                java.util.Map.of("photo.jpg", PhotoFixtures.jpegWithEverything(1)), null, null));

    SiteFixture.Result r = site.bake("--verbose");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "notes/brochure.pdf: warning: the file \"photo.jpg\" attached to it is left out of the"
                + " published copy: a reader opens it with a click, metadata and all, and only a"
                + " text file the privacy scan reads whole stays; link it from the note beside the"
                + " PDF if it is meant to be read");
    assertThat(r.out()).doesNotContain("brochure.pdf (");
    byte[] published = Files.readAllBytes(site.output().resolve("notes/brochure.pdf"));
    assertThat(new String(published, StandardCharsets.ISO_8859_1))
        .doesNotContain(PhotoFixtures.CANARY)
        .doesNotContain("photo.jpg");
  }

  /** Red team: a sticky note went out silently, with its author's name. */
  @Test
  void aPdfsStickyNoteIsToldAndLosesItsAuthor() throws Exception {
    SiteFixture site =
        linked("brochure.pdf", org.notebake.privacy.files.PdfCommentsTest.withAStickyNote());

    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains(
            "notes/brochure.pdf: warning: it keeps 1 comment (a sticky note), which anyone who"
                + " opens it can read, even if your screen hides them; their authors' names are"
                + " removed; remove them (a PDF reader's Comments list) unless they are meant to"
                + " be read")
        .contains("notes/brochure.pdf: error: phone number \"912 *** **42\"")
        .doesNotContain("Avery Quinn");
  }
}
