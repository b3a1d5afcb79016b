package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class JBakeHeadingsTest {
  private static final Parser PARSER =
      Parser.builder().customBlockParserFactory(new JBakeHeadings()).build();

  private static String html(String markdown) {
    return HtmlRenderer.builder().build().render(PARSER.parse(markdown)).strip();
  }

  @Test
  void hashesWithoutASpaceMakeAHeadingAsInJBake() {
    assertThat(html("#Setup")).isEqualTo("<h1>Setup</h1>");
    assertThat(html("###Third ###")).isEqualTo("<h3>Third</h3>");
    assertThat(html("#a#")).isEqualTo("<h1>a#</h1>");
    assertThat(html("Text\n#Interrupts")).isEqualTo("<p>Text</p>\n<h1>Interrupts</h1>");
    assertThat(html("# With a space")).isEqualTo("<h1>With a space</h1>");
    assertThat(html("#######Seven")).isEqualTo("<p>#######Seven</p>");
    assertThat(html("    #code")).isEqualTo("<pre><code>#code\n</code></pre>");
    assertThat(html("#")).isEqualTo("<h1></h1>");
  }

  /** Each line is scanned once from each end: long runs of blanks cost linear time. */
  @Test
  void longLinesOfBlanksAndHashesAreLinear() {
    String line = "#a" + " ".repeat(200_000) + "x" + " #".repeat(100_000) + "\n";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertThat(html(line.repeat(5))).startsWith("<h1>a"));
  }
}
