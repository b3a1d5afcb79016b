package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Linked from" shows, under each linking note, the text around its link. */
class BacklinkContextTest {
  @TempDir Path dir;

  /**
   * A link in a table had the whole table as its context, every cell run into the next
   * ("PluginUseNotecanvasboardsAlpha..."; nemossi/iknow.pub's plugin table): the context is the row
   * that holds the link, its cells apart.
   */
  @Test
  void aLinkInATableHasItsRowAsContext() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=.
            -- Alpha.md --
            Text.
            -- Index.md --
            | Plugin | Use | Note |
            | --- | --- | --- |
            | canvas | boards | [[Alpha]] |
            | drawio | flows | none |
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document alpha = Jsoup.parse(site.read("alpha.html"));
    assertThat(alpha.select(".backlinks li p").text()).isEqualTo("canvas · boards · Alpha");
  }
}
