package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.obsidian.tag.Tag;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Diagnostics point at the exact line and column of a link or tag, so these spans must be right.
 */
class SourcePositionTest {

  @Test
  void wikiLinkSpanStartsAtTheOpeningBrackets() {
    SourceSpan span = spanOf(WikiLink.class, "Plain first line\nsee [[Kyoto]] here", 0);

    assertThat(span.getLineIndex()).isEqualTo(1);
    assertThat(span.getColumnIndex()).isEqualTo(4);
    assertThat(span.getLength()).isEqualTo("[[Kyoto]]".length());
  }

  @Test
  void wikiLinkAfterAClosingDollarLineKeepsItsColumn() {
    String markdown = "$$\nx^2\n$$ such that [[Kyoto]]";

    SourceSpan span = spanOf(WikiLink.class, markdown, 0);

    assertThat(span.getLineIndex()).isEqualTo(2);
    assertThat(span.getColumnIndex()).isEqualTo("$$ such that ".length());
  }

  @Test
  void embedSpanStartsAtTheBang() {
    SourceSpan span = spanOf(WikiLink.class, "text ![[photo.png|300]]", 0);

    assertThat(span.getColumnIndex()).isEqualTo(5);
    assertThat(span.getLength()).isEqualTo("![[photo.png|300]]".length());
  }

  @Test
  void secondWikiLinkOnALineHasItsOwnColumn() {
    String line = "[[Kyoto]] and [[Other Note|x]]";

    assertThat(spanOf(WikiLink.class, line, 1).getColumnIndex()).isEqualTo(line.indexOf("[[Other"));
  }

  @Test
  void wikiLinksWhoseUnderscoresCouldPairKeepTheirColumnsAndLengths() {
    String line = "_a_ [[Kyoto#A)_b]] and ![[b_(y.png]] and [[Kyoto|<vector>]]";

    SourceSpan link = spanOf(WikiLink.class, line, 0);
    assertThat(link.getColumnIndex()).isEqualTo(line.indexOf("[[Kyoto#"));
    assertThat(link.getLength()).isEqualTo("[[Kyoto#A)_b]]".length());
    SourceSpan embed = spanOf(WikiLink.class, line, 1);
    assertThat(embed.getColumnIndex()).isEqualTo(line.indexOf("![[b_"));
    assertThat(embed.getLength()).isEqualTo("![[b_(y.png]]".length());
    SourceSpan aliased = spanOf(WikiLink.class, line, 2);
    assertThat(aliased.getColumnIndex()).isEqualTo(line.indexOf("[[Kyoto|"));
    assertThat(aliased.getLength()).isEqualTo("[[Kyoto|<vector>]]".length());
  }

  @Test
  void wikiLinkInANestedTabIndentedListItemKeepsItsColumn() {
    String markdown = "- first\n\t- nested [[Kyoto]]";

    SourceSpan span = spanOf(WikiLink.class, markdown, 0);

    assertThat(span.getLineIndex()).isEqualTo(1);
    assertThat(span.getColumnIndex()).isEqualTo("\t- nested ".length());
  }

  @Test
  void wikiLinkAfterAnEscapedBracketKeepsItsColumn() {
    String line = "\\[x] then [[Kyoto]]";

    assertThat(spanOf(WikiLink.class, line, 0).getColumnIndex()).isEqualTo(line.indexOf("[[K"));
  }

  @Test
  void wikiLinkAfterACommentKeepsItsColumn() {
    String line = "a %%note%% [[Kyoto]]";

    assertThat(spanOf(WikiLink.class, line, 0).getColumnIndex()).isEqualTo(line.indexOf("[[K"));
  }

  @Test
  void wikiLinkInsideACalloutPointsIntoTheQuotedLine() {
    SourceSpan span = spanOf(WikiLink.class, "> [!note] Title\n> body [[Kyoto]]", 0);

    assertThat(span.getLineIndex()).isEqualTo(1);
    assertThat(span.getColumnIndex()).isEqualTo("> body ".length());
  }

  @Test
  void tagSpanCoversHashAndName() {
    SourceSpan span = spanOf(Tag.class, "line one\n- item #area/sub, more", 0);

    assertThat(span.getLineIndex()).isEqualTo(1);
    assertThat(span.getColumnIndex()).isEqualTo("- item ".length());
    assertThat(span.getLength()).isEqualTo("#area/sub".length());
  }

  @Test
  void tagAfterCrlfLineCountsLinesCorrectly() {
    SourceSpan span = spanOf(Tag.class, "one\r\ntwo\r\n  three #tag", 0);

    assertThat(span.getLineIndex()).isEqualTo(2);
    assertThat(span.getColumnIndex()).isEqualTo("  three ".length());
  }

  @Test
  void resolverReceivesOneBasedLineAndColumnForWikiAndStandardLinks() {
    List<LinkRequest> requests = new ArrayList<>();
    ObsidianResolver recording = new RecordingResolver(requests);
    HtmlRenderer renderer =
        HtmlRenderer.builder().extensions(ObsidianExtensions.all(recording, Set.of())).build();

    String line = "  x [[Kyoto#Intro|k]] [t](Other%20Note.md)";
    renderer.render(ObsidianRendering.parse("first\n" + line));

    assertThat(requests)
        .containsExactly(
            new LinkRequest("Kyoto", "Intro", "k", true, 2, line.indexOf("[[") + 1),
            new LinkRequest("Other Note.md", null, "t", false, 2, line.indexOf("[t]") + 1));
  }

  private static SourceSpan spanOf(Class<? extends Node> type, String markdown, int index) {
    List<Node> found = new ArrayList<>();
    ObsidianRendering.parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(CustomNode node) {
                if (type.isInstance(node)) {
                  found.add(node);
                }
                visitChildren(node);
              }
            });
    assertThat(found).hasSizeGreaterThan(index);
    assertThat(found.get(index).getSourceSpans()).hasSize(1);
    return found.get(index).getSourceSpans().get(0);
  }

  private record RecordingResolver(List<LinkRequest> requests) implements ObsidianResolver {
    @Override
    public LinkResolution resolveLink(LinkRequest request) {
      requests.add(request);
      return new LinkResolution.Unresolved(request.target());
    }

    @Override
    public EmbedResolution resolveEmbed(LinkRequest request) {
      requests.add(request);
      return new EmbedResolution.Unresolved(request.target());
    }

    @Override
    public String tagHref(String tag) {
      return tag;
    }
  }
}
