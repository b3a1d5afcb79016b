package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's old address keeps working: Hugo's {@code aliases} from the root and Jekyll's {@code
 * redirect_from} write a page there that sends the reader on (a link in an application sent before
 * the essay was renamed). Obsidian's aliases stay names to link by and make no page.
 */
class RedirectSiteTest {
  @TempDir java.nio.file.Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      site.title=Field notes
      site.author=Jo Example
      site.host=https://jo.example.org/
      publish.folders=essays
      -- content/essays/signals.md --
      ---
      title: Signals & "noise"
      aliases: [o11y, /posts/old-signals/, "/a?b=1"]
      redirect_from:
        - /2019/03/signals.html
        - /blog/signals
      ---
      Why traces beat dashboards. The [old address](/posts/old-signals/) still works.
      -- content/essays/traces.md --
      ---
      title: Traces
      ---
      See [[o11y]].
      -- content/journal/secret.md --
      ---
      aliases: [/canary-private-alias/]
      ---
      canary-private-body
      """;

  @Test
  void anOldAddressSendsTheReaderOnToTheNote() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String redirect = site.read("posts/old-signals/index.html");
    assertThat(redirect)
        .contains("<meta http-equiv=\"refresh\" content=\"0; url=../../essays/signals.html\">")
        .contains("<link rel=\"canonical\" href=\"https://jo.example.org/essays/signals.html\">")
        .contains("<meta name=\"robots\" content=\"noindex\">")
        .contains("<title>Signals &amp; &quot;noise&quot;</title>");
    assertThat(site.read("2019/03/signals.html")).contains("url=../../essays/signals.html");
    assertThat(site.read("blog/signals/index.html")).contains("url=../../essays/signals.html");
    assertThat(site.read("essays/traces.html"))
        .as("an Obsidian alias is a name to link by")
        .contains("href=\"../essays/signals.html\">o11y</a>");
    assertThat(site.files())
        .noneMatch(f -> f.contains("o11y"))
        .noneMatch(f -> f.contains("canary"))
        .noneMatch(f -> f.startsWith("a/") || f.startsWith("a?"));
    assertThat(site.read("sitemap.xml")).doesNotContain("old-signals").doesNotContain("2019");
    assertThat(r.err())
        .contains(
            "signals.md:3:1: warning: aliases \"/a?b=1\" is no address on the site (it holds"
                + " \"?\"), so no redirect is made for it; write a path from the site's root,"
                + " such as /posts/old-name/");
    assertThat(site.everything()).doesNotContain("canary-private");
  }

  @Test
  void anOldAddressTheSiteUsesKeepsItsPageWithAWarningAtTheNotesKey() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("taken"),
            SITE.replace(
                    "  - /blog/signals\n",
                    "  - /blog/signals\n  - /essays/traces.html\n  - /essays/traces.html/v2/\n"
                        + "  - /x.html\n")
                + "-- content/essays/other.md --\n---\n"
                + "aliases: [/blog/signals, /x.html/]\n---\nOther.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains(
            "signals.md:4:1: warning: \"/essays/traces.html\" makes no redirect: the site writes"
                + " essays/traces.html for content/essays/traces.md already; remove it from this"
                + " note's front matter");
    assertThat(site.read("essays/traces.html")).contains("See <a");
    assertThat(r.err())
        .as("two notes, one old address: the first by path keeps it")
        .contains(
            "signals.md:4:1: warning: \"/blog/signals\" makes no redirect: the site writes"
                + " blog/signals/index.html for content/essays/other.md already");
    assertThat(site.read("blog/signals/index.html")).contains("url=../../essays/other.html");
    assertThat(r.err())
        .as("a file where a folder would be, and a folder where a file would be")
        .contains(
            "warning: \"/essays/traces.html/v2/\" makes no redirect: the site writes"
                + " essays/traces.html for content/essays/traces.md already")
        .contains(
            "warning: \"/x.html\" makes no redirect: the site writes x.html/ for other pages"
                + " already");
    assertThat(site.read("x.html/index.html")).contains("url=../essays/other.html");
    SiteFixture.Result json =
        SiteFixture.run("check", "--source", site.root().toString(), "--format", "json");
    assertThat(json.out())
        .contains("\"rule\":\"redirect.taken\"")
        .contains("\"rule\":\"redirect.invalid\"");
  }

  /** An address written decomposed, as a Mac may: the page of {@code café.md} is there already. */
  @Test
  void anOldAddressInDecomposedUnicodeIsTheComposedOne() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("unicode"),
            SITE
                + "-- content/essays/caf\u00e9.md --\n---\ntitle: Caf\u00e9\n---\nOpen late.\n"
                + "-- content/essays/menu.md --\n---\naliases: [/essays/cafe\u0301.html]\n---\n"
                + "Menu.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "makes no redirect: the site writes essays/caf\u00e9.html for"
                + " content/essays/caf\u00e9.md already");
    assertThat(site.read("essays/caf\u00e9.html")).contains("Open late.");
  }

  @Test
  void aPhoneNumberInAnOldAddressIsFound() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("phone"),
            SITE.replace("  - /blog/signals\n", "  - /blog/call-912-555-0142/\n"));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("phone number \"912 *** **42\" would be published");
    assertThat(Files.exists(site.output().resolve("blog"))).isFalse();
  }

  /**
   * Red team: the output was a git checkout (a gh-pages deploy); an alias {@code
   * /.git/hooks/post-checkout/} wrote a folder where git runs a hook, and {@code /.git/HEAD.html} a
   * file into the repository. A hidden part is no address on the site.
   */
  @Test
  void anAliasIntoTheOutputsGitFolderIsRefusedAndTheRepositoryUntouched() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("git"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Jo Example
            publish.folders=essays
            -- content/essays/moved.md --
            ---
            title: Moved post
            aliases: [/.git/hooks/post-checkout/, /.git/HEAD.html, /posts/.well/]
            ---
            body
            """);
    SiteFixture.Result first = site.bake();
    assertThat(first.exitCode()).as(first.toString()).isZero();
    java.nio.file.Path git = Files.createDirectories(site.output().resolve(".git/hooks"));
    Files.writeString(git.getParent().resolve("HEAD"), "ref: refs/heads/main\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "moved.md:3:1: warning: aliases \"/.git/hooks/post-checkout/\" is no address on the"
                + " site (a part of it starts with a dot, .git, as hidden files do)")
        .contains("aliases \"/.git/HEAD.html\" is no address")
        .contains("aliases \"/posts/.well/\" is no address");
    try (var files = Files.walk(site.output().resolve(".git"))) {
      assertThat(files.map(f -> site.output().relativize(f).toString()))
          .containsExactlyInAnyOrder(".git", ".git/hooks", ".git/HEAD");
    }
    assertThat(site.files()).noneMatch(f -> f.contains(".well"));
  }
}
