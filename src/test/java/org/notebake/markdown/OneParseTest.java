package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;
import org.notebake.markdown.obsidian.LinkResolution;
import org.notebake.markdown.obsidian.ObsidianResolver;

/** A site build reads a note's facts from the parse that renders it: they must be the same. */
class OneParseTest {
  private static final String NOTE =
      """
      # Signals #observability
      Intro with [[Queue Weather#Design|the design]] and [a link](other.md#part).

      ## Details ^not-a-block

      | #in-table | [[Tabled]] |
      |---|---|
      | ~~struck [[Struck]]~~ | x |

      - [ ] task with [[Task Target]] #todo/later
      - item ^item-block

      > [!note] Callout
      > inside [[Called]] and ![[Embedded#Part]]

      %% a comment with [[Hidden]] #hidden %%

      ## Details

      Text with a footnote[^1] and https://example.org.

      [^1]: note with [[Footnoted]]
      """;

  private static final ObsidianResolver RESOLVER =
      new ObsidianResolver() {
        @Override
        public LinkResolution resolveLink(LinkRequest request) {
          return new LinkResolution.Unresolved(request.target());
        }

        @Override
        public EmbedResolution resolveEmbed(LinkRequest request) {
          return new EmbedResolution.Unresolved(request.target());
        }

        @Override
        public String tagHref(String tag) {
          return "tags/" + tag + ".html";
        }
      };

  @Test
  void factsFromTheRenderingParseEqualAnAnalysisOfTheirOwn() {
    for (boolean strict : new boolean[] {false, true}) {
      MarkdownConverter md = new MarkdownConverter(strict, Set.of());
      MarkdownConverter.Rendered rendered = md.renderWithFacts(NOTE, RESOLVER);

      assertThat(rendered.facts()).isEqualTo(md.analyze(NOTE));
      assertThat(rendered.html()).isEqualTo(md.renderChecked(NOTE, RESOLVER).html());
      assertThat(rendered.facts().tags()).contains("observability", "todo/later");
      assertThat(rendered.facts().headings()).hasSize(3);
      assertThat(rendered.facts().links())
          .extracting(NoteFacts.OutgoingLink::target)
          .contains("Queue Weather", "Tabled", "Called", "Embedded", "Footnoted")
          .doesNotContain("Hidden");
    }
  }
}
