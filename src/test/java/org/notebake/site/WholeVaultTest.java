package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault configured by a jbake.properties at its root and published whole (issue 11, items 8 and
 * 9): root notes included, opt-outs kept, a note as the home page.
 */
class WholeVaultTest {
  private static final String VAULT =
      """
      -- jbake.properties --
      site.host=https://example.org
      publish.folders=.
      -- Welcome.md --
      # Welcome
      Root note, see [[Deep note]].
      -- Topics/Deep note.md --
      Deep text.
      -- Topics/Later.md --
      ---
      draft: yes
      ---
      DRAFT-CANARY-5521
      """;

  @TempDir Path dir;

  @Test
  void aRootJBakePropertiesWithoutContentFolderConfiguresTheVault() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), VAULT);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("does not exist");
    assertThat(site.files()).contains("welcome.html", "topics/deep-note.html", "index.html");
    assertThat(site.read("welcome.html")).contains("href=\"topics/deep-note.html\"");
    assertThat(site.everything()).doesNotContain("DRAFT-CANARY-5521");
  }

  @Test
  void aDigitalGardensHomeAndPermalinksAreWhereThePluginPutsThem() throws Exception {
    // The Obsidian Digital Garden plugin makes the note marked dg-home the site's home page and
    // serves a note at its dg-permalink: baked here, the home note was only "welcome.html" beside a
    // generated home page (Zach-Clare/notes).
    SiteFixture garden =
        SiteFixture.of(
            dir.resolve("garden"),
            """
            -- Welcome.md --
            ---
            dg-publish: true
            dg-home: true
            ---
            Avery Quinn keeps field notes here.
            -- Notes/Tide tables.md --
            ---
            dg-publish: true
            dg-permalink: tides
            ---
            Tides at [[Welcome|home]].
            -- Notes/Aside.md --
            ---
            dg-publish: true
            dg-home: false
            ---
            An aside.
            """);
    SiteFixture.Result r = garden.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(garden.read("index.html"))
        .contains("<title>Welcome")
        .contains("Avery Quinn keeps field notes here.");
    assertThat(garden.files()).doesNotContain("welcome.html").contains("tides.html");
    assertThat(garden.read("tides.html")).contains("href=\"index.html\"");
    assertThat(garden.files()).contains("notes/aside.html");
  }

  @Test
  void aHugoSiteOfWhichNothingIsPublishedIsToldSoThoughAPageIsHeadlessOrADraft() throws Exception {
    // A gallery theme's photos in a headless bundle: that one page's word hid the hint, and the
    // bake said only "0 of 2" (eliotziqi/hugo-gallery-site).
    SiteFixture hugo =
        SiteFixture.of(
            dir.resolve("hugo"),
            """
            -- config.toml --
            baseURL = "https://example.org/"
            title = "My Photos"
            -- content/_index.md --
            ---
            title: Home
            ---
            Welcome.
            -- content/photos/index.md --
            ---
            title: Photos
            headless: true
            ---
            -- content/posts/old.md --
            ---
            title: Old
            draft: true
            ---
            Draft.
            """);
    SiteFixture.Result r = hugo.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("warning: none of the vault's 3 notes is published")
        .contains("(Hugo publishes every note not marked draft; notebake none it is not told to)");
  }

  @Test
  void aGardenOfWhichNothingIsPublishedIsToldHowANoteGetsPublished() throws Exception {
    // A Quartz garden publishes every note not marked draft: baked here, it published nothing and
    // said only "0 of 388" (unkokaeru/kintsugi-zuihitsu-quartz).
    SiteFixture garden =
        SiteFixture.of(
            dir.resolve("garden"),
            """
            -- quartz.config.ts --
            const config = { configuration: { ignorePatterns: ["private"] } }
            -- content/index.md --
            # Home
            -- content/notes/a.md --
            # A
            """);
    SiteFixture.Result r = garden.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "warning: none of the vault's 2 notes is published: a note is published when its front"
                + " matter says publish: true")
        .contains("(Quartz publishes every note not marked draft; notebake none it is not told to)")
        .contains("set publish.folders=. in jbake.properties");

    // Quartz writes draft: false on the notes it publishes, and a published date: neither is a
    // choice to keep a note private (Kohnnn/keith-digital-garden: 0 of 2,544, and not a word).
    SiteFixture quartz =
        SiteFixture.of(
            dir.resolve("quartz"),
            """
            -- quartz.config.ts --
            const config = { configuration: { ignorePatterns: ["private"] } }
            -- content/index.md --
            ---
            title: Home
            draft: false
            ---
            # Home
            -- content/notes/a.md --
            ---
            draft: "false"
            published: 2026-01-30
            ---
            # A
            -- content/notes/b.md --
            ---
            draft: false
            publish: "true"
            ---
            # B
            -- content/notes/c.md --
            ---
            draft: true
            ---
            # C, a draft: the others still say they are no drafts
            """);
    r = quartz.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("none of the vault's 4 notes is published")
        .contains("draft: \"false\" is not a real true or false")
        .contains("publish: \"true\" is text");

    // A Quartz garden with one draft and notes that say nothing (lkim0402/obsidian-vault-main: a
    // draft in Quartz's own docs/, 542 notes, and not a word): Quartz would publish the rest.
    SiteFixture withADraft =
        SiteFixture.of(
            dir.resolve("quartz-draft"),
            """
            -- quartz.config.ts --
            const config = { configuration: { ignorePatterns: ["private"] } }
            -- docs/upcoming.md --
            ---
            draft: true
            ---
            # Backlog
            -- content/index.md --
            # Home
            """);
    // Quartz's own docs/ lie outside its content/, which is the garden: its draft is not counted,
    // and a note without front matter is no JBake page without a header.
    assertThat(withADraft.bake().err())
        .contains("none of the vault's 1 note is published")
        .doesNotContain("has no header");

    SiteFixture vault = SiteFixture.of(dir.resolve("vault"), VAULT);
    assertThat(vault.bake().err()).doesNotContain("none of the vault");
    // Notes that say they are private (notebake new writes publish: false) chose so: no warning.
    for (String word :
        List.of(
            "publish: false",
            "draft: true",
            "status: draft",
            "published: no",
            "publishDate: 2099-01-01",
            "expiryDate: 2001-01-01")) {
      SiteFixture drafts =
          SiteFixture.of(
              dir.resolve("drafts-" + word.replaceAll("\\W", "")),
              "-- content/a.md --\n---\n" + word + "\n---\n# A\n-- content/b.md --\n# B\n");
      assertThat(drafts.bake().err()).as(word).doesNotContain("none of the vault");
    }
    // Notes meant for the site that cannot be read say so in their errors; "set publish.folders"
    // beside them misled.
    SiteFixture unreadable =
        SiteFixture.of(dir.resolve("unreadable"), "-- jbake.properties --\npublish.folders=.\n");
    Files.createDirectories(unreadable.root().resolve("content"));
    Files.write(
        unreadable.root().resolve("content/call.md"),
        "# Call\nJo\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    SiteFixture.Result failed = unreadable.bake();
    assertThat(failed.err()).contains("call.md:1:2: error: note holds").doesNotContain("none of");
  }

  @Test
  void aQuartz5GardensPrivateFolderStaysOutWhenTheWholeGardenIsPublished() throws Exception {
    // Quartz 5 keeps its settings in quartz.config.yaml (anudeeps28/digital-garden); its
    // ignorePatterns were not read, so publish.folders=. published the garden's private/ folder.
    SiteFixture garden =
        SiteFixture.of(
            dir.resolve("garden5"),
            """
            -- quartz.config.yaml --
            configuration:
              pageTitle: "Garden"
              ignorePatterns:
                - private
                - Templates
            -- jbake.properties --
            publish.folders=.
            site.title=Garden
            site.author=Avery Quinn
            -- content/a.md --
            # A
            -- content/private/salary.md --
            # Offer
            QUARTZ-PRIVATE-CANARY
            -- content/Templates/daily.md --
            # {{date}}
            """);
    SiteFixture.Result r = garden.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(garden.files()).contains("a.html");
    assertThat(garden.everything())
        .doesNotContain("QUARTZ-PRIVATE-CANARY")
        .doesNotContain("salary")
        .doesNotContain("{{date}}");

    SiteFixture unpublished =
        SiteFixture.of(
            dir.resolve("garden5-none"),
            "-- quartz.config.yaml --\nconfiguration:\n  pageTitle: G\n-- content/a.md --\n# A\n");
    assertThat(unpublished.bake().err())
        .contains(
            "(Quartz publishes every note not marked draft; notebake none it is not told to)");
  }

  /**
   * Real content: a draw.io export ({@code Flow.drawio.html}) in a vault published whole was an
   * empty essay titled "Flow.drawio", dated by its file and first on the home page. Obsidian shows
   * no .html file as a note; one with front matter is still a page.
   */
  @Test
  void anHtmlFileWithoutAHeaderIsNoPageOfAVault() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("html"),
            """
            -- jbake.properties --
            site.title=Garden
            site.author=Jo Rivers
            publish.folders=.
            -- diagrams/Plan.md --
            The plan.
            -- diagrams/Flow.drawio.html --
            <!DOCTYPE html>
            <html><head><title>Untitled Diagram</title></head>
            <body><div class="mxgraph" data-mxgraph="{}"></div></body></html>
            -- diagrams/Kept.html --
            ---
            title: Kept
            ---
            <p>An HTML page of its own.</p>
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("diagrams/plan.html", "diagrams/kept.html")
        .noneMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("drawio"));
    assertThat(site.everything()).doesNotContain("Untitled Diagram").doesNotContain("Flow.drawio");
    assertThat(r.err())
        .contains("diagrams/Flow.drawio.html: warning: is an HTML file without a header");
  }

  @Test
  void aTagNamedIndexHasAPageBesideThePageOfEveryTag() throws Exception {
    // WngWai/obsidian_quartz: "tags: [index]" failed the build (tags/index.html written twice).
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("tagged"),
            VAULT
                + "-- Intro.md --\n---\ntitle: Introduce\ntags:\n  - index\n---\nHello #index/python\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("tags/index.html", "tags/index-tag.html", "tags/index-tag/python.html");
    assertThat(site.read("intro.html")).contains("href=\"tags/index-tag/python.html\"");
  }

  @Test
  void aPublishFolderThatMatchesNothingIsAWarningNamingIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), VAULT)
            .add("-- jbake.properties --\npublish.folders=topics,Nowhere,..,Topics/..\n");
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "jbake.properties:1:1: warning: publish.folders entry \"topics\" matches no folder of the"
                + " vault, so it publishes nothing; did you mean \"Topics\"? Folder names are"
                + " case-sensitive")
        .contains("publish.folders entry \"Nowhere\" matches no folder of the vault")
        // A red team's: ".." names a folder, but none of the vault's, and was not told.
        .contains("publish.folders entry \"..\" matches no folder of the vault")
        .contains("publish.folders entry \"Topics/..\" matches no folder of the vault");
    assertThat(site.files()).doesNotContain("welcome.html", "topics/deep-note.html");
  }

  @Test
  void aNoteWithPermalinkSlashReplacesTheGeneratedHomePage() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), VAULT)
            .add("-- Welcome.md --\n---\npermalink: /\n---\n# Welcome\nHOME-TEXT [[Deep note]]\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("index.html")).contains("HOME-TEXT", "href=\"topics/deep-note.html\"");
    assertThat(site.files()).doesNotContain("welcome.html");
  }

  @Test
  void aSitesOwn404PageReplacesTheGeneratedOne() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), VAULT)
            .add("-- 404.md --\n---\npermalink: /404.html\n---\n# Lost\nOWN-404-TEXT\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("404.html")).contains("OWN-404-TEXT");
  }

  @Test
  void indexNoteMakesTheConfiguredNoteTheHomePage() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), VAULT)
            .add(
                """
                -- jbake.properties --
                publish.folders=Topics
                index.note=Welcome.md
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("index.html")).contains("Root note");
    assertThat(site.files()).doesNotContain("welcome.html");
  }

  @Test
  void anIndexNoteThatIsNotInTheVaultIsAnError() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), VAULT)
            .add("-- jbake.properties --\nindex.note=welcome\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "jbake.properties:1:1: error: index.note=welcome names no note of the vault; did you mean"
                + " index.note=Welcome.md? Note paths are case-sensitive");
  }

  @Test
  void twoClaimsToTheHomePageAreAnErrorNamingBoth() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), VAULT)
            .add(
                """
                -- jbake.properties --
                publish.folders=.
                index.note=Welcome.md
                -- Topics/Deep note.md --
                ---
                permalink: /
                ---
                Deep.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "Welcome.md: error: claims the home page (permalink: /, dg-home: true or index.note),"
                + " and Topics/Deep note.md claims it too; keep one of them");
  }

  @Test
  void aPrivateNotesBrokenFrontMatterIsAWarningAndTheTemplatesFolderIsNeverScanned()
      throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=Public
            -- .obsidian/templates.json --
            {"folder": "Meta/Templates", "dateFormat": "YYYY-MM-DD"}
            -- Meta/Templates/Daily.md --
            ---
            date: {{date:YYYY-MM-DD}}
            ---
            TEMPLATE-CANARY-3310
            -- Daily/2025-07-01.md --
            ---
            title: Day
            mood: {{mood}}
            ---
            PRIVATE-CANARY-8812
            -- Public/Hello.md --
            Hello.
            """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Daily/2025-07-01.md:3:7: warning: front matter is not valid YAML: a value starting"
                + " with { is read as a map")
        .contains(
            "(the note is private, so this does not stop the build; it stays private until"
                + " fixed)")
        .doesNotContain("Templates/Daily.md");
    assertThat(site.files()).contains("public/hello.html");
    assertThat(site.everything()).doesNotContain("TEMPLATE-CANARY-3310", "PRIVATE-CANARY-8812");
  }

  @Test
  void brokenFrontMatterThatClaimsPublishingStaysAnError() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=Public
            -- Notes/Meeting.md --
            ---
            publish: true
            title: Notes: meeting #3
            ---
            Text.
            -- Public/Hello.md --
            Hello.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("Notes/Meeting.md:3:13: error: front matter is not valid YAML");
  }

  @Test
  void aQuartzGardenKeepsWhatQuartzNeverPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("garden"),
            """
            -- jbake.properties --
            publish.folders=.
            index.note=index.md
            -- quartz.config.ts --
            const config: QuartzConfig = {
              configuration: {
                ignorePatterns: ["private", "templates", ".obsidian"],
              },
            }
            -- content/index.md --
            ---
            title: Garden
            ---
            Welcome to the garden.
            -- content/Topology/Compactness.md --
            A space is compact when every open cover has a finite subcover.
            -- content/private/Diary.md --
            QUARTZ-PRIVATE-CANARY-4471
            -- content/templates/Note.md --
            ---
            date: {{date}}
            ---
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("index.html")).contains("Welcome to the garden.");
    assertThat(site.files()).contains("topology/compactness.html");
    assertThat(site.everything()).doesNotContain("QUARTZ-PRIVATE-CANARY-4471");
    assertThat(site.files()).noneMatch(f -> f.startsWith("private/") || f.startsWith("templates/"));
  }
}
