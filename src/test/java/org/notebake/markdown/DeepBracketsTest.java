package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;
import org.notebake.markdown.obsidian.LinkResolution;
import org.notebake.markdown.obsidian.ObsidianResolver;

/**
 * Brackets stacked higher than {@link DeepBrackets#MAX_HEIGHT} are text, so a note of nested
 * brackets renders in linear time; every note stacking them lower renders exactly as written.
 */
class DeepBracketsTest {

  /** Room for a shared, slow machine; each of these took minutes or hours before. */
  private static final Duration GENEROUS = Duration.ofSeconds(30);

  private static final int LIMIT = DeepBrackets.MAX_HEIGHT;

  private final MarkdownConverter markdown = new MarkdownConverter(false, Set.of("private"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "![[",
        "[[",
        "![",
        "[",
        "![[x",
        "[[x",
        "![x",
        "[x",
        "![[x|",
        "[[x|",
        "![[x#",
        "[[x#^",
        "![[x#^b|",
        "^[",
        "[![",
        "- ![[",
        "> [!note] t\n> ![[",
        "| a | ![[x|",
        "1. [[x\\|"
      })
  void aQuarterMegabyteOfNestedOpenersRendersQuickly(String opener) {
    int n = 256 * 1024 / opener.length();
    String note = "# Nested\n\n" + opener.repeat(n) + "]]".repeat(n) + "\n\nafter [[Kyoto]]";

    MarkdownConverter.Rendered rendered =
        assertTimeoutPreemptively(GENEROUS, () -> markdown.renderWithFacts(note, RESOLVER));

    assertThat(rendered.html()).contains("<a class=\"internal-link\" href=\"kyoto.html\">");
    // The outermost pair too high: on the first line of openers (the second, after a callout's).
    assertThat(rendered.deepBrackets().orElseThrow().line()).isBetween(3, 4);
  }

  @Test
  void aMegabyteOfNestedEmbedsRendersInSeconds() {
    String note = "![[".repeat(100_000) + "photo.png]]" + "]]".repeat(99_999) + "\n";

    MarkdownConverter.Rendered rendered =
        assertTimeoutPreemptively(GENEROUS, () -> markdown.renderWithFacts(note, RESOLVER));

    // The innermost embed is read as written; the brackets around it are shown as text.
    assertThat(rendered.html())
        .startsWith("<p>![[![[")
        .contains("![[<img src=\"img/photo.png\" alt=\"photo.png\" />]]")
        .endsWith("]]</p>\n")
        .doesNotContain("\\");
    assertThat(rendered.deepBrackets()).contains(new DeepBrackets.Escaped(1, 2, 200_000 - LIMIT));
  }

  @Test
  void unclosedAndUnopenedBracketsAreNeverEscaped() {
    String note = "![[x|".repeat(50_000) + "\n\n" + "]]".repeat(50_000);

    DeepBrackets.Flattened flat = DeepBrackets.flatten(note);

    assertThat(flat.markdown()).isSameAs(note);
    assertThat(flat.escaped()).isEmpty();
  }

  @Test
  void aStackAtTheLimitIsLeftAsItIsAndOneHigherLosesItsOuterPair() {
    String atLimit = "[".repeat(LIMIT) + "x" + "]".repeat(LIMIT);
    String higher = "[".repeat(LIMIT + 1) + "x" + "]".repeat(LIMIT + 1);

    assertThat(DeepBrackets.flatten(atLimit).markdown()).isSameAs(atLimit);
    DeepBrackets.Flattened flat = DeepBrackets.flatten("a\n  " + higher);
    assertThat(flat.markdown()).isEqualTo("a\n  \\[" + atLimit + "\\]");
    assertThat(flat.escaped()).contains(new DeepBrackets.Escaped(2, 3, 1));
  }

  @Test
  void anEscapedOpenersMarkerIsEscapedWithIt() {
    // 34 pairs: the outer two stand higher than 32. The "!" goes with them, so that the escapes
    // form one run, which the parser takes as one node.
    String embeds = "![[".repeat(17) + "x]]" + "]]".repeat(16);
    String footnotes = "^[".repeat(LIMIT + 1) + "x" + "]".repeat(LIMIT + 1);

    assertThat(DeepBrackets.flatten(embeds).markdown())
        .isEqualTo("\\!\\[\\[" + "![[".repeat(16) + "x]]" + "]]".repeat(15) + "\\]\\]");
    assertThat(DeepBrackets.flatten(footnotes).markdown())
        .isEqualTo("\\^\\[" + "^[".repeat(LIMIT) + "x" + "]".repeat(LIMIT) + "\\]");
    assertThat(DeepBrackets.flatten("\\![".repeat(40) + "]".repeat(40)).markdown())
        .startsWith("\\!\\[".repeat(8) + "\\![\\![");
    assertThat(markdown.renderWithFacts(embeds, RESOLVER).html())
        .startsWith("<p>![[![[")
        .doesNotContain("\\");
  }

