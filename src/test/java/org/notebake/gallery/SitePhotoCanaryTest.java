package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

    SiteFixture.Result r = site.bake("--base-url", "https://avery.example.org/");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains(
            "gallery/pasted-image-20250626173302-20w.jpg",
            "gallery/pasted-image-20250626173302-20w.webp",
            "gallery/wall-40w.jpg")
        .doesNotContain("gallery/pasted-image-20250626173302.jpg", "gallery/wall.jpg")
        .noneMatch(file -> file.startsWith("gallery/unused"));
    for (String file : site.files()) {
      byte[] bytes = Files.readAllBytes(site.output().resolve(file));
      assertThat(MetadataAssertions.contains(bytes, JpegSegments.CANARY)).as(file).isFalse();
      assertThat(MetadataAssertions.contains(bytes, "GPSLatitude")).as(file).isFalse();
      if (file.endsWith(".jpg") || file.endsWith(".webp")) {
        MetadataAssertions.assertNoPrivateMetadata(bytes);
      }
    }
    String page = site.read("gallery/show.html");
    assertThat(page)
        .containsPattern(
            "src=\"../gallery/pasted-image-20250626173302-20w.jpg\"[^>]*width=\"20\" height=\"40\"")
        .contains("alt=\"The first wall\"");
    assertThat(page)
        .contains("og:image\" content=\"https://avery.example.org/gallery/wall-40w.jpg\"");
  }

  @Test
  void keptCameraFactsAppearBesideThePhotoButNeverInsideItAndNeverGps() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
        -- jbake.properties --
        publish.folders=gallery
        privacy.photo.keep=camera,exposure
        -- content/gallery/show.md --
        ![[wall.jpg|The wall]]
        """);
    Files.write(
        site.root().resolve("content/gallery/wall.jpg"), JpegSegments.jpegWithEverything(1));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = site.read("gallery/show.html");
    assertThat(page).contains("class=\"photo-facts\"").contains("FICTIONCAM");
    assertThat(site.everything()).doesNotContain("40,44.2N").doesNotContain("GPSLatitude");
    MetadataAssertions.assertNoPrivateMetadata(
        Files.readAllBytes(site.output().resolve("gallery/wall-40w.jpg")));
  }

  @Test
  void photosAndTextInTheSitesOwnAssetsAreCheckedToo() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
        -- jbake.properties --
        publish.folders=pages
        -- content/pages/about.md --
        About me.
        -- assets/contact.html --
        <p>Call 912 555 0142</p>
        """);
    Files.createDirectories(site.root().resolve("assets/img"));
    Files.write(site.root().resolve("assets/img/me.jpg"), JpegSegments.jpegWithEverything(1));

    SiteFixture.Result failed = site.bake();
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err()).contains("contact.html").contains("phone number");

    Files.delete(site.root().resolve("assets/contact.html"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    MetadataAssertions.assertNoPrivateMetadata(
        Files.readAllBytes(site.output().resolve("img/me.jpg")));
  }

  @Test
  void aPhotoPastedAsADataUrlLosesItsMetadataOnEveryPageAndFeed() throws Exception {
    String photo = java.util.Base64.getEncoder().encodeToString(JpegSegments.jpegWithEverything(1));
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("inline"),
            "-- jbake.properties --\npublish.folders=notes\n-- content/notes/a.md --\n"
                + "---\ntitle: A\ndate: 2025-07-01\n---\n![garden](data:image/jpeg;base64,"
                + photo
                + ")\n\n<img alt=\"again\" src=\"data:image/jpeg;base64,"
                + photo
                + "\">\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    java.util.regex.Pattern data =
        java.util.regex.Pattern.compile("data:image/jpeg;base64,([A-Za-z0-9+/=]+)");
    int found = 0;
    for (String file : site.files()) {
      java.util.regex.Matcher m = data.matcher(site.read(file));
      while (m.find()) {
        found++;
        byte[] published = java.util.Base64.getDecoder().decode(m.group(1));
        MetadataAssertions.assertNoPrivateMetadata(published);
        assertThat(MetadataAssertions.contains(published, JpegSegments.CANARY)).as(file).isFalse();
      }
    }
    assertThat(found).as("the photo is still shown, on the page and in the feed").isGreaterThan(2);
  }

  /**
   * A photo pasted as a data: URL in each spelling a browser draws (checked in headless Chromium):
   * before, only {@code data:image/jpeg;base64,} in lowercase was stripped, and the others were
   * published with their GPS position.
   */
  @Test
  void aPhotoPastedAsADataUrlInAnySpellingABrowserShowsLosesItsMetadata() throws Exception {
    byte[] jpeg = JpegSegments.jpegWithEverything(1);
    String photo = java.util.Base64.getEncoder().encodeToString(jpeg);
    StringBuilder raw = new StringBuilder();
    for (byte b : jpeg) {
      raw.append('%').append(String.format("%02X", b & 0xff));
    }
    String[] urls = {
      "data:image/jpeg;bAsE64," + photo,
      "data:image/jpeg;name=me.jpg;base64," + photo,
      "data:image/jpeg;base64," + java.net.URLEncoder.encode(photo, StandardCharsets.US_ASCII),
      "data:image/jpeg," + raw,
    };
    String[] html = {
      "DATA:IMAGE/JPEG;BaSe64," + photo,
      "data:image/jpeg;base64," + String.join("\n", photo.split("(?<=\\G.{76})")),
      "data:ima&#9;ge/jpeg;base64," + photo,
      "data:image/jpeg;  base64," + photo,
    };
    StringBuilder vault = new StringBuilder("-- jbake.properties --\npublish.folders=notes\n");
    for (int i = 0; i < urls.length; i++) {
      vault.append("-- content/notes/md").append(i).append(".md --\n");
      vault.append("---\ntitle: M").append(i).append("\ndate: 2025-07-01\n---\n");
      vault.append("![photo](").append(urls[i]).append(")\n");
    }
    for (int i = 0; i < html.length; i++) {
      vault.append("-- content/notes/html").append(i).append(".md --\n");
      vault.append("---\ntitle: H").append(i).append("\ndate: 2025-07-01\n---\n");
      vault.append("<img alt=\"photo\" src=\"").append(html[i]).append("\">\n");
    }
    SiteFixture site = SiteFixture.of(dir.resolve("spellings"), vault.toString());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    int found = 0;
    for (String file : site.files()) {
      // Read as a browser would read any of them: references resolved (twice, for a feed's
      // escaped HTML), tabs and line breaks dropped, any case.
      String text =
          org.jsoup.parser.Parser.unescapeEntities(
                  org.jsoup.parser.Parser.unescapeEntities(site.read(file), false), false)
              .replaceAll("[\t\n\r]", "")
              .replace("\\/", "/");
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?i)data:image/[^,\"'<>\\\\]*,([^\"'<>\\\\)\\s]*)")
              .matcher(text);
      while (m.find()) {
        found++;
        String body = m.group(1).replace("+", "%2B");
        byte[] bytes =
            java.net.URLDecoder.decode(body, StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] published =
            m.group().toLowerCase(java.util.Locale.ROOT).contains("base64,")
                ? java.util.Base64.getMimeDecoder().decode(bytes)
                : bytes;
        assertThat(MetadataAssertions.contains(published, JpegSegments.CANARY)).as(file).isFalse();
        MetadataAssertions.assertNoPrivateMetadata(published);
      }
    }
    assertThat(found).as("each note's photo, on its page and in the feeds").isGreaterThan(16);
  }

  /** A site's own style sheet and page, published as they are: their photos are stripped too. */
  @Test
  void aPhotoInAStyleSheetOrAnAssetPageLosesItsMetadataAndNothingElseChanges() throws Exception {
    String photo = java.util.Base64.getEncoder().encodeToString(JpegSegments.jpegWithEverything(1));
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("assets-inline"),
            "-- jbake.properties --\npublish.folders=notes\n-- content/notes/a.md --\nA note.\n");
    Files.createDirectories(site.root().resolve("assets/css"));
    // Latin-1 bytes around the photo (a stylesheet not saved as UTF-8) come out as they went in.
    byte[] css =
        ("/* caf\u00e9 */\n.hero { background: url(\"data:image/jpeg;base64,"
                + photo
                + "\") }\n/* na\u00efve */\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(site.root().resolve("assets/css/hero.css"), css);
    Files.writeString(
        site.root().resolve("assets/about.html"),
        "<!doctype html><title>About</title><img alt=\"me\" src=\"DATA:IMAGE/JPEG;BaSe64,"
            + photo
            + "\">");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    for (String file : java.util.List.of("css/hero.css", "about.html")) {
      byte[] published = Files.readAllBytes(site.output().resolve(file));
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("data:image/jpeg;base64,([A-Za-z0-9+/=]+)")
              .matcher(new String(published, StandardCharsets.ISO_8859_1));
      assertThat(m.find()).as(file).isTrue();
      byte[] image = java.util.Base64.getDecoder().decode(m.group(1));
      MetadataAssertions.assertNoPrivateMetadata(image);
      assertThat(MetadataAssertions.decode(image).getWidth()).isEqualTo(JpegSegments.W);
    }
    String hero =
        new String(
            Files.readAllBytes(site.output().resolve("css/hero.css")), StandardCharsets.ISO_8859_1);
    assertThat(hero)
        .startsWith("/* caf\u00e9 */\n.hero { background: url(\"data:image/jpeg;base64,");
    assertThat(hero).endsWith("\") }\n/* na\u00efve */\n");
  }

  @Test
  void aPhotoThatCannotBePublishedNamesTheNoteThatShowsIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("broken-photo"),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/b.md --
            ![[cut.jpg|a cut photo]]
            -- content/notes/a.md --
            Also here: ![[cut.jpg|the same]]
            """);
    byte[] whole = JpegSegments.jpegWithEverything(1);
    Files.write(
        site.root().resolve("content/notes/cut.jpg"),
        java.util.Arrays.copyOf(whole, whole.length / 2));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern(
            "notes/cut\\.jpg: error: .*; the photo is not published \\(notes/a\\.md shows it\\)");
  }

  @Test
  void anInlineImageThatCannotBeStrippedIsAnError() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("inline-bad"),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/a.md --
            ![x](data:image/png;base64,iVBORw0KGgoAAAAA)
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "notes/a.md: error: an inline data:image/png (data:image/png;base64,iVBORw0KGgoAAAAA"
                + "...) cannot be stripped of its metadata, so it is not published; save it as a"
                + " JPEG, PNG or WebP file and embed that");
  }

  @Test
  void aPdfIsPublishedWithoutItsPortraitsMetadata() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("pdf"),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/a.md --
            [cv](cv.pdf)
            """);
    byte[] pdf = PhotosInsideFilesTest.pdf(JpegSegments.jpegWithEverything(1), 0, false);
    assertThat(MetadataAssertions.contains(pdf, JpegSegments.CANARY)).isTrue();
    Files.write(site.root().resolve("content/notes/cv.pdf"), pdf);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    byte[] published = Files.readAllBytes(site.output().resolve("notes/cv.pdf"));
    assertThat(MetadataAssertions.contains(published, JpegSegments.CANARY)).isFalse();
    assertThat(MetadataAssertions.contains(published, "Exif")).isFalse();
    byte[] photo = PhotosInsideFilesTest.storedJpegs(published).get(0);
    assertThat(MetadataAssertions.decode(photo).getWidth()).isEqualTo(JpegSegments.W);
  }

  /**
   * A CV with a phone portrait: published with the photo's metadata gone (as a PDF's photo is), and
   * refused when the photo cannot be read through to strip it.
   */
  @Test
  void anOfficeDocumentsPhotoLosesWhereItWasTakenOrTheDocumentIsNotPublished() throws Exception {
    byte[] photo = JpegSegments.jpegWithEverything(6);
    SiteFixture site = docxSite("docx", docx(photo));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    byte[] published = Files.readAllBytes(site.output().resolve("notes/cv.docx"));
    byte[] publishedPhoto;
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(published))) {
      zip.getNextEntry();
      zip.getNextEntry();
      publishedPhoto = zip.readAllBytes();
    }
    assertThat(
            MetadataAssertions.metadata(publishedPhoto)
                .getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class))
        .isNull();
    assertThat(MetadataAssertions.contains(publishedPhoto, JpegSegments.CANARY)).isFalse();
    assertThat(MetadataAssertions.decode(publishedPhoto).getWidth()).isEqualTo(JpegSegments.W);

    SiteFixture cut = docxSite("cut", docx(PhotoFixtures.cutInsideItsFirstScan(photo)));

    SiteFixture.Result refused = cut.bake();

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains(
            "notes/cv.docx: error: the photo word/media/image1.jpeg inside it carries a GPS"
                + " position, so it is not published; remove the photo's location (or the photo)"
                + " in the document and save it again")
        .contains(
            "notes/cv.docx: warning: the photo word/media/image1.jpeg inside it keeps its metadata"
                + " (camera, date, maybe its owner), which cannot be removed here: JPEG is"
                + " truncated or corrupt");
  }

  /** A phone's clip and voice memo keep the place they were made: each is refused, by name. */
  @Test
  void aClipOrVoiceMemoThatRecordsWhereItWasMadeIsNotPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("recordings"),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/a.md --
            ![[walk.mov]] and ![[Voice memo 12.m4a]]
            """);
    byte[] place = "+48.8584+002.2945+030.000/".getBytes(StandardCharsets.US_ASCII);
    byte[] xyz =
        java.nio.ByteBuffer.allocate(12 + place.length)
            .putInt(12 + place.length)
            .put("\u00A9xyz".getBytes(StandardCharsets.ISO_8859_1))
            .putShort((short) place.length)
            .putShort((short) 0x15c7)
            .put(place)
            .array();
    byte[] moov =
        java.nio.ByteBuffer.allocate(8 + xyz.length)
            .putInt(8 + xyz.length)
            .put("moov".getBytes(StandardCharsets.US_ASCII))
            .put(xyz)
            .array();
    Files.write(site.root().resolve("content/notes/walk.mov"), moov);
    Files.write(site.root().resolve("content/notes/Voice memo 12.m4a"), moov);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    for (String name : java.util.List.of("walk.mov", "Voice memo 12.m4a")) {
      assertThat(r.err())
          .contains(
              "notes/"
                  + name
                  + ": error: it records where it was filmed or recorded (a GPS position), so it"
                  + " is not published");
    }
  }

  /**
   * Red team (repro-05): exiftool's {@code -XMP-exif:GPSLatitude} on an MP4 writes the place as XMP
   * in a top-level {@code uuid} box, which went out listed only as unread.
   */
  @Test
  void aClipWhosePlaceIsInItsXmpIsNotPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("xmp-clip"),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/a.md --
            ![[walk.mp4]]
            """);
    byte[] xmp =
        ("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description"
                + " xmlns:exif='http://ns.adobe.com/exif/1.0/'>"
                + "<exif:GPSLatitude>48,51.504N</exif:GPSLatitude>"
                + "<exif:GPSLongitude>2,17.67E</exif:GPSLongitude>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] uuid = java.util.HexFormat.of().parseHex("be7acfcb97a942e89c71999491e3afac");
    java.nio.ByteBuffer clip = java.nio.ByteBuffer.allocate(16 + 8 + 24 + xmp.length);
    clip.putInt(16).put("ftypisom".getBytes(StandardCharsets.US_ASCII)).putInt(0);
    clip.putInt(8).put("moov".getBytes(StandardCharsets.US_ASCII));
    clip.putInt(24 + xmp.length).put("uuid".getBytes(StandardCharsets.US_ASCII)).put(uuid).put(xmp);
    Files.write(site.root().resolve("content/notes/walk.mp4"), clip.array());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "notes/walk.mp4: error: it records where it was filmed or recorded (a GPS position in"
                + " its XMP), so it is not published; remove the place (exiftool"
                + " -overwrite_original -XMP:all= FILE)");
  }

  /**
   * Two parts of one name (ZIP readers differ on which counts): the stripping cannot rewrite the
   * package, which went out with its author and no word said; now with a warning saying so.
   */
  @Test
  void anOfficeFileWhoseMetadataCannotBeRemovedIsPublishedWithAWarning() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (String name :
          java.util.List.of("docProps/core.xml", "word/document.xml", "word/documenX.xml")) {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(
            ("<x><dc:creator>Jo Example</dc:creator>" + name + "</x>")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    String latin1 = out.toString(StandardCharsets.ISO_8859_1);
    byte[] twoOfOneName =
        latin1.replace("documenX", "document").getBytes(StandardCharsets.ISO_8859_1);
    SiteFixture site = docxSite("duplicate", twoOfOneName);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "notes/cv.docx: warning: its metadata (author, company, its photos' camera and place)"
                + " cannot be removed (it is not a readable ZIP package: duplicate entry:"
                + " word/document.xml); it is published with it");
  }

  private SiteFixture docxSite(String name, byte[] docx) throws java.io.IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve(name),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/a.md --
            [cv](cv.docx)
            """);
    Files.write(site.root().resolve("content/notes/cv.docx"), docx);
    return site;
  }

  private static byte[] docx(byte[] photo) throws java.io.IOException {
    java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(docx)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      zip.write("<w:document>Curriculum</w:document>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("word/media/image1.jpeg"));
      zip.write(photo);
    }
    return docx.toByteArray();
  }
}
