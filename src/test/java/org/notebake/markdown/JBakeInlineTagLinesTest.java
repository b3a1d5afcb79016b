package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * A line of one inline tag starts a paragraph in a JBake post, as flexmark's pegdown profile (JBake
 * 2.7) reads it; the expected HTML below is what flexmark 0.62.2 with JBake's default extensions
 * gave for each input.
 */
class JBakeInlineTagLinesTest {
  private static final Parser PARSER =
      Parser.builder()
          .customBlockParserFactory(new JBakeInlineTagLines())
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static String html(String markdown) {
    return HtmlRenderer.builder().build().render(PARSER.parse(markdown)).strip();
  }

  @Test
  void anImageLineAndTheHeadingUnderItAreAParagraphAndAHeading() {
    assertThat(html("<img src=\"a.jpg\" alt=\"Header\"/>\n## Attractions\n\nText."))
        .isEqualTo(
            "<p><img src=\"a.jpg\" alt=\"Header\"/></p>\n<h2>Attractions</h2>\n<p>Text.</p>");
    assertThat(html("<span class=\"x\">\nsome *text*\n</span>"))
        .isEqualTo("<p><span class=\"x\">\nsome <em>text</em>\n</span></p>");
  }

  @Test
  void blockTagsStillStartHtmlBlocks() {
    assertThat(html("<div class=\"row\">\n## Not a heading\n</div>"))
        .isEqualTo("<div class=\"row\">\n## Not a heading\n</div>");
    assertThat(html("<table>\n<tr><td>x</td></tr>\n</table>"))
        .isEqualTo("<table>\n<tr><td>x</td></tr>\n</table>");
    assertThat(html("<!-- note -->\n## After")).isEqualTo("<!-- note -->\n<h2>After</h2>");
  }

  @Test
  void otherLinesAreAsInCommonMark() {
    assertThat(html("Text\n<img src=\"b.jpg\"/>\nmore"))
        .isEqualTo("<p>Text\n<img src=\"b.jpg\"/>\nmore</p>");
    assertThat(html("    <img src=\"c.jpg\"/>"))
        .isEqualTo("<pre><code>&lt;img src=&quot;c.jpg&quot;/&gt;\n</code></pre>");
    assertThat(html("<img src=\"a.jpg\"/> and text"))
        .isEqualTo("<p><img src=\"a.jpg\"/> and text</p>");
    assertThat(html("<not a tag")).isEqualTo("<p>&lt;not a tag</p>");
    assertThat(html("<a href='x' title=\"y\" data-z=w disabled>\n# Heading"))
        .isEqualTo("<p><a href='x' title=\"y\" data-z=w disabled></p>\n<h1>Heading</h1>");
    assertThat(html("<a href=>\ntext")).isEqualTo("<p>&lt;a href=&gt;\ntext</p>");
    assertThat(html("</span>  \n# Heading")).isEqualTo("<p></span></p>\n<h1>Heading</h1>");
  }

  /**
   * A red team's: a tag line right under a quote's paragraph is a lazy line of it, as in CommonMark
   * and flexmark; it started a paragraph outside the quote, and under "> [!private]" the passport
   * scan and the door code after it were published.
   */
  @Test
  void aTagLineUnderAQuotesParagraphStaysInTheQuote() {
    assertThat(html("> Scan:\n<img src=\"p.png\">\nDoor code 4921."))
        .isEqualTo(
            "<blockquote>\n<p>Scan:\n<img src=\"p.png\">\nDoor code 4921.</p>\n</blockquote>");
    assertThat(html("> <img src=\"p.png\">\nlazy line"))
        .isEqualTo("<blockquote>\n<p><img src=\"p.png\">\nlazy line</p>\n</blockquote>");
  }

  @Test
  void longTagLinesAreLinear() {
    String line = "<a" + " b=\"c\"".repeat(100_000) + ">\n";
    String broken = "<a" + " b=".repeat(100_000) + "\n";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertThat(html(line.repeat(3))).startsWith("<p><a");
          assertThat(html(broken.repeat(3))).startsWith("<p>&lt;a");
        });
  }
}
