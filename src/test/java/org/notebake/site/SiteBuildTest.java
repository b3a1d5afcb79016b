package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org/
      site.title=Avery Quinn
      publish.folders=essays,projects
      -- content/essays/signals.md --
      ---
      title: "Signals & <Noise>"
      date: 2025-07-01
      tags: [observability, Open Source]
      description: Why traces beat dashboards.
      ---
      # Signals

      See [[Queue Weather]] and [[Queue Weather#Design|the design]] and #ai/infra.

      ## Details

      A paragraph with an id. ^intro-block
      -- content/projects/Queue Weather.md --
      ---
      title: Queue Weather
      date: 2025-05-02
      ---
      ## Design

      Linked back to [[signals]].
      -- content/essays/withdrawn.md --
      ---
      publish: false
      ---
      WITHDRAWN-CANARY-7731
      -- content/daily/2025-07-02.md --
      ---
      title: "daily"
      ---
      DAILY-CANARY-5512 [[signals]]
      """;

  @TempDir Path dir;

  @Test
  void bakesPublishedNotesAndJBakeOutputs() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains(
            "index.html",
            "archive.html",
            "feed.xml",
            "sitemap.xml",
            "robots.txt",
            "404.html",
            "essays/signals.html",
            "projects/queue-weather.html",
            "tags/observability.html",
            "tags/open-source.html",
            "tags/open-source.xml",
            "tags/ai.html",
            "tags/ai/infra.html",
            "tags/index.html")
        .doesNotContain("essays/withdrawn.html", "daily/2025-07-02.html");
    assertThat(r.out()).contains("notes published 2 of 4 (2 withheld)");
  }

  @Test
  void privateNotesLeaveNoTraceInAnyOutputFile() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    assertThat(site.bake().exitCode()).isZero();
    String all = site.everything();
    assertThat(all)
        .doesNotContain("WITHDRAWN-CANARY-7731", "DAILY-CANARY-5512", "withdrawn", "daily");
  }

  @Test
  void titlesAreEscapedAndLinksResolved() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    assertThat(site.bake().exitCode()).isZero();
    String page = site.read("essays/signals.html");
    assertThat(page).contains("<title>Signals &amp; &lt;Noise&gt;");
    assertThat(page).contains("href=\"../projects/queue-weather.html\"");
    assertThat(page).contains("href=\"../projects/queue-weather.html#design\"");
    assertThat(page).contains("id=\"^intro-block\"");
    String project = site.read("projects/queue-weather.html");
    assertThat(project).as("backlink from the essay").contains("essays/signals.html");
  }

  @Test
  void aTitleCannotBreakOutOfItsElementOrScript() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
        -- content/essays/xss.md --
        ---
        title: "x</script><script>alert(1)</script><img src=y onerror=alert(2)>"
        description: "</title><script>alert(3)</script>"
        ---
        body
        """);
    assertThat(site.bake().exitCode()).isZero();
    for (String file : site.files()) {
      if (file.endsWith(".html")) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(site.read(file));
        // The theme's one script is its own file; no other script may appear.
        assertThat(
                doc.select(
                    "script:not([type=application/ld+json]):not([src$=js/scheme-toggle.js])"))
            .as(file)
            .isEmpty();
        assertThat(doc.select("[onerror]")).as(file).isEmpty();
      }
    }
  }

  @Test
  void backlinksFromPrivateNotesAreNeverShown() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    assertThat(site.bake().exitCode()).isZero();
    assertThat(site.read("essays/signals.html")).doesNotContain("2025-07-02", "DAILY");
  }

  @Test
  void aNoteLinkingTwiceGivesItsFirstLinkAsTheBacklinkInTitleOrder() throws Exception {
    // Links are resolved on several threads; which link a backlink quotes must not depend on them.
    StringBuilder vault =
        new StringBuilder("-- jbake.properties --\nsite.title=Hub test\npublish.folders=essays\n");
    vault.append("-- content/essays/hub.md --\n---\ntitle: Hub\n---\nThe hub.\n");
    int notes = 300;
    for (int i = notes - 1; i >= 0; i--) {
      String n = String.format("%03d", i);
      vault
          .append("-- content/essays/n")
          .append(n)
          .append(".md --\n---\ntitle: Note ")
          .append(n)
          .append("\n---\nfirst-mention-")
          .append(n)
          .append(" of [[hub]].\n\nsecond-mention-")
          .append(n)
          .append(" of [[hub]] and of [[n")
          .append(n)
          .append("]] itself.\n");
    }
    SiteFixture site = SiteFixture.of(dir.resolve("site"), vault.toString());
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String hub = site.read("essays/hub.html");
    assertThat(hub).doesNotContain("second-mention-");
    int last = -1;
    for (int i = 0; i < notes; i++) {
      String n = String.format("%03d", i);
      int at = hub.indexOf(">Note " + n + "</a><p>first-mention-" + n + " of ");
      assertThat(at).as("backlink of note %s, after the one before", n).isGreaterThan(last);
      last = at;
    }
    assertThat(site.read("essays/n007.html")).doesNotContain("Linked from");
  }

  @Test
  void aSelfClosedIframeDoesNotSwallowTheRestOfTheNote() throws Exception {
    // As a real garden writes it: HTML ignores the slash, so the iframe stayed open and everything
    // after it became its invisible fallback text (and the contents' links pointed at nothing).
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.title=Garden
            publish.folders=essays
            -- content/essays/zettelkasten.md --
            ---
            title: Zettelkasten
            ---
            ## Definition
            A slip box.

            <iframe src="https://example.org/zettelkasten" title="Slip box" />

            ## Sources
            - [A source](https://example.org/source)

            ## Uses
            Notes that link.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("error");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("essays/zettelkasten.html"));
    assertThat(page.select("article h2").eachText())
        .containsExactly("Definition#", "Sources#", "Uses#");
    assertThat(page.select("article li a[href=https://example.org/source]")).hasSize(1);
  }

  @Test
  void rebuildingUnchangedSourceIsByteIdentical() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    assertThat(site.bake().exitCode()).isZero();
    String first = site.everything();
    assertThat(site.bake().exitCode()).isZero();
    assertThat(site.everything()).isEqualTo(first);
  }

  @Test
  void staleOutputFromADeletedNoteDisappears() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    assertThat(site.bake().exitCode()).isZero();
    Files.delete(site.root().resolve("content/projects/Queue Weather.md"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).doesNotContain("projects/queue-weather.html");
  }

  @Test
  void malformedFrontMatterIsAnErrorWithLineAndTheNoteStaysPrivate() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
        -- content/essays/broken.md --
        ---
        title: Notes: meeting #3
        ---
        BROKEN-CANARY-9921
        """);
    SiteFixture.Result r = site.check();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).containsPattern("broken\\.md:2:\\d+: error:");
    assertThat(r.out() + r.err()).doesNotContain("BROKEN-CANARY-9921");
  }

  @Test
  void failedBuildLeavesThePreviousSiteUntouched() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    assertThat(site.bake().exitCode()).isZero();
    String before = site.everything();
    site.add(
        """
        -- content/essays/bad.md --
        Embed of a private note: ![[Secret]]
        -- content/drafts/Secret.md --
        Call (912) 555-0142.
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("bad.md:1:26: error:").contains("Secret").doesNotContain("555");
    assertThat(site.everything()).isEqualTo(before);
  }

  @Test
  void twoSourcesMappingToOneUrlIsAnErrorNamingBoth() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
        -- content/essays/twin.md --
        ---
        permalink: /essays/signals
        ---
        twin
        """);
    SiteFixture.Result r = site.check();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("essays/signals.html")
        .contains("essays/twin.md", "essays/signals.md");
  }

  @Test
  void templateErrorNamesTemplateLineAndNeverReachesAPage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
        -- templates/post.ftlh --
        <html><body>
        ${content.no_such_key.oops}
        </body></html>
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("templates/post.ftlh:2:");
    assertThat(Files.exists(site.output().resolve("essays/signals.html"))).isFalse();
  }

  @Test
  void templatesCannotInstantiateClasses() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
        -- templates/post.ftlh --
        <#assign ex = "freemarker.template.utility.Execute"?new()>${ex("echo PWNED")}
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("templates/post.ftlh:1:").doesNotContain("PWNED\n");
  }

  @Test
  void privateDataOnlyInAFeedIsFoundInItsEscapedContentAndItsText() throws Exception {
    for (String leak :
        List.of(
            "<summary>Call 912 555 0142</summary>",
            "<content type=\"html\">&lt;p&gt;Call &lt;b&gt;912 555&lt;/b&gt; 0142&lt;/p&gt;</content>",
            "<content type=\"html\">&lt;p&gt;mail jo&amp;#64;example.org&lt;/p&gt;</content>")) {
      // Reported once: at the template's line where it holds the text as written, else at the
      // first feed the template rendered it into (site or tag feed).
      assertTemplateLeakFound(
          "feed.ftlx",
          "<?xml version=\"1.0\"?><feed><entry>" + leak + "</entry></feed>",
          "((feed|tags/[a-z-]+)\\.xml|templates/feed\\.ftlx:1:\\d+): error: ");
    }
  }

  @Test
  void privateDataInAPagesAttributesIsFound() throws Exception {
    for (String leak :
        List.of(
            "<a href=\"x.html\" TITLE=\"Call 912 555 0142\">x</a>",
            "<span aria-label=\"912 555 0142\">x</span>",
            "<img src=\"favicon.svg\" alt=\"jo@example.org\">",
            "<meta name=\"x\" content=\"912 555 0142\">",
            "<a href=\"MAILTO:jo@example.org\">mail</a>",
            "<a href=\"tel:+19125550142\">call</a>")) {
      assertTemplateLeakFound(
          "index.ftlh",
          "<!doctype html><html><head><title>x</title></head><body><main>"
              + leak
              + "</main></body></html>",
          "(index\\.html|templates/index\\.ftlh:1:\\d+): error: .* would be published");
    }
  }

  /** A template that writes {@code page} fails the build with an error matching the pattern. */
  private void assertTemplateLeakFound(String template, String page, String errorPattern)
      throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("leak-" + Math.abs(page.hashCode())),
            SITE + "-- templates/" + template + " --\n" + page + "\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(page + "\n" + r).isEqualTo(1);
    assertThat(r.err()).as(page).containsPattern(errorPattern);
  }

  @Test
  void theBuiltInHomePagePaginatesWithIndexPaginate() throws Exception {
    StringBuilder essays = new StringBuilder();
    for (int n = 1; n <= 4; n++) {
      essays.append("-- content/essays/e" + n + ".md --\n---\ntitle: Essay " + n + "\n");
      essays.append("date: 2025-0" + n + "-01\n---\nText " + n + ".\n");
    }
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("paged"),
            "-- jbake.properties --\nsite.host=https://example.org/\npublish.folders=essays\n"
                + "index.paginate=true\nindex.posts_per_page=3\n"
                + essays);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.read("index.html"))
        .contains("Essay 4", "Essay 2")
        .doesNotContain("Essay 1<")
        .contains("<a href=\"2/\" rel=\"next\">Older essays</a>");
    assertThat(site.read("2/index.html"))
        .contains(
            "Essay 1<", "Page 2 of 2", "<link rel=\"canonical\" href=\"https://example.org/2/\">")
        .contains("<a href=\"../\" rel=\"prev\">Newer essays</a>")
        .doesNotContain("Essay 2<");
  }
}
