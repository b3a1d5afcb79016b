package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.markdown.obsidian.ObsidianResolver;

/**
 * A red team's findings: Markdown inside HTML that hides it was removed from the page but had been
 * read for the note's tags, headings, links, embeds and alt text, which published them.
 */
class HiddenHtmlTest {
  private static final MarkdownConverter MARKDOWN = new MarkdownConverter(false, Set.of("private"));
  private static final ObsidianResolver NONE =
      new ObsidianResolver() {
        @Override
        public org.notebake.markdown.obsidian.LinkResolution resolveLink(
            org.notebake.markdown.obsidian.LinkRequest request) {
          return new org.notebake.markdown.obsidian.LinkResolution.Unresolved(request.target());
        }

        @Override
        public org.notebake.markdown.obsidian.EmbedResolution resolveEmbed(
            org.notebake.markdown.obsidian.LinkRequest request) {
          return new org.notebake.markdown.obsidian.EmbedResolution.Unresolved(request.target());
        }

        @Override
        public String tagHref(String tag) {
          return "tags/" + tag + ".html";
        }
      };

  private static NoteFacts facts(String note) {
    NoteFacts analysed = MARKDOWN.analyze(note);
    NoteFacts rendered = MARKDOWN.renderWithFacts(note, NONE).facts();
    assertThat(analysed.tags()).isEqualTo(rendered.tags());
    assertThat(analysed.headings().stream().map(NoteFacts.Heading::id).toList())
        .isEqualTo(rendered.headings().stream().map(NoteFacts.Heading::id).toList());
    assertThat(analysed.links().stream().map(NoteFacts.OutgoingLink::target).toList())
        .isEqualTo(rendered.links().stream().map(NoteFacts.OutgoingLink::target).toList());
    return rendered;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<span hidden>",
        "<span HIDDEN=\"\">",
        "<span style=\"display: none\">",
        "<span style='visibility:hidden'>",
        "<span popover>",
        "<dialog>",
        "<template>",
        "<noscript>",
        "<textarea>",
        "<select><option>",
        "<script>",
        "<video>"
      })
  void aTagLinkOrEmbedInsideHiddenInlineHtmlIsNotRead(String opener) {
    String name = opener.substring(1).split("[\\s>]")[0];
    String note =
        "Public text. "
            + opener
            + "job hunt #interview-at-acme [[Salary notes]] ![[offer.pdf]] [cv](cv.txt)</"
            + name
            + "> and #public.";

    NoteFacts facts = facts(note);

    assertThat(facts.tags()).containsExactly("public");
    assertThat(facts.links()).isEmpty();
    assertThat(MARKDOWN.renderChecked(note, NONE).html()).contains("Public text.", "#public");
  }

  @Test
  void aHiddenPartOfAHeadingIsNoPartOfItsTextOrAnchor() {
    NoteFacts facts = facts("## One <span hidden>divorce lawyer</span>\nx\n\n## Two\n");

    assertThat(facts.headings()).extracting(NoteFacts.Heading::id).containsExactly("one", "two");
    assertThat(facts.headings().get(0).text()).doesNotContain("divorce");
  }

  @Test
  void aHiddenPartOfAnImagesAltTextIsNotPublished() {
    String html =
        MARKDOWN
            .renderChecked("![photo <span hidden>of my ex</span>](https://example.org/a.png)", NONE)
            .html();

    assertThat(html).contains("<img").doesNotContain("of my ex");
  }

  @Test
  void aHiddenHtmlBlockCutsTheMarkdownBlocksUpToItsEndTag() {
    String note =
        """
        <div hidden>

        ## Salary negotiation

        Ask about #relocation and see [[Offer letter]].

        <div>

        ## Inner

        </div>

        </div>

        ## Public section

        Public intro #observability.
        """;

    NoteFacts facts = facts(note);

    assertThat(facts.headings())
        .extracting(NoteFacts.Heading::id)
        .containsExactly("public-section");
    assertThat(facts.tags()).containsExactly("observability");
    assertThat(facts.links()).isEmpty();
    assertThat(MARKDOWN.renderChecked(note, NONE).html())
        .doesNotContain("Salary", "relocation", "Inner")
        .contains("Public intro");
  }

  @Test
  void anElementItsParagraphOrBlocksLeaveOpenIsCutToTheirEnd() {
    NoteFacts inline = facts("Public. <span hidden>open to the end #secret\n\nNext #shown.");
    assertThat(inline.tags()).containsExactly("shown");

    NoteFacts block = facts("Before #a.\n\n<section hidden>\n\nAfter #b.\n\n## Gone\n");
    assertThat(block.tags()).containsExactly("a");
    assertThat(block.headings()).isEmpty();
  }

  @Test
  void visibleHtmlAndVoidOrSelfClosedTagsCutNothing() {
    String note =
        "A <span class=\"x\" style=\"color: red\">red #one</span> <img hidden src=\"a.png\">"
            + " #two <span hidden/> #three <br hidden> [[Shown]]\n\n"
            + "<div style=\"color: blue\">\n\n## Blue\n\n</div>\n";

    NoteFacts facts = facts(note);

    assertThat(facts.tags()).containsExactly("one", "two", "three");
    assertThat(facts.links()).extracting(NoteFacts.OutgoingLink::target).containsExactly("Shown");
    assertThat(facts.headings()).extracting(NoteFacts.Heading::id).containsExactly("blue");
  }

  @Test
  void nestedElementsOfTheHiddenOnesNameDoNotEndItEarly() {
    NoteFacts facts =
        facts("<span hidden>a <span>b</span> #inside</span> #outside <!-- </span> --> #too");

    assertThat(facts.tags()).containsExactly("outside", "too");
  }

  @Test
  void tenThousandHiddenSpansAreCutInLinearTime() {
    String note = "<span hidden>x #t</span> ".repeat(10_000) + "#end";
    long start = System.nanoTime();

    NoteFacts facts = facts(note);

    assertThat(facts.tags()).containsExactly("end");
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
  }
}
