package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a JBake site's templates get of front matter: a value with commas stays text, every key of a
 * JBake header arrives as in JBake, YAML front matter only through {@code frontmatter.expose}, and
 * a template reading a YAML key that is not exposed is told once, with the fix.
 */
class TemplateFrontMatterTest {
  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://travel.example.org
      site.title=Slow roads
      site.author=Avery Quinn
      frontmatter.expose=subtitle
      -- assets/img/lobos.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>
      -- content/blog/day-19.html --
      title=Day 19
      date=2020-12-01
      type=post
      status=published
      tags=california, coast
      subtitle=Day 19, Point Lobos
      featuredimage=/img/lobos.svg
      mapsconfig='{"type":"marker","lat":36.52,"lng":-121.95}'
      ~~~~~~
      <p>Sea otters.</p>
      -- content/blog/day-20.md --
      ---
      title: Day 20
      date: 2020-12-02
      type: post
      publish: true
      subtitle: "Day 20, Big Sur"
      featuredimage: /img/lobos.svg
      ---
      Fog.
      -- content/blog/day-21.md --
      ---
      title: Day 21
      date: 2020-12-03
      type: post
      publish: true
      featuredimage: /img/lobos.svg
      ---
      Rain.
      -- templates/post.ftl --
      <html><body><h2>${content.subtitle!"NO-SUBTITLE"}</h2>
      <#if content.featuredimage??><img src="${content.featuredimage}"><#else>NO-FEATURED</#if>
      <script>var mapsconfig = ${content.mapsconfig!"null"};</script>
      <p>${content.contact!}</p>
      ${content.body}</body></html>
      """;

  @TempDir Path dir;

  @Test
  void aJBakeHeadersKeysReachTemplatesAndACommaStaysText() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String jbake = site.read("blog/day-19.html");
    assertThat(jbake)
        .contains("<h2>Day 19, Point Lobos</h2>")
        .contains("<img src=\"/img/lobos.svg\"")
        .contains("var mapsconfig = '{\"type\":\"marker\",\"lat\":36.52,\"lng\":-121.95}';");
    String yaml = site.read("blog/day-20.html");
    assertThat(yaml).contains("<h2>Day 20, Big Sur</h2>").contains("NO-FEATURED");
  }

  @Test
  void aTemplateReadingAYamlKeyThatIsNotExposedIsToldOnceWithTheFix() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "content/blog/day-20.md:7:1: warning: templates/post.ftl:2:6 reads"
                + " content.featuredimage, which this note's front matter sets but templates are"
                + " not given (front matter reaches them only through an allow-list); add"
                + " frontmatter.expose=featuredimage to jbake.properties (also set in 1 other"
                + " note)");
    assertThat(r.err().split("reads content\\.featuredimage", -1)).hasSize(2);
    assertThat(r.err()).doesNotContain("content.subtitle,").doesNotContain("day-19.html:");

    site.add(
        """
        -- jbake.properties --
        site.host=https://travel.example.org
        frontmatter.expose=subtitle,featuredimage
        """);
    SiteFixture.Result exposed = site.bake();
    assertThat(exposed.err()).doesNotContain("reads content.");
    assertThat(site.read("blog/day-21.html")).contains("<img src=\"/img/lobos.svg\"");
  }

  @Test
  void aPhoneNumberInAJBakeHeaderKeyATemplatePrintsIsCaughtAtItsLine() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    site.add(
        """
        -- content/blog/day-22.html --
        title=Day 22
        date=2020-12-04
        type=post
        status=published
        contact=Call the lodge on 912 555 0142
        ~~~~~~
        <p>Lodge.</p>
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isNotZero();
    assertThat(r.err())
        .contains("content/blog/day-22.html:5:27: error: phone number \"912 *** **42\"");
  }
}
