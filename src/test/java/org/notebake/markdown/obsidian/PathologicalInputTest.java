package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile or broken notes must render in bounded time, not hang the build. */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

  /** Room for a megabyte on a slow, shared machine; a quadratic pass over one takes far longer. */
  private static final Duration LARGE = Duration.ofSeconds(20);

  @Test
  void manyUnpairedDollarsFinishQuickly() {
    // Every '$' opens and none can close (a space before each): linear, not quadratic.
    assertThat(ObsidianRendering.render("$a ".repeat(50_000))).startsWith("<p>$a $a");
    assertThat(ObsidianRendering.render("x $$" + "a $".repeat(50_000))).startsWith("<p>x $$a $a");
    assertThat(ObsidianRendering.render("\\$a ".repeat(50_000))).doesNotContain("math");
  }

  @Test
  void manyUnclosedDisplayBlocksFinishQuickly() {
    assertThat(ObsidianRendering.render("> $$\n".repeat(2_000) + "x")).contains("math-display");
    assertThat(ObsidianRendering.render("- $$x\n".repeat(5_000))).contains("math-display");
  }

  @Test
  void aParagraphOfManyDollarLinesFinishesQuickly() {
    // Every "$$ y $$ b" line closes the maths the line above left open and opens another, so the
    // paragraph takes in all of them; each line is read once, not against the whole paragraph.
    String html = ObsidianRendering.render("x $$ a\n" + "$$ y $$ b\n".repeat(5_000) + "z");
    assertThat(html).startsWith("<p>x <span class=\"math math-display\"> a\n</span>");
    assertThat(html).endsWith("z</p>\n").doesNotContain("<div");
  }

  @Test
  @Timeout(60)
  void aParagraphOfManyClosingDollarLinesFinishesQuickly() {
    // Each "$$" line closes the maths the line above opened, so it is asked whether the paragraph
    // so far ends inside maths: only the new lines are read, not the whole paragraph again.
    String markdown = "It implies $$\nx^2\n$$\n".repeat(20_000);
    String html = assertTimeoutPreemptively(LARGE, () -> ObsidianRendering.render(markdown));
    assertThat(html)
        .startsWith("<p>It implies <span class=\"math math-display\">\nx^2\n</span>\nIt implies")
        .doesNotContain("<div");
  }

  @Test
  @Timeout(60)
  void aParagraphOfFiftyThousandDollarLinesFinishesQuickly() {
    String markdown = "x $$ a\n" + "$$ y $$ b\n".repeat(50_000) + "z";
    String html = assertTimeoutPreemptively(LARGE, () -> ObsidianRendering.render(markdown));
    assertThat(html).endsWith("z</p>\n").doesNotContain("<div");
  }

  @Test
  @Timeout(60)
  void aMegabyteOfMixedUnpairedDollarsFinishesQuickly() {
    String markdown = mixedDollarLines(20_261_205L, 1_000_000);
    String html = assertTimeoutPreemptively(LARGE, () -> ObsidianRendering.render(markdown));
    assertThat(html)
        .contains("<div class=\"math math-display\">", "<span class=\"math math-display\">")
        .doesNotContain("<pre");
  }

  /**
   * Lines of {@code $$}, {@code $}, backticks, {@code $b$}, {@code \$$} and text, {@code size}
   * characters in all, with no blank line: paragraphs that {@code $$} lines join and blocks that
   * they open.
   */
  private static String mixedDollarLines(long seed, int size) {
    String[] firsts = {"$$", "$$ ", "$", "$b$", "\\$$", "\\", " y ", "b"};
    String[] tokens = {"$$", "$$ ", "$", "$b$", "\\$$", "\\", " y ", "b", "`", "``"};
    Random random = new Random(seed);
    StringBuilder markdown = new StringBuilder(size + 64);
    while (markdown.length() < size) {
      // Never a backtick first: three would open a fence that takes in the rest.
      markdown.append(firsts[random.nextInt(firsts.length)]);
      int count = random.nextInt(6);
      for (int i = 0; i < count; i++) {
        markdown.append(tokens[random.nextInt(tokens.length)]);
      }
      markdown.append('\n');
    }
    return markdown.toString();
  }

  @Test
  void deeplyNestedQuotesPairingDollarsFinishQuickly() {
    String quotes = "> ".repeat(500);
    String html =
        ObsidianRendering.render((quotes + "a $$\n" + quotes + "x\n" + quotes + "$$\n").repeat(20));
    assertThat(html).contains("math-display").doesNotContain("<div");
  }

  @Test
  void rawHtmlFullOfUnclosedCalloutMarkersFinishesQuickly() {
    // Each line opens a marker's type and alias and never closes it: every line start is tried.
    String lines = "[!x|" + "a".repeat(20) + "\n";
    assertThat(ObsidianRendering.render("<pre>\n" + lines.repeat(60_000) + "</pre>"))
        .startsWith("<pre>\n[!x|");
    assertThat(ObsidianRendering.render("<div>\n" + "> > [!".repeat(100_000)))
        .startsWith("<div>\n> > [!");
  }

  @Test
  void manyUnclosedEmbedOpenersFinishQuickly() {
    assertThat(ObsidianRendering.render("![[".repeat(10_000))).startsWith("<p>![[");
  }

  @Test
  void manyUnclosedLinkOpenersFinishQuickly() {
    assertThat(ObsidianRendering.render("[[".repeat(10_000))).startsWith("<p>[[");
  }

  @Test
  void manyOpenersThenOneCloserFinishQuickly() {
    String html = ObsidianRendering.render("[[".repeat(10_000) + "Kyoto]]");

    assertThat(html).contains("<a class=\"internal-link\" href=\"kyoto.html\">Kyoto</a>");
  }

  @Test
  void thousandsOfWikiLinksAmongUnderscoresOnOneLineFinishQuickly() {
    String html = ObsidianRendering.render("[[Kyoto#a_(b]] _x ![[c)_d.png]] ".repeat(20_000));

    assertThat(html).startsWith("<p><a class=\"internal-link\"").doesNotContain("<em>");
  }

  @Test
  void manyOpenersAroundOneWikiLinkFinishQuickly() {
    assertThat(ObsidianRendering.render("[[".repeat(10_000) + "Kyoto]]" + "]]".repeat(10_000)))
        .contains("<a class=\"internal-link\"");
    assertThat(ObsidianRendering.render("![[".repeat(3_000) + "x.png]]" + "]]".repeat(3_000)))
        .contains("<img");
    assertThat(ObsidianRendering.render("[[_a ".repeat(20_000) + "]]".repeat(20_000)))
        .startsWith("<p>[[");
  }

  @Test
  @Timeout(60)
  void aMegabyteOfEscapedBracketsFinishesQuickly() {
    // Each escaped bracket becomes text joined with its neighbours: once per run, not once per
    // bracket with the whole run copied again.
    String markdown = "\\[a\\]".repeat(200_000);
    String html = assertTimeoutPreemptively(LARGE, () -> ObsidianRendering.render(markdown));
    assertThat(html).startsWith("<p>[a][a]").endsWith("[a]</p>\n").doesNotContain("\\");
  }

  @Test
  void escapedBracketsJoinTheirNeighboursOnly() {
    assertThat(ObsidianRendering.render("a \\[b\\] c [[Kyoto]] \\[[d]] *e*\\[ \\!"))
        .isEqualTo(
            "<p>a [b] c <a class=\"internal-link\" href=\"kyoto.html\">Kyoto</a> [[d]]"
                + " <em>e</em>[ !</p>\n");
  }

  @Test
  void deeplyNestedQuotesFinishQuickly() {
    assertThat(ObsidianRendering.render(">".repeat(1_000) + " [!note] deep")).contains("deep");
  }

  @Test
  void deeplyNestedCalloutsFinishQuickly() {
    assertThat(ObsidianRendering.render("> [!note]\n".repeat(1_000) + "end")).isNotEmpty();
  }

  @Test
  void aPrivateCalloutNestedDeeperThanTheParserReadsIsStillRemoved() {
    for (int depth : new int[] {90, 98, 99, 100, 101, 150, 5_000}) {
      String quotes = ">".repeat(depth);
      String html =
          ObsidianRendering.render(
              quotes + " [!Private] secret\n" + quotes + " secret two\nlazy secret\n\nshown");
      assertThat(html).as("depth %d", depth).doesNotContain("secret").contains("shown");
    }
  }

  @Test
  void manyLazyLinesAfterACalloutFinishQuickly() {
    String html = ObsidianRendering.render("> [!note]\n" + "lazy line\n".repeat(20_000));
    assertThat(html).startsWith("<div class=\"callout\"");
    assertThat(ObsidianRendering.render("> [!private]\n" + "lazy\n".repeat(20_000))).isEmpty();
  }

  @Test
  void manyBlankQuoteLinesBeforeAMarkerFinishQuickly() {
    assertThat(ObsidianRendering.render(">\n".repeat(20_000) + "> [!private]\nlazy")).isEmpty();
  }

  @Test
  void manyHighlightDelimitersFinishQuickly() {
    assertThat(ObsidianRendering.render("==".repeat(10_000))).isNotNull();
    assertThat(ObsidianRendering.render("==a ".repeat(10_000))).contains("==a");
  }

  @Test
  void manyCommentMarkersFinishQuickly() {
    assertThat(ObsidianRendering.render("%%".repeat(10_000) + " shown")).contains("shown");
    assertThat(ObsidianRendering.render("%%\n\n".repeat(10_000))).isEmpty();
  }

  @Test
  void manyUnfinishedSpacedLinksFinishQuickly() {
    assertThat(ObsidianRendering.render("[a](b c ".repeat(10_000))).startsWith("<p>[a](b c");
  }

  @Test
  void manyHashesFinishQuickly() {
    assertThat(ObsidianRendering.render("#a/".repeat(10_000))).contains("tag");
    assertThat(ObsidianRendering.render(" #".repeat(10_000))).isNotEmpty();
  }
}
