package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.html.PassHarness.run;

import org.junit.jupiter.api.Test;

class HeadingAnchorsPassTest {
  private final HeadingAnchorsPass pass = new HeadingAnchorsPass();

  @Test
  void headingWithIdInMainGetsASelfLink() {
    assertThat(run(pass, "<main><h2 id=\"why\">Why</h2></main>"))
        .isEqualTo(
            "<main><h2 id=\"why\">Why<a class=\"heading-anchor\" href=\"#why\""
                + " aria-label=\"Link to this section\">#</a></h2></main>");
  }

  @Test
  void everyLevelFromTwoToSixInAnArticleIsAnchored() {
    String html =
        run(
            pass,
            "<article><h1 id=\"a\">A</h1><h2 id=\"b\">B</h2><h3 id=\"c\">C</h3>"
                + "<h4 id=\"d\">D</h4><h5 id=\"e\">E</h5><h6 id=\"f\">F</h6></article>");

    assertThat(html).doesNotContain("href=\"#a\"");
    assertThat(html).contains("href=\"#b\"", "href=\"#c\"", "href=\"#d\"", "href=\"#e\"");
    assertThat(html).contains("href=\"#f\"");
  }

  @Test
  void headingsOutsideMainOrWithoutIdAreLeftAlone() {
    String html =
        "<nav><h2 id=\"menu\">Menu</h2></nav><main><h2>Plain</h2><h2 id=\"\">E</h2></main>";

    assertThat(run(pass, html)).isEqualTo(html);
  }

  @Test
  void articleInsideMainGetsOneAnchorPerHeading() {
    String html = run(pass, "<main><article><h2 id=\"x\">X</h2></article></main>");

    assertThat(html.split("heading-anchor", -1)).hasSize(2);
  }

  @Test
  void runningTwiceAddsNothing() {
    String once = run(pass, "<main><h2 id=\"why\">Why <em>now</em></h2></main>");

    assertThat(run(pass, once)).isEqualTo(once);
  }

  @Test
  void idIsEscapedInTheHref() {
    assertThat(run(pass, "<main><h3 id=\"a&quot;b\">Q</h3></main>")).contains("href=\"#a&quot;b\"");
  }
}