  @Test
  void normalNestingRendersAsBefore() {
    // Links in an image's alt, an image in a link, wikilinks and embeds in a callout, a footnote
    // holding a link, a task list: a few levels, as real notes nest them.
    String note =
        """
        [![a [b] c](photo.png)](https://example.org) and [[Kyoto|the [city]]]

        > [!note] Title with [[Kyoto]]
        > ![[photo.png|300]] and [x [y [z]]](Other.md)

        A footnote^[with [a link](https://example.org) inside] and `[[not a link]]`.

        - [ ] task with [[Kyoto#Temples|temples]]
        - [x] done
        """;

    assertThat(DeepBrackets.flatten(note).markdown()).isSameAs(note);
    MarkdownConverter.Rendered rendered = markdown.renderWithFacts(note, RESOLVER);
    assertThat(rendered.deepBrackets()).isEmpty();
    assertThat(rendered.html())
        .contains(
            "<a href=\"https://example.org\"><img src=\"img/photo.png\" alt=\"a [b] c\" /></a>",
            " and [[Kyoto|the [city]]]</p>",
            "Title with <a class=\"internal-link\" href=\"kyoto.html\">Kyoto</a></div>",
            "<img src=\"img/photo.png\" alt=\"300\" /> and <span class=\"broken-link\">x [y [z]]</span>",
            "<p>with <a href=\"https://example.org\">a link</a> inside",
            "<code>[[not a link]]</code>",
            "href=\"kyoto.html#temples\">temples</a>");
  }

  @Test
  void bracketsInCodeMathsAndHtmlAreNeitherCountedNorEscaped() {
    String deep = "[".repeat(500) + "x" + "]".repeat(500);
    String[] notes = {
      "```\n" + deep + "\n```\n",
      "- item\n\n  ~~~~ json\n  " + deep + "\n  ~~~~\n",
      "> ```\n> " + deep + "\n",
      "text\n\n    " + deep + "\n",
      "a `` " + deep + " `` b",
      "$$\n" + deep + "\n$$\n",
      "a $" + deep + "$ b",
      "a $$ " + deep + " $$ b",
      "<div>\n" + deep + "\n</div>\n",
      "<pre>\n" + deep + "\n\n" + deep + "\n</pre>\n",
      "<!--\n" + deep + "\n\n-->\n",
      "a <span title=\"" + deep + "\">b</span>",
      "a <!-- " + deep + " --> b",
      "a <https://example.org/" + deep + "> b",
      "\\[".repeat(500) + "x" + "\\]".repeat(500),
    };
    for (String note : notes) {
      assertThat(DeepBrackets.flatten(note).markdown()).as(note).isSameAs(note);
    }
  }

  @Test
  void whatCannotBeATagOrABlockHidesNoBrackets() {
    // Brackets outside quotes make no tag, on a line of its own or in a paragraph, and text after
    // "$$x$$" is a paragraph, not maths: the parser reads those brackets, so they count.
    for (String start : new String[] {"<a ", "x <a ", "$$x$$ "}) {
      String note = start + "![[".repeat(30_000) + "]]".repeat(30_000) + ">";

      DeepBrackets.Flattened flat =
          assertTimeoutPreemptively(GENEROUS, () -> DeepBrackets.flatten(note));
      assertTimeoutPreemptively(GENEROUS, () -> markdown.renderWithFacts(note, RESOLVER));

      assertThat(flat.escaped()).as(start).isPresent();
    }
  }

  @Test
  void manyParagraphsOfUnclosedInlineCommentsAreReadOnce() {
    // Each paragraph looks for its comment's end in itself, not in the rest of the note.
    String note = "a <!-- [x]\n\n".repeat(100_000);

    DeepBrackets.Flattened flat =
        assertTimeoutPreemptively(GENEROUS, () -> DeepBrackets.flatten(note));

    assertThat(flat.markdown()).isSameAs(note);
  }

  @Test
  void bracketsAfterCodeAreStillRead() {
    String deep = "[".repeat(40) + "x" + "]".repeat(40);
    String note = "```\n[[[\n```\n`[` $[$ <b title=\"[\">\n" + deep + "\n";

    DeepBrackets.Flattened flat = DeepBrackets.flatten(note);

    assertThat(flat.escaped()).contains(new DeepBrackets.Escaped(5, 1, 40 - LIMIT));
    assertThat(flat.markdown()).startsWith("```\n[[[\n```\n`[` $[$ <b title=\"[\">\n\\[");
  }

