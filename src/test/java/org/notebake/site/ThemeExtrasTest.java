package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real content (a JBake blog with its own templates, 133 pages): every bake added a share card per
 * page (5.8 MB no page named) and the theme's album grid and lightbox, which no page loads and
 * JBake never writes. A card is drawn for the pages that can show it, the gallery files go where
 * the theme draws a gallery.
 */
class ThemeExtrasTest {
  @TempDir Path dir;

  private static final String BLOG =
      """
      -- jbake.properties --
      site.host=https://avery.example.org
      site.title=Field notes
      site.author=Avery Quinn
      render.tags=false
      -- content/blog/p1.md --
      title=Post one
      date=2020-01-01
      type=post
      status=published
      ~~~~~~

      Body of post one.
      -- templates/post.ftl --
      <html><head><title>${content.title}</title></head><body>${content.body}</body></html>
      -- templates/index.ftl --
      <html><head><title>Home</title></head><body><#list posts as post>${post.title}</#list></body></html>
      -- templates/page.ftl --
      <html><head><title>${content.title}</title></head><body>${content.body}</body></html>
      """;

  @Test
  void aSitesOwnTemplatesGetNoCardsAndNoGalleryFiles() throws IOException {
    SiteFixture site = SiteFixture.of(dir.resolve("own"), BLOG);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("blog/p1.html")
        .doesNotContain("cards/blog/p1.png", "css/album.css", "css/lightbox.css", "js/lightbox.js");
    // The theme's own 404 page (the site has no 404 template) shows the site's card.
    assertThat(site.read("404.html")).contains("cards/_site.png");
    assertThat(site.files()).contains("cards/_site.png");
  }

  @Test
  void aTemplateThatNamesTheCardGetsIt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("named"),
            BLOG.replace(
                "<html><head><title>${content.title}</title></head><body>${content.body}",
                "<html><head><title>${content.title}</title><meta property=\"og:image\""
                    + " content=\"${content.share_card}\"></head><body>${content.body}"));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("cards/blog/p1.png");
    assertThat(site.read("blog/p1.html")).contains("cards/blog/p1.png");
  }

  @Test
  void aVaultWithoutAlbumsGetsNoGalleryFilesAndOneWithAnAlbumDoes() throws IOException {
    SiteFixture plain =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=essays,gallery
            -- content/essays/a.md --
            An essay.
            """);

    assertThat(plain.bake().exitCode()).isZero();
    assertThat(plain.files())
        .contains("css/site.css", "cards/essays/a.png")
        .doesNotContain("css/album.css", "css/lightbox.css", "js/lightbox.js");

    plain.add(
        """
        -- content/gallery/walk/index.md --
        ---
        title: Walk
        ---
        A walk.
        """);
    assertThat(plain.bake().exitCode()).isZero();
    assertThat(plain.files()).contains("css/album.css", "css/lightbox.css", "js/lightbox.js");
  }
}
