package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll site (a {@code _config.yml} at the root: a vault published with GitHub Pages, or an
 * academic portfolio made from a Jekyll template) keeps what Jekyll never publishes out of the
 * site. A real portfolio (pinshuai/academicpages.github.io) published its {@code _drafts} post and
 * its theme's {@code _includes} and {@code _layouts} HTML as pages: 105 notes and 48 errors, now 61
 * and 6.
 */
class JekyllSiteTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      publish.folders=.
      site.title=Jo Example
      site.author=Jo Example
      -- _config.yml --
      title: Jo Example
      exclude:
        - notes-to-self.md
        - Gemfile
      -- _drafts/salary.md --
      ---
      title: canary-draft-title
      ---
      canary-draft-body
      -- _layouts/default.html --
      <html><body>{{ content }} canary-layout</body></html>
      -- _includes/head.html --
      <meta name="canary-include">
      -- _sass/main.scss --
      body { color: black; }
      -- _data/people.yml --
      - name: canary-data
      -- notes-to-self.md --
      canary-excluded-note
      -- _posts/2024-01-02-hello.md --
      ---
      title: Hello
      ---
      A first post.
      -- _pages/about.md --
      ---
      title: About
      ---
      About me.
      """;

  @Test
  void draftsThemeFoldersAndExcludedFilesStayOutOfAJekyllSite() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("jekyll"), SITE);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).contains("A first post.").contains("About me.");
    assertThat(site.everything()).doesNotContain("canary");
    assertThat(site.files())
        .noneMatch(f -> f.startsWith("_drafts") || f.startsWith("_layouts"))
        .noneMatch(f -> f.startsWith("_includes") || f.contains("notes-to-self"));
    assertThat(r.err()).doesNotContain("canary");
  }

  /** Its drafts stay out even when its configuration cannot be read for the exclude list. */
  @Test
  void aJekyllConfigurationThatIsNoYamlStillKeepsItsDraftsOut() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("broken"),
            SITE.replace("title: Jo Example\nexclude:", "title: [\nexclude:"));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything())
        .contains("A first post.")
        .doesNotContain("canary-draft")
        .doesNotContain("canary-layout");
  }

  /** Without a {@code _config.yml}, a vault's folder named {@code _drafts} is a folder as any. */
  @Test
  void aVaultWithoutJekyllsConfigurationReadsItsUnderscoreFolders() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=.
            -- _drafts/idea.md --
            An idea, published as its folder says.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).contains("An idea, published as its folder says.");
  }

  /**
   * Real content (a Jekyll portfolio's {@code index.html}, and a post that holds the same loop):
   * the Liquid loop around a page's links was not told, and each {@code {{ p.url }}} was a broken
   * link that said "fix the link or publish its target". The loop is a warning at its line, as
   * Liquid in text is; the link says it is a template expression.
   */
  @Test
  void liquidInAPagesHtmlIsToldAndItsLinksSayTheyAreTemplateExpressions() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("liquid"),
            """
            -- jbake.properties --
            publish.folders=pages
            site.title=Jo Example
            site.author=Jo Example
            -- _config.yml --
            title: Jo Example
            -- pages/grid.html --
            ---
            title: Home grid
            ---
            <div class="grid">
            {% for p in site.posts %}
              <a href="{{ p.url }}">{{ p.title }}</a>
            {% endfor %}
            </div>
            -- pages/gridmd.md --
            ---
            title: Home grid md
            ---
            <div class="grid">
            {% for p in site.posts %}
              <a href="{{ p.url }}">{{ p.title }}</a>
            {% endfor %}
            </div>
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    for (String page : new String[] {"grid.html", "gridmd.md"}) {
      assertThat(r.err())
          .contains(
              "pages/"
                  + page
                  + ":5:1: warning: the Liquid tag for (Jekyll) is shown as text: notebake runs no"
                  + " Liquid")
          .contains("(1 more such tag in this note)")
          .contains(
              "pages/"
                  + page
                  + ":6:12: error: link \"{{ p.url }}\" on page pages/"
                  + page.replaceAll("\\.(md|html)$", "")
                  + ".html is another generator's template expression (Jekyll's Liquid, Hugo's),"
                  + " which notebake does not run");
    }
    assertThat(r.err()).doesNotContain("fix the link");
  }

  /**
   * Red team: {@code defaults:} with {@code published: false} for a folder kept nothing private;
   * Jekyll publishes none of its pages.
   */
  @Test
  void aFolderTheConfigurationsDefaultsUnpublishStaysPrivate() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("defaults"),
            """
            -- jbake.properties --
            publish.folders=.
            site.title=Jo Example
            site.author=Jo Example
            -- _config.yml --
            title: Jo Example
            defaults:
              - scope:
                  path: "private"
                values:
                  published: false
              - scope:
                  path: ""
                  type: "posts"
                values:
                  layout: post
              - scope:
                  path: "journal"
                values:
                  published: no
            -- private/manager.md --
            canary-defaults-private
            -- journal/day.md --
            canary-defaults-yaml11-no
            -- pages/about.md --
            About me.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("canary").contains("About me.");
  }
}
