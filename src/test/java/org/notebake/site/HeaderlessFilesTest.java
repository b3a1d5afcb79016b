package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JBake site's content file without a header (no {@code status=}, {@code ~~~~~~} or YAML front
 * matter) is published as JBake 2.7 publishes it, from {@code default.status=published} and {@code
 * default.type} in jbake.properties; where JBake skips it, notebake says so once, with how to
 * publish it, instead of changing only the withheld count.
 */
class HeaderlessFilesTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org/
      site.title=Field notes
      site.author=Avery Quinn
      %s
      -- content/blog/hello.md --
      title=Hello
      type=post
      status=published
      ~~~~~~
      Hello from Avery Quinn.
      """;

  private SiteFixture site(String properties, String files) throws Exception {
    return SiteFixture.of(dir.resolve("site"), SITE.formatted(properties) + files);
  }

  @Test
  void aHeaderlessFileIsPublishedWhenTheSiteSetsDefaultStatusAndType() throws Exception {
    SiteFixture site =
        site(
            "default.status=published\ndefault.type=page",
            "-- content/about.md --\nAvery Quinn keeps field notes at example.org.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("notes published 2 of 2 (0 withheld)");
    assertThat(site.read("about.html"))
        .contains("Avery Quinn keeps field notes at example.org.")
        .contains("<title>about");
  }

  @Test
  void aHeaderWithoutStatusTakesTheSitesDefaultStatus() throws Exception {
    SiteFixture site =
        site(
            "default.status=published",
            "-- content/blog/later.md --\ntitle=Later\ntype=post\n~~~~~~\nA later post.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("blog/later.html");
  }

  @Test
  void optingOutStillWinsOverTheDefaultStatus() throws Exception {
    SiteFixture site =
        site(
            "default.status=published\ndefault.type=page",
            "-- content/draft.md --\n---\ndraft: true\n---\nNot yet.\n"
                + "-- content/held.md --\ntitle=Held\nstatus=draft\n~~~~~~\nNot yet either.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).doesNotContain("draft.html", "held.html");
  }

  @Test
  void aHeaderlessFileJBakeSkipsIsToldWithHowToPublishIt() throws Exception {
    SiteFixture site = site("", "-- content/about.md --\nAvery Quinn keeps field notes.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).doesNotContain("about.html");
    assertThat(r.err())
        .contains(
            "content/about.md: warning: has no header (status=published and a ~~~~~~ line, or"
                + " YAML front matter) and jbake.properties sets no default.status=published, so"
                + " it is not published; to publish it, begin it with status=published and a"
                + " line ~~~~~~, or set default.status=published and default.type=page in"
                + " jbake.properties to publish every file without a header");
  }

  @Test
  void withDefaultStatusButNoDefaultTypeAHeaderlessFileIsSkippedAsJBakeSkipsIt() throws Exception {
    SiteFixture site =
        site("default.status=published", "-- content/about.md --\nAvery Quinn keeps notes.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).doesNotContain("about.html");
    assertThat(r.err())
        .contains(
            "content/about.md: warning: has no header (status=published and a ~~~~~~ line, or"
                + " YAML front matter) and jbake.properties sets no default.type, so it is not"
                + " published (JBake 2.7 skips it too); to publish it, add default.type=page to"
                + " jbake.properties, or begin it with type=page and a line ~~~~~~");
  }

  @Test
  void manyHeaderlessFilesAreToldInOneLine() throws Exception {
    SiteFixture site =
        site(
            "",
            "-- content/a.md --\nA.\n-- content/b.md --\nB.\n-- content/c.md --\nC.\n"
                + "-- content/d.md --\nD.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.err().lines().filter(l -> l.contains("has no header")))
        .singleElement()
        .asString()
        .contains("content/a.md: warning: has no header")
        .endsWith("(3 more files have no header: b.md, c.md and 1 more)");
  }

  @Test
  void aVaultKeepsNotesWithoutFrontMatterPrivateAndQuiet() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Field notes
            site.author=Avery Quinn
            -- public.md --
            ---
            publish: true
            ---
            Hello.
            -- journal.md --
            Avery Quinn's private journal.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(site.everything()).doesNotContain("private journal");
  }

  /**
   * In a vault (notes at its root, no content/ folder) a default.status copied from a JBake site
   * would publish every note of the vault: it publishes nothing there, and says so at its line.
   */
  @Test
  void aVaultsDefaultStatusPublishesNothingAndSaysSo() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Field notes
            site.author=Avery Quinn
            default.status=published
            default.type=note
            -- daily/2025-07-01.md --
            Call Jo about the lease.
            -- essays/signals.md --
            ---
            title: Signals
            publish: true
            ---
            A public essay.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("notes published 1 of 2 (1 withheld)");
    assertThat(r.err())
        .contains(
            "jbake.properties:4:1: warning: default.status=published publishes nothing in a vault");
    assertThat(site.everything()).doesNotContain("Call Jo");
  }

  /**
   * Real content (a Quartz garden: notes in content/ beside jbake.properties, laid out as a JBake
   * site): with publish.folders choosing the public folder, a journal note without front matter was
   * told to set default.status=published, and setting it published the journal. Outside the chosen
   * folders a note is private as chosen, without advice; the default publishes nothing there and
   * says so.
   */
  @Test
  void whereFoldersAreChosenTheDefaultStatusPublishesNothingOutsideThem() throws Exception {
    String garden =
        """
        -- jbake.properties --
        site.host=https://avery.example.org/
        site.title=Field notes
        site.author=Avery Quinn
        publish.folders=public
        %s
        -- quartz.config.ts --
        export default {}
        -- content/journal/Monday.md --
        Call Jo about the lease at 912 555 0142.
        -- content/public/Mosses.md --
        ---
        title: Mosses
        ---
        Mosses grow on the north side.
        """;
    SiteFixture before = SiteFixture.of(dir.resolve("garden"), garden.formatted(""));
    SiteFixture.Result quiet = before.bake();
    assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
    assertThat(quiet.out()).contains("notes published 1 of 2 (1 withheld)");
    assertThat(quiet.err()).doesNotContain("default.status").doesNotContain("Monday");

    SiteFixture after =
        SiteFixture.of(
            dir.resolve("garden-default"),
            garden.formatted("default.status=published\ndefault.type=page"));
    SiteFixture.Result r = after.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("notes published 1 of 2 (1 withheld)");
    assertThat(r.err())
        .contains(
            "jbake.properties:5:1: warning: default.status=published publishes nothing where"
                + " publish.folders chooses the folders");
    assertThat(after.everything()).doesNotContain("Call Jo").doesNotContain("555");
  }
}
