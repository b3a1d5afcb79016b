package org.notebake.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedIdsTest {
  @Test
  void idsAndTheLinksToThemGetThePrefixOtherLinksStay() {
    assertThat(
            EmbeddedIds.scope(
                "<p>x<sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup> <a href=\"#elsewhere\">e</a>"
                    + " <a href=\"#\">top</a> <a href=\"other.html#fn-1\">o</a></p>"
                    + "<ol><li id=\"fn-1\">y <a href=\"#fnref-1\">↩</a></li></ol>",
                "--embed-2"))
        .isEqualTo(
            "<p>x<sup><a href=\"#fn-1--embed-2\" id=\"fnref-1--embed-2\">1</a></sup> <a"
                + " href=\"#elsewhere\">e</a> <a href=\"#\">top</a> <a"
                + " href=\"other.html#fn-1\">o</a></p><ol><li id=\"fn-1--embed-2\">y <a"
                + " href=\"#fnref-1--embed-2\">↩</a></li></ol>");
  }

  @Test
  void htmlWithoutIdsIsLeftAsItIs() {
    String html = "<p>a &amp; b<br>c</p><p data-x=\"id=\">d</p>";
    assertThat(EmbeddedIds.scope(html, "--embed-1")).isEqualTo(html);
  }

  @Test
  void oddIdsAndDeepNestingKeepTheirText() {
    String deep =
        "<div>".repeat(2_000) + "<h2 id=\"é &quot;q&quot; ^b\">T</h2>" + "</div>".repeat(2_000);
    String scoped = EmbeddedIds.scope(deep, "--embed-1");
    assertThat(scoped).contains("id=\"é &quot;q&quot; ^b--embed-1\"").contains(">T</h2>");
  }
}
