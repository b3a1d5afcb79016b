package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.NoteFacts;

class TableOfContentsTest {
  private static NoteFacts headings(NoteFacts.Heading... headings) {
    return new NoteFacts(List.of(), List.of(headings), Set.of(), List.of());
  }

  @Test
  void twoHeadingsGiveNoContents() {
    assertThat(
            TableOfContents.of(
                headings(
                    new NoteFacts.Heading(2, "Why", "why"),
                    new NoteFacts.Heading(2, "How", "how"))))
        .isEmpty();
  }

  @Test
  void threeHeadingsOfLevelTwoOrThreeGiveContents() {
    var toc =
        TableOfContents.of(
            headings(
                new NoteFacts.Heading(1, "Title", "title"),
                new NoteFacts.Heading(2, "Why", "why"),
                new NoteFacts.Heading(3, "Detail", "detail"),
                new NoteFacts.Heading(4, "Deep", "deep"),
                new NoteFacts.Heading(2, "How", "how")));
    assertThat(toc).extracting(e -> e.get("id")).containsExactly("why", "detail", "how");
    assertThat(toc.get(1)).containsEntry("level", 3).containsEntry("text", "Detail");
  }

  @Test
  void levelOneAndFourDoNotCountTowardsTheThreshold() {
    assertThat(
            TableOfContents.of(
                headings(
                    new NoteFacts.Heading(1, "A", "a"),
                    new NoteFacts.Heading(2, "B", "b"),
                    new NoteFacts.Heading(4, "C", "c"),
                    new NoteFacts.Heading(2, "D", "d"))))
        .isEmpty();
  }
}