  @Test
  void linksAfterEscapedBracketsAreReportedAtTheirColumnsAsWritten() {
    // 40 pairs: the outer 8 are escaped, 16 backslashes in front of the links on line 2.
    String deep = "[".repeat(40) + "x" + "]".repeat(40);
    String line2 = deep + " see [[Missing note]] and [gone](Gone.md) #later";
    String line3 = deep + " " + deep + " then [[Missing note]]";
    // A code span: the wikilink after it is cut out of a text node, not found by the parser.
    String line4 = deep + " `code` [[Missing note]]";
    String note = "# Title\n" + line2 + "\n" + line3 + "\n" + line4 + "\nlast [[Missing note]]\n";
    List<LinkRequest> requests = new ArrayList<>();
    ObsidianResolver recording =
        new ObsidianResolver() {
          @Override
          public LinkResolution resolveLink(LinkRequest request) {
            requests.add(request);
            return new LinkResolution.Unresolved(request.target());
          }

          @Override
          public EmbedResolution resolveEmbed(LinkRequest request) {
            return RESOLVER.resolveEmbed(request);
          }

          @Override
          public String tagHref(String tag) {
            return RESOLVER.tagHref(tag);
          }
        };

    MarkdownConverter.Rendered rendered = markdown.renderWithFacts(note, recording);

    assertThat(rendered.deepBrackets()).contains(new DeepBrackets.Escaped(2, 1, 4 * (40 - LIMIT)));
    assertThat(requests)
        .extracting(r -> r.target() + "@" + r.line() + ":" + r.column())
        .containsExactly(
            "x@2:" + (line2.indexOf("[[x") + 1),
            "Missing note@2:" + (line2.indexOf("[[Missing") + 1),
            "Gone.md@2:" + (line2.indexOf("[gone]") + 1),
            "x@3:" + (line3.indexOf("[[x") + 1),
            "x@3:" + (line3.lastIndexOf("[[x") + 1),
            "Missing note@3:" + (line3.indexOf("[[Missing") + 1),
            "x@4:" + (line4.indexOf("[[x") + 1),
            "Missing note@4:" + (line4.indexOf("[[Missing") + 1),
            "Missing note@5:6");
  }

  @Test
  void randomBracketSoupNeverThrowsAndEscapesOnlyWhatStacksTooHigh() {
    String[] pieces = {
      "![[", "[[", "![", "[", "]", "]]", "|", "#", "^", "x", " ", "\n", "\n\n", "> ", "- ", "| ",
      "`", "$", "$$", "```\n", "<b>", "(u)", "\\", "%%", "[!note]", "**"
    };
    int tooHigh = 0;
    for (long seed = 1; seed <= 12; seed++) {
      Random random = new Random(seed);
      StringBuilder soup = new StringBuilder();
      while (soup.length() < 200_000) {
        // Runs of one piece build tall stacks; single pieces mix them.
        String piece = pieces[random.nextInt(pieces.length)];
        soup.append(piece.repeat(random.nextInt(8) == 0 ? 1 + random.nextInt(400) : 1));
      }
      String note = soup.toString();

      MarkdownConverter.Rendered rendered =
          assertTimeoutPreemptively(GENEROUS, () -> markdown.renderWithFacts(note, RESOLVER));
      DeepBrackets.Flattened flat = DeepBrackets.flatten(note);

      assertThat(rendered.html()).as("seed %d", seed).isNotNull();
      assertThat(rendered.deepBrackets()).as("seed %d", seed).isEqualTo(flat.escaped());
      flat.escaped().ifPresent(e -> assertThat(e.pairs()).isLessThanOrEqualTo(count(note, '[')));
      // What is left stacks no higher than the limit: flattening again changes nothing.
      String again = flat.markdown();
      assertThat(DeepBrackets.flatten(again).markdown()).as("seed %d", seed).isSameAs(again);
      tooHigh += flat.escaped().isPresent() ? 1 : 0;
    }
    assertThat(tooHigh).as("soups that stack too high").isBetween(1, 11);
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }

  private static final ObsidianResolver RESOLVER =
      new ObsidianResolver() {
        @Override
        public LinkResolution resolveLink(LinkRequest request) {
          return request.target().equals("Kyoto")
              ? new LinkResolution.Resolved(
                  "kyoto.html" + (request.fragment() == null ? "" : "#temples"), "Kyoto")
              : new LinkResolution.Unresolved(request.target());
        }

        @Override
        public EmbedResolution resolveEmbed(LinkRequest request) {
          return request.target().equals("photo.png")
              ? new EmbedResolution.Image(
                  "img/photo.png",
                  request.alias() == null ? "photo.png" : request.alias(),
                  null,
                  null)
              : new EmbedResolution.Unresolved(request.target());
        }

        @Override
        public String tagHref(String tag) {
          return "tags/" + tag + ".html";
        }
      };
}
