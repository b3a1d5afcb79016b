package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RawHtmlTest {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /** Room for a megabyte on a slow, shared machine; a quadratic pass over one takes far longer. */
  private static final Duration LARGE = Duration.ofSeconds(20);

  @Test
  void styleAttributesAreFoundWithTheirLineAndColumn() {
    RawHtml raw = RawHtml.of(PARSER.parse("a <span style=\"color:red\">b</span>"));
    assertThat(raw.found()).isTrue();
    assertThat(raw.styles()).containsExactly(new RawHtml.Position(1, 9));
    assertThat(RawHtml.stylesIn("<p>\n  <b style=x>\n<i\nstyle=y>"))
        .containsExactly(new RawHtml.Position(2, 6), new RawHtml.Position(4, 1));
  }

  @Test
  void aStyleInsideACommentIsNotOne() {
    assertThat(RawHtml.stylesIn("<!-- <b style=x> -->\n<i style=y><!--\n<u style=z>-->"))
        .containsExactly(new RawHtml.Position(2, 4));
    // An opener no "-->" closes hides nothing.
    assertThat(RawHtml.stylesIn("<!-- <b style=x>")).containsExactly(new RawHtml.Position(1, 9));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMegabyteOfUnclosedCommentsIsReadInLinearTime() {
    String html = "<!--".repeat(250_000) + "<b style=x>";
    assertThat(assertTimeoutPreemptively(LARGE, () -> RawHtml.stylesIn(html))).hasSize(1);
    String note = "<!--".repeat(250_000) + "\n\n<b style=x>";
    assertThat(assertTimeoutPreemptively(LARGE, () -> RawHtml.of(PARSER.parse(note))).found())
        .isTrue();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMegabyteOfStyledTagsIsReadInLinearTime() {
    String html = "<b style=x>\n".repeat(90_000);
    assertThat(assertTimeoutPreemptively(LARGE, () -> RawHtml.stylesIn(html)))
        .hasSize(90_000)
        .endsWith(new RawHtml.Position(90_000, 4));
  }
}
