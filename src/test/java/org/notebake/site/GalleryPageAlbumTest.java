package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos beside the gallery's own page ({@code gallery/index.md}), as a photo blog keeps them: a
 * real one's 150 were published as none, without a word ("attachments published 0 of 150").
 */
class GalleryPageAlbumTest {
  private static final String CONFIG =
      """
      -- jbake.properties --
      site.host=https://robin.example.org/
      site.title=Robin Vale
      site.author=Robin Vale
      publish.folders=gallery
      """;

  @TempDir Path dir;

  @Test
  void photosBesideTheGallerysOwnPageAreItsAlbum() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("blog"),
            CONFIG
                + """
                -- content/gallery/index.md --
                ---
                title: My photos
                ---
                Some photos.
                -- content/gallery/a.jpg.md --
                ---
                alt: A red square on a wall
                ---
                """);
    Path gallery = site.root().resolve("content/gallery");
    AlbumSiteTest.photo(gallery.resolve("a.jpg"), Color.RED, "jpg");
    AlbumSiteTest.photo(gallery.resolve("b.jpg"), Color.GREEN, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = site.read("gallery/index.html");
    assertThat(page)
        .contains("<h1>My photos</h1>", "Some photos.", "class=\"album-grid\"")
        .contains("alt=\"A red square on a wall\"", "alt=\"Photo 2 of 2, My photos\"")
        .doesNotContain("class=\"kicker\""); // no link to itself
    assertThat(site.files())
        .anyMatch(f -> f.startsWith("gallery/a-") && f.endsWith(".jpg"))
        .anyMatch(f -> f.startsWith("gallery/b-") && f.endsWith(".jpg"));
    assertThat(r.err()).contains("content/gallery/b.jpg: warning: the photo \"b.jpg\" has no alt");
    assertThat(r.out()).contains("attachments published 2 of 2");
  }

  @Test
  void aPrivateGalleryPagePublishesNoneOfThePhotosBesideIt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("private"),
            CONFIG
                + """
                -- content/gallery/index.md --
                ---
                title: CANARY-PRIVATE-TITLE
                publish: false
                ---
                Not yet.
                """);
    AlbumSiteTest.photo(site.root().resolve("content/gallery/a.jpg"), Color.RED, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).noneMatch(f -> f.startsWith("gallery/"));
    assertThat(site.everything()).doesNotContain("CANARY-PRIVATE").doesNotContain("a.jpg");
    assertThat(r.err()).doesNotContain("beside this page");
  }

  /**
   * With albums below it, the gallery's page lists them, and cannot be an album too: the photos
   * beside it that no note shows are a warning saying where to move them.
   */
  @Test
  void photosBesideAGalleryPageThatListsAlbumsAreAWarningSayingWhereToMoveThem()
      throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("both"),
            CONFIG
                + """
                -- content/gallery/index.md --
                ---
                title: My photos
                ---
                ![[shown.jpg|A yellow square]]
                -- content/gallery/walk/index.md --
                ---
                title: Walk
                photos:
                  - file: w.jpg
                    alt: A blue square
                ---
                """);
    Path gallery = site.root().resolve("content/gallery");
    AlbumSiteTest.photo(gallery.resolve("left-1.jpg"), Color.RED, "jpg");
    AlbumSiteTest.photo(gallery.resolve("left-2.jpg"), Color.GREEN, "jpg");
    AlbumSiteTest.photo(gallery.resolve("shown.jpg"), Color.YELLOW, "jpg");
    AlbumSiteTest.photo(gallery.resolve("walk/w.jpg"), Color.BLUE, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("gallery/index.html"))
        .contains("walk/index.html")
        .doesNotContain("class=\"album-grid\"");
    assertThat(r.err())
        .contains(
            "content/gallery/index.md:1:1: warning: the 2 photos beside this page (left-1.jpg,"
                + " left-2.jpg) are in no album and no note shows them, so none is published: an"
                + " album is a folder of photos with its own index.md, and this page lists the"
                + " albums and notes below it; move them into an album of their own,"
                + " gallery/<name>/ with an index.md")
        .doesNotContain("shown.jpg");
    assertThat(site.files())
        .noneMatch(f -> f.contains("left-"))
        .anyMatch(f -> f.startsWith("gallery/shown-"))
        .anyMatch(f -> f.startsWith("gallery/walk/w-"));
  }

  @Test
  void aGalleryPageThatDeclaresItselfAPageIsToldHowToMakeItAnAlbum() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("declared"),
            CONFIG
                + """
                -- content/gallery/index.md --
                ---
                title: My photos
                type: page
                ---
                Some photos.
                """);
    AlbumSiteTest.photo(site.root().resolve("content/gallery/a.jpg"), Color.RED, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "content/gallery/index.md:3:1: warning: the photo beside this page (a.jpg) is in no"
                + " album and no note shows it, so it is not published: an album is a folder of"
                + " photos with its own index.md, and this page declares type: page; write type:"
                + " gallery to make this page its album, or move it into an album of its own,"
                + " gallery/<name>/ with an index.md");
  }

  @Test
  void aPageBundleOutsideTheGalleryWhosePhotosNoNoteShowsIsToldHowToMakeItAnAlbum()
      throws IOException {
    // A Hugo gallery theme shows a bundle's photos by itself: baked, the page went out without
    // its 32 photos and not a word (eliotziqi/hugo-gallery-site).
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("bundle"),
            CONFIG.replace("publish.folders=gallery", "publish.folders=.")
                + """
                -- content/trips/coast/index.md --
                ---
                title: Coast
                ---
                A weekend.
                -- content/posts/walk/index.md --
                ---
                title: Walk
                ---
                ![[shown.jpg]]
                """);
    AlbumSiteTest.photo(site.root().resolve("content/trips/coast/a.jpg"), Color.RED, "jpg");
    AlbumSiteTest.photo(site.root().resolve("content/trips/coast/b.jpg"), Color.GREEN, "jpg");
    AlbumSiteTest.photo(site.root().resolve("content/posts/walk/shown.jpg"), Color.BLUE, "jpg");
    AlbumSiteTest.photo(site.root().resolve("content/posts/walk/spare.jpg"), Color.CYAN, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "content/trips/coast/index.md:1:1: warning: the 2 photos beside this page (a.jpg,"
                + " b.jpg) are shown by no note, so none is published (a theme that shows a"
                + " folder's photos is not read); write type: gallery in this page's front matter"
                + " to make it their album, or embed them in the page")
        .doesNotContain("posts/walk/index.md:1:1: warning");
  }
}
