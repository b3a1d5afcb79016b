package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The user's real note shape (fictional data) renders with every extension. */
class ExampleNoteTest {

  private static String note() throws IOException {
    try (InputStream in = ExampleNoteTest.class.getResourceAsStream("/notes/2025-07-01.md")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Front matter is split off by the vault stage before Markdown parsing.
      return text.substring(text.indexOf("---", 3) + 3);
    }
  }

  @Test
  void rendersWithEveryExtension() throws IOException {
    String html = ObsidianRendering.render(note());

    assertThat(html).contains("<h3 id=\"factor-fellowship-interview\">factor fellowship interview");
    assertThat(html).contains("<strong>gallery reflections</strong>");
    assertThat(html).contains("<img src=\"img/Pasted-image-20250701172732.png\"");
  }

  @Test
  void tabIndentedListsNest() throws IOException {
    String html = ObsidianRendering.render(note());

    assertThat(html)
        .contains(
            "<li>develop plan for next steps for jobs\n<ul>\n<li>get resume ready for shrey</li>");
    assertThat(html).contains("<li>text john\n<ul>\n<li>912 555 0142</li>");
  }

  @Test
  void starStarLineBecomesANestedList() throws IOException {
    String html = ObsidianRendering.render(note());

    assertThat(html)
        .contains(
            "<li>\n<ul>\n<li>how do you involve non photographers into this? hobbyist"
                + " photographers?</li>\n</ul>\n</li>");
  }

  @Test
  void embedOnALazyContinuationLineStaysInItsListItem() throws IOException {
    String html = ObsidianRendering.render(note());

    assertThat(html)
        .contains("vacation!\n<img src=\"img/Pasted-image-20250626173302.png\" alt=\"\" /></li>");
  }
}
