package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team: a Dataview query's source (`LIST FROM "Therapy" WHERE person = "..."`) was published as
 * code, in the page, its description and the feeds, though Obsidian only ever shows the author what
 * it finds. Query blocks are left out with a warning at their line.
 */
class QueryBlocksTest {
  @TempDir Path dir;

  @Test
  void queryBlocksAreLeftOutWithAWarningAndOtherCodeStays() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=essays
            -- content/essays/reading.md --
            ---
            title: Reading
            ---
            What I read.

            ```dataview
            LIST FROM "Therapy" WHERE person = "CANARY-DV"
            ```

            ```dataviewjs
            dv.list(dv.pages('"Journal"').where(p => p.who == "CANARY-DVJS"))
            ```

            ```Tasks
            not done path includes CANARY-TASKS
            ```

            ```query
            tag:#CANARY-QUERY
            ```

            ```todoist
            filter: "#CANARY-TODOIST & today"
            ```

            ```base
            filters:
              and:
                - file.inFolder("Therapy CANARY-BASE")
            views:
              - type: table
            ```

            ```datacorejsx
            return <dc.List rows={dc.useQuery('@page and path("CANARY-DATACORE")')} />;
            ```

            ```python
            print("a code sample stays")
            ```
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("CANARY");
    assertThat(site.read("essays/reading.html")).contains("a code sample stays");
    assertThat(r.err())
        .contains("content/essays/reading.md:6:1: warning: the dataview query block is left out")
        .contains("reading.md:10:1: warning: the dataviewjs query block")
        .contains("reading.md:14:1: warning: the tasks query block")
        .contains("reading.md:18:1: warning: the query query block")
        .contains("reading.md:22:1: warning: the todoist query block")
        .contains("reading.md:26:1: warning: the base query block")
        .contains("reading.md:34:1: warning: the datacorejsx query block");
  }

  /**
   * Red team: Dataview's inline queries were published as their source, in the page and the feeds:
   * a private folder's name and a therapist's. A spreadsheet formula in code stays.
   */
  @Test
  void inlineQueriesAreLeftOutWithAWarningAndFormulasStay() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("inline"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=essays
            -- content/essays/year.md --
            ---
            title: One year
            ---
            Days since: `$= dv.pages('"Journal/CANARY-FOLDER"').length`.

            Mood lately: `= [[Therapy log - CANARY-PERSON]].mood` and `=this.file.CANARY`.

            Also `=link("Private/CANARY-LINK")`, `=embed(link("CANARY-EMBED"))`, `=date(today)`.

            Sum with `=SUM(A1:A3)`, compare with `==`, and `a = b`; weigh `= log2(m_i/u_i)`.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "content/essays/year.md:4:13: warning: the inline Dataview query is left out: Obsidian"
                + " shows what it finds, never its source")
        .contains("content/essays/year.md:6:14: warning: the inline Dataview query")
        .contains("content/essays/year.md:6:59: warning: the inline Dataview query");
    assertThat(site.everything()).doesNotContain("CANARY");
    assertThat(site.read("essays/year.html"))
        .contains("<code>=SUM(A1:A3)</code>")
        .contains("<code>==</code>")
        .contains("<code>a = b</code>")
        .contains("<code>= log2(m_i/u_i)</code>");
  }
}
