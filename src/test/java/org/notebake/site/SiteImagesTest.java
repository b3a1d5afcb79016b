package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site.avatar} and {@code site.og_image} publish their vault image, embedded or not. */
class SiteImagesTest {
  @TempDir Path dir;

  private SiteFixture site(String avatar) throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            site.author=Avery Quinn
            site.avatar_alt=Avery Quinn, smiling
            publish.folders=essays,pages
            site.avatar=%s
            -- content/essays/hello.md --
            Hello.
            """
                .formatted(avatar));
    AlbumSiteTest.photo(site.root().resolve("content/pages/portrait.jpg"), Color.PINK, "jpg");
    return site;
  }

  @Test
  void anAvatarNoNoteEmbedsIsPublishedAsVariantsAndShownOnTheHomePage() throws IOException {
    SiteFixture site = site("pages/portrait.jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("warning");
    Element avatar = Jsoup.parse(site.read("index.html")).selectFirst(".intro img.avatar");
    assertThat(avatar.attr("alt")).isEqualTo("Avery Quinn, smiling");
    assertThat(site.files()).contains(avatar.attr("src")).doesNotContain("pages/portrait.jpg");
  }

  @Test
  void anAvatarThatNamesNothingIsNamedByItsKeyBeforeTheBrokenImageFailsTheBuild()
      throws IOException {
    SiteFixture site = site("pages/portrait-missing.jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains(
            "jbake.properties:6:1: warning: site.avatar=pages/portrait-missing.jpg names no image");
    // The home page's image would not load: the link check fails the build, as for any page.
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("index.html");
  }
}
