package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.html.PassHarness.run;

import org.junit.jupiter.api.Test;

class FootnoteLabelsPassTest {
  private final FootnoteLabelsPass pass = new FootnoteLabelsPass("Retour à la référence {0}");

  @Test
  void aBackReferenceIsNamedInTheSitesLanguageWithItsNumber() {
    assertThat(
            run(
                pass,
                "<a href=\"#fnref-2\" class=\"footnote-backref\" aria-label=\"Back to reference"
                    + " 2\">↩</a>"))
        .isEqualTo(
            "<a href=\"#fnref-2\" class=\"footnote-backref\" aria-label=\"Retour à la référence"
                + " 2\">↩</a>");
  }

  @Test
  void aLabelTheAuthorWroteAndOtherLinksAreLeftAlone() {
    String html =
        "<a class=\"footnote-backref\" aria-label=\"Zurück\">↩</a>"
            + "<a class=\"other\" aria-label=\"Back to reference 1\">x</a>";

    assertThat(run(pass, html)).isEqualTo(html);
  }
}
