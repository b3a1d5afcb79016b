package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real content (a JBake travel blog whose 40 posts each hold {@code <gallery data-photoset="...">},
 * which the site's script turns into the post's photos): elements HTML does not know were removed
 * without a word. A custom element (a name with a hyphen) is kept with its data attributes; any
 * other unknown element is removed, what it holds kept, with a warning at its line.
 */
class UnknownElementsTest {
  @TempDir Path dir;

  @Test
  void customElementsAreKeptAndUnknownOnesAreToldAtTheirLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.title=Trails
            site.author=Robin Example
            -- content/blog/day1.html --
            title=Day one
            date=2020-04-01
            type=post
            status=published
            ~~~~~~
            <p>We walked to the lake.</p>
            <gallery data-photoset="7215000000001"></gallery>
            <photo-strip data-album="lake" onclick="alert(1)" style="color:red">Lake photos</photo-strip>
            <p>Then <fancy-box><script>alert(2)</script>home</fancy-box>.</p>
            -- content/blog/day2.md --
            title=Day two
            date=2020-04-02
            type=post
            status=published
            ~~~~~~
            Replace <username> with yours.

            <annotation-xml>kept text</annotation-xml>
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("day1.html:7:1: warning: <gallery> is removed (what it holds stays)")
        .contains("day2.md:6:9: warning: <username> is removed (what it holds stays)")
        .contains("warning: <annotation-xml> is left out with its text") // MathML's, never shown
        .doesNotContain("<photo-strip> is removed")
        .doesNotContain("<fancy-box> is removed");
    Document day1 = Jsoup.parse(site.read("blog/day1.html"));
    assertThat(day1.select("gallery")).isEmpty();
    assertThat(day1.select("photo-strip").attr("data-album")).isEqualTo("lake");
    assertThat(day1.select("photo-strip").text()).isEqualTo("Lake photos");
    assertThat(day1.select("photo-strip[onclick], photo-strip[style]")).isEmpty();
    assertThat(day1.select("fancy-box").text()).isEqualTo("home");
    assertThat(site.read("blog/day1.html")).doesNotContain("alert(");
    assertThat(Jsoup.parse(site.read("blog/day2.html")).text()).doesNotContain("kept text");
  }
}
