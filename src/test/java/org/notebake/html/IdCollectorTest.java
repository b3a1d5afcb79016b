package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class IdCollectorTest {

  @Test
  void collectsIdsAndLegacyAnchorNamesInDocumentOrder() {
    String html =
        "<h2 id=\"intro\">I</h2><p id=\"^block-1\">p</p><a name=\"old\"></a>"
            + "<a id=\"both\" name=\"alias\"></a><div id=\"\"></div><input name=\"not-a-target\">";

    assertThat(IdCollector.ids(Jsoup.parse(html)))
        .containsExactly("intro", "^block-1", "old", "both", "alias");
  }
}
