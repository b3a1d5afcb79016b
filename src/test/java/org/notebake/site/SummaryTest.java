package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's summary and description come from its prose: no diagram source, no code. */
class SummaryTest {
  @TempDir Path dir;

  @Test
  void summariesAndDescriptionsLeaveOutDiagramsAndCode() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- Flow.md --
            ---
            publish: true
            ---
            ```mermaid
            graph TD
              A[Start] --> B{Is it?}
            ```

            This diagram shows the decision flow.

            ```python
            print("hello")
            ```

            And `inline code` stays prose.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document page = Jsoup.parse(site.read("flow.html"));
    String prose = "This diagram shows the decision flow. And inline code stays prose.";
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(page.select("pre.mermaid").text()).contains("graph TD");
    assertThat(site.read("feed.xml")).contains("<summary>" + prose + "</summary>");
    assertThat(site.read("index.html")).doesNotContain("graph TD").contains(prose);
  }
}
