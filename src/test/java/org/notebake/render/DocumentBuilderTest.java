package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentBuilderTest {
  @Test
  void aShortTextIsItsOwnSummaryWithWhitespaceCollapsed() {
    assertThat(DocumentBuilder.summary("  Hello\n\n   world\t!  ")).isEqualTo("Hello world !");
  }

  @Test
  void aLongTextIsCutAtAWordWithAnEllipsis() {
    String summary = DocumentBuilder.summary("word ".repeat(100));
    assertThat(summary).endsWith("word…").hasSizeLessThanOrEqualTo(201);
    assertThat(summary).doesNotContain("  ");
  }
}
