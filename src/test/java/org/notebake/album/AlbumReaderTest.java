package org.notebake.album;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Attachment;
import org.notebake.publish.Note;
import org.notebake.vault.FrontMatterParser;
import org.notebake.vault.ParsedNote;
import org.notebake.vault.SourceFile;

class AlbumReaderTest {
  private static final String FOLDER = "gallery/show";

  private final Diagnostics diagnostics = new Diagnostics();
  private final Map<String, LocalDateTime> taken = new HashMap<>();
  private final Map<String, Sidecar> sidecars = new HashMap<>();
  private final List<String> probed = new ArrayList<>();

  private Album read(String frontMatter, String... files) {
    return read(frontMatter, false, files);
  }

  private Album read(String frontMatter, boolean facts, String... files) {
    ParsedNote parsed =
        new FrontMatterParser()
            .parse(FOLDER + "/index.md", "---\n" + frontMatter + "---\nReflection.\n", diagnostics);
    Note index =
        new Note(
            source(FOLDER + "/index.md", SourceFile.Kind.NOTE),
            parsed.frontMatter(),
            parsed.body(),
            "The show",
            "gallery",
            ZonedDateTime.of(2025, 6, 28, 0, 0, 0, 0, ZoneOffset.UTC),
            null,
            List.of(),
            List.of(),
            FOLDER + "/index.html");
    List<Attachment> attachments = new ArrayList<>();
    for (String file : files) {
      attachments.add(
          new Attachment(
              source(FOLDER + "/" + file, SourceFile.Kind.ATTACHMENT), FOLDER + "/" + file));
    }
    PhotoProbe probe =
        photo -> {
          probed.add(AlbumFolder.fileName(photo.relativePath()));
          return new PhotoProbe.Probed(
              taken.get(AlbumFolder.fileName(photo.relativePath())),
              facts ? "Model Z1 · f/2.8" : "");
        };
    Album album = new AlbumReader(probe, facts, diagnostics).read(index, attachments, sidecars);
    // The site tells these once the album's page is rendered, unless it embeds the photo.
    album.missingAlt().values().forEach(diagnostics::add);
    return album;
  }

  private void sidecar(String photo, String frontMatter) {
    String path = FOLDER + "/" + photo + ".md";
    ParsedNote parsed =
        new FrontMatterParser().parse(path, "---\n" + frontMatter + "---\n", diagnostics);
    sidecars.put(
        FOLDER + "/" + photo,
        new Sidecar(
            source(path, SourceFile.Kind.NOTE),
            FOLDER + "/" + photo,
            parsed.frontMatter(),
            parsed.malformed()));
  }

  private static SourceFile source(String path, SourceFile.Kind kind) {
    return new SourceFile(Path.of("/vault").resolve(path), path, kind, 10, 0);
  }

  private static List<String> names(Album album) {
    return album.photos().stream().map(AlbumPhoto::name).toList();
  }

  private List<String> warnings() {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void photosAreSortedByNameByDefault() {
    Album album = read("title: Show\n", "c.jpg", "A.png", "b.webp");
    assertThat(names(album)).containsExactly("A.png", "b.webp", "c.jpg");
    assertThat(probed).as("no facts kept, no date order: nothing is read").isEmpty();
  }

  @Test
  void dateOrderUsesDateTakenAndPutsUndatedPhotosLast() {
    taken.put("a.jpg", LocalDateTime.of(2025, 6, 28, 20, 0));
    taken.put("b.jpg", LocalDateTime.of(2025, 6, 28, 18, 30));
    Album album = read("order: date\n", "a.jpg", "b.jpg", "c.jpg");
    assertThat(names(album)).containsExactly("b.jpg", "a.jpg", "c.jpg");
  }

  @Test
  void explicitOrderListsFirstThenTheRestByNameAndWarnsAboutUnknownNames() {
    Album album = read("order: [c.jpg, a.jpg, gone.jpg]\n", "a.jpg", "b.jpg", "c.jpg", "d.jpg");
    assertThat(names(album)).containsExactly("c.jpg", "a.jpg", "b.jpg", "d.jpg");
    assertThat(warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("gallery/show/index.md:2:1: warning: order: lists \"gone.jpg\""));
  }

  @Test
  void unknownOrderWordIsAWarningAndFallsBackToName() {
    Album album = read("title: Show\norder: shuffle\n", "b.jpg", "a.jpg");
    assertThat(names(album)).containsExactly("a.jpg", "b.jpg");
    assertThat(warnings())
        .anySatisfy(w -> assertThat(w).contains("index.md:3:1").contains("shuffle"));
  }

  @Test
  void sidecarGivesAltAndCaptionAndWinsOverThePhotosList() {
    sidecar("a.jpg", "alt: Sidecar alt\ncaption: Sidecar caption\n");
    Album album =
        read(
            """
            photos:
              - file: a.jpg
                alt: List alt
              - file: b.jpg
                alt: Two prints on a white wall
                caption: Before the doors opened.
            """,
            "a.jpg",
            "b.jpg");
    assertThat(album.photos().get(0).alt()).isEqualTo("Sidecar alt");
    assertThat(album.photos().get(0).caption()).isEqualTo("Sidecar caption");
    assertThat(album.photos().get(1).alt()).isEqualTo("Two prints on a white wall");
    assertThat(album.photos().get(1).caption()).isEqualTo("Before the doors opened.");
    assertThat(diagnostics.warningCount()).as(warnings().toString()).isZero();
  }

  @Test
  void missingAltIsAWarningNamingThePhotoAndTheSidecarToWrite() {
    Album album = read("title: Show\n", "IMG_2041.jpg");
    assertThat(album.photos().get(0).alt()).isEmpty();
    assertThat(warnings())
        .singleElement()
        .satisfies(
            w ->
                assertThat(w)
                    .startsWith(
                        "gallery/show/IMG_2041.jpg: warning: the photo \"IMG_2041.jpg\" has no alt text")
                    .contains("write a sidecar \"IMG_2041.jpg.md\" beside it")
                    .contains("under photos: in the album's index.md"));
  }

  @Test
  void sidecarWithoutAltIsWarnedAtTheSidecar() {
    sidecar("a.jpg", "caption: Only a caption\n");
    read("title: Show\n", "a.jpg");
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("gallery/show/a.jpg.md:1:1: warning:"));
  }

