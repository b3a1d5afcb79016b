package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A limit inside a library (commonmark's table cells, the stack a parser or template recurses on)
 * is an error at the note, exit 1, never a stack trace.
 */
class LibraryLimitTest {
  @TempDir Path dir;

  private static String table(int columns, int rows) {
    StringBuilder t = new StringBuilder("|");
    t.append("h|".repeat(columns)).append("\n|").append("-|".repeat(columns)).append('\n');
    String row = "|" + "x|".repeat(columns) + "\n";
    t.append(row.repeat(rows));
    return t.toString();
  }

  @Test
  void aTableOfAMillionCellsIsAnErrorAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            "-- big.md --\n---\npublish: true\n---\nIntro.\n\n"
                + table(1001, 1001)
                + "-- small.md --\n---\npublish: true\n---\nfine\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "big.md:6: error: the table has more than 1000000 cells, the Markdown parser's limit;"
                + " split it into smaller tables or publish it as a CSV file")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).contains("nothing written");
  }

  @Test
  void aTemplateThatCallsItselfForeverIsAnErrorNotAStackTrace() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/a.md --
            hello
            -- templates/post.ftlh --
            <#macro again><@again/></#macro><@again/>
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "essays/a.md: error: cannot produce page essays/a.html from template post.ftlh: it nests"
                + " too deeply")
        .doesNotContain("\tat ");
  }
}
