package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;
import org.notebake.markdown.obsidian.LinkResolution;
import org.notebake.markdown.obsidian.ObsidianResolver;

/**
 * Many links in one paragraph cost linear time: the paragraph's text is read once, not per link.
 */
class LinkCostTest {
  private static final ObsidianResolver RESOLVER =
      new ObsidianResolver() {
        @Override
        public LinkResolution resolveLink(LinkRequest request) {
          return new LinkResolution.Resolved(request.target() + ".html", request.target());
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

  private final MarkdownConverter markdown = new MarkdownConverter(false, Set.of());

  private static String paragraphOfLinks(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("[[Target ").append(i % 50).append("]] ");
    }
    return text.toString();
  }

  @Test
  void linksInOneParagraphShareOneContextReadOnce() {
    List<NoteFacts.OutgoingLink> links = markdown.analyze(paragraphOfLinks(40_000)).links();

    assertThat(links).hasSize(40_000);
    // One read of the paragraph: every link holds the very same preview string.
    assertThat(links.get(39_999).context()).isSameAs(links.get(0).context());
    assertThat(links.get(0).context()).hasSize(240).startsWith("Target 0 Target 1 ").endsWith("…");
  }

  @Test
  void linksInSeparateParagraphsHaveTheirOwnContext() {
    List<NoteFacts.OutgoingLink> links = markdown.analyze("a [[A]]\n\nb [[B]] [[C]]\n").links();

    assertThat(links)
        .extracting(NoteFacts.OutgoingLink::context)
        .containsExactly("a A", "b B C", "b B C");
  }

  @Test
  void tenTimesTheLinksCostsFarLessThanAHundredTimesTheTime() {
    String small = paragraphOfLinks(4_000);
    String large = paragraphOfLinks(40_000);
    markdown.renderWithFacts(small, RESOLVER); // warm up both sizes
    markdown.renderWithFacts(large, RESOLVER);
    long smallNanos = fastest(small);
    long largeNanos = fastest(large);

    // Linear gives about 10x (up to 30x seen on a busy machine, the larger input paying for more
    // garbage collection); the quadratic version gave about 100x. The shared-preview test above is
    // the exact proof; this one guards the whole render.
    assertThat(largeNanos).as("4,000 links: %d ns", smallNanos).isLessThan(50 * smallNanos);
  }

  private long fastest(String body) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      MarkdownConverter.Rendered rendered = markdown.renderWithFacts(body, RESOLVER);
      best = Math.min(best, System.nanoTime() - start);
      assertThat(rendered.facts().links()).isNotEmpty();
    }
    return best;
  }
}