  @Test
  void listedEntryWithoutAltIsWarnedAtThePhotosLine() {
    read("title: Show\nphotos:\n  - file: a.jpg\n    caption: Hi\n", "a.jpg");
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("gallery/show/index.md:3:1: warning:"));
  }

  @Test
  void fileNameAsAltTextIsAWarning() {
    sidecar("IMG_2041.jpg", "alt: IMG_2041\n");
    read("title: Show\n", "IMG_2041.jpg");
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("is its file name"));
  }

  @Test
  void privatePhotosAreLeftOutWhetherTheSidecarOrTheListSaysSo() {
    sidecar("secret.jpg", "alt: A private photo\npublish: false\n");
    sidecar("draft.jpg", "alt: Not yet\ndraft: true\n");
    Album album =
        read(
            "photos:\n  - file: test.jpg\n    alt: Test print\n    publish: false\n",
            "public.jpg",
            "secret.jpg",
            "draft.jpg",
            "test.jpg");
    assertThat(names(album)).containsExactly("public.jpg");
  }

  @Test
  void coverIsTheNamedPhotoElseTheFirstAndNeverAPrivateOne() {
    sidecar("b.jpg", "alt: Hidden\npublish: false\n");
    assertThat(read("cover: c.jpg\n", "a.jpg", "c.jpg").cover().map(AlbumPhoto::name))
        .hasValue("c.jpg");
    assertThat(read("title: x\n", "a.jpg", "c.jpg").cover().map(AlbumPhoto::name))
        .hasValue("a.jpg");
    assertThat(read("cover: \"[[b.jpg]]\"\n", "a.jpg", "b.jpg").cover()).isEmpty();
  }

  @Test
  void heicAndTiffAreReportedAndLeftOut() {
    Album album = read("title: x\n", "a.jpg", "b.heic", "c.tiff", "notes.pdf");
    assertThat(names(album)).containsExactly("a.jpg");
    assertThat(warnings())
        .anySatisfy(
            w -> assertThat(w).startsWith("gallery/show/b.heic: warning: HEIC photos cannot"))
        .anySatisfy(
            w -> assertThat(w).startsWith("gallery/show/c.tiff: warning: TIFF photos cannot"));
  }

  @Test
  void factsAreReadOnlyWhenTheKeepListAllowsThem() {
    sidecar("a.jpg", "alt: Wall\n");
    Album album = read("title: x\n", true, "a.jpg");
    assertThat(album.photos().get(0).facts()).isEqualTo("Model Z1 · f/2.8");
    assertThat(probed).containsExactly("a.jpg");
  }

  @Test
  void photosListEntryForAFileNotInTheFolderIsAWarning() {
    read("photos:\n  - file: elsewhere.jpg\n    alt: x\n  - just text\n", "a.jpg");
    assertThat(warnings())
        .anySatisfy(w -> assertThat(w).contains("photos: lists \"elsewhere.jpg\""))
        .anySatisfy(w -> assertThat(w).contains("has no file:"));
  }

  @Test
  void oddUnicodeNamesSortAndMatchAsWritten() {
    sidecar("café ☕.jpg", "alt: A cup on a sill\n");
    Album album = read("order: [\"café ☕.jpg\"]\n", "zebra.jpg", "café ☕.jpg");
    assertThat(names(album)).containsExactly("café ☕.jpg", "zebra.jpg");
    assertThat(album.photos().get(0).alt()).isEqualTo("A cup on a sill");
  }
}
