package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/** JBake keys that reach pages are read once, typed, and mean the same everywhere. */
class JBakeSettingsTest {
  @TempDir Path dir;

  @Test
  void outputExtensionHtmNamesEveryPageAndEveryLink() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("htm"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            output.extension=.htm
            render.tagsindex=true
            -- content/blog/a.md --
            title=A
            date=2024-05-01
            type=post
            tags=java
            status=published
            ~~~~~~
            See [[b]] and #java.
            -- content/blog/b.md --
            title=B
            date=2024-05-02
            type=post
            status=published
            ~~~~~~
            Back to [[a]].
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("points to no");
    assertThat(site.files())
        .contains("blog/a.htm", "blog/b.htm", "tags/java.htm", "tags/index.htm")
        .doesNotContain("blog/a.html", "tags/java.html");
    assertThat(site.read("blog/a.htm"))
        .contains("<a class=\"internal-link\" href=\"../blog/b.htm\">b</a>")
        .contains("href=\"../tags/java.htm\"")
        .contains("href=\"../tags/index.htm\"");
    assertThat(site.read("sitemap.xml"))
        .contains("<loc>https://x.example.org/blog/a.htm</loc>")
        .contains("<loc>https://x.example.org/tags/index.htm</loc>");
    assertThat(site.read("robots.txt")).contains("Sitemap: https://x.example.org/sitemap.xml\n");
  }

  /**
   * Arabic's own digits are ٠١٢: a number a template prints (a feed's path depth, a photo's width,
   * a page number in a link) must stay ASCII, or a regex, an attribute or an address breaks.
   */
  @Test
  void anArabicSiteLocaleKeepsTheDigitsTemplatesPrintAscii() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("ar"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            site.locale=ar
            publish.folders=.
            -- content/essays/notes/first.md --
            ---
            title: الملاحظة الأولى
            date: 2024-05-01
            ---
            نص قصير عن [الملاحظة](second.md).
            -- content/essays/notes/second.md --
            ---
            title: الملاحظة الثانية
            date: 2024-05-02
            ---
            نص آخر.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("feed.json")).contains("essays/notes/second.html");
    assertThat(site.read("essays/notes/first.html"))
        .contains("1 مايو 2024")
        .doesNotContainPattern("[\u0660-\u0669]");
  }

  /**
   * Hebrew and Arabic read from the right: the page says so, and the theme's stylesheet indents
   * lists, quotes and callouts at the side a line starts on, whichever that is.
   */
  @Test
  void aRightToLeftSiteLocaleSetsThePageDirection() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("he"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            site.locale=he_IL
            publish.folders=.
            -- content/essays/first.md --
            ---
            title: הערה ראשונה
            date: 2024-05-01
            tags: [עברית]
            ---
            > ציטוט קצר.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/first.html"))
        .contains("<html lang=\"he-IL\" dir=\"rtl\">")
        .contains("1 במאי 2024")
        .contains(">דילוג לתוכן</a>");
    assertThat(site.read("index.html")).contains("dir=\"rtl\"");
    assertThat(site.read("css/site.css"))
        .doesNotContainPattern("(padding|margin|border)-(left|right)\\s*:\\s*[^;]*[1-9a-z]")
        .doesNotContain("text-align: left")
        .doesNotContain("text-align: right");

    SiteFixture english =
        SiteFixture.of(
            dir.resolve("en"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/essays/first.md --
            ---
            title: First
            date: 2024-05-01
            ---
            Text.
            """);
    assertThat(english.bake().exitCode()).isZero();
    assertThat(english.read("essays/first.html")).contains("<html lang=\"en\" dir=\"ltr\">");
  }

  @Test
  void aTypeWithItsOwnExtensionIsWrittenWithIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("css"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            page_col=FFFFFF
            template.page.file=page.ftl
            template.maincss.file=maincss.ftl
            template.maincss.extension=.css
            -- templates/page.ftl --
            <html><head><link rel="stylesheet" href="${content.rootpath}css/main.css"></head>\
            <body>${content.body}</body></html>
            -- templates/maincss.ftl --
            body { background-color: #${config.page_col}; }
            -- content/css/main.md --
            title=main.css
            date=2018-01-21
            type=maincss
            status=published
            ~~~~~~
            dummy contents
            -- content/about.md --
            title=About
            type=page
            status=published
            ~~~~~~
            Hello.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("css/main.css")).isEqualTo("body { background-color: #FFFFFF; }\n");
    assertThat(site.files()).doesNotContain("css/main.html");
    assertThat(site.read("about.html")).contains("href=\"css/main.css\"");
  }

  @Test
  void siteTimezoneIsTheZoneTemplatesPrintDatesIn() throws Exception {
    // A zone far from the machine's, so a date read in one and printed in the other moves a day.
    String zone =
        TimeZone.getDefault().getRawOffset() >= 0 ? "Pacific/Pago_Pago" : "Pacific/Kiritimati";
    assertThat(
            ZoneId.of(zone).getRules().getOffset(java.time.Instant.parse("2013-07-24T00:00:00Z")))
        .isNotEqualTo(
            ZoneId.systemDefault()
                .getRules()
                .getOffset(java.time.Instant.parse("2013-07-24T00:00:00Z")));
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("zone"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            site.timezone=%s
            template.post.file=post.ftl
            template.sitemap.file=sitemap.ftl
            render.sitemap=true
            -- templates/post.ftl --
            <html><body><p>${content.date?string("dd MMMM yyyy HH:mm")}</p></body></html>
            -- templates/sitemap.ftl --
            <?xml version="1.0"?><urlset><#list published_content as c><url><loc>${config.site_host}/${c.uri}</loc><lastmod>${c.date?string("yyyy-MM-dd")}</lastmod></url></#list></urlset>
            -- content/first-post.md --
            title=First Post
            date=2013-07-24
            type=post
            status=published
            ~~~~~~
            Hello.
            """
                .formatted(zone));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("first-post.html")).contains("<p>24 July 2013 00:00</p>");
    assertThat(site.read("sitemap.xml"))
        .contains(
            "<url><loc>https://x.example.org/first-post.html</loc><lastmod>2013-07-24</lastmod></url>");
    assertThat(site.read("feed.xml")).contains("2013-07-24T00:00:00");
  }
}
