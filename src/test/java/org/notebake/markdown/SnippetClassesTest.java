package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Raw HTML whose class a vault's enabled CSS snippet hides is marked hidden, in linear time. */
class SnippetClassesTest {
  private static final Set<String> HIDDEN = Set.of("private-note");

  @Test
  void aStartTagOfAHiddenClassIsMarkedHiddenAndOthersAreLeftAsWritten() {
    assertThat(SnippetClasses.marked("<span class=\"x private-note\">a</span>", HIDDEN))
        .isEqualTo("<span hidden data-notebake-snippet-hides class=\"x private-note\">a</span>");
    assertThat(SnippetClasses.marked("<div CLASS='private-note'>", HIDDEN))
        .isEqualTo("<div hidden data-notebake-snippet-hides CLASS='private-note'>");
    assertThat(SnippetClasses.marked("<p class=private-note title=\"a > b\">", HIDDEN))
        .startsWith("<p hidden data-notebake-snippet-hides class=private-note");
    for (String shown :
        new String[] {
          "<span class=\"private-notes\">a</span>",
          "<span data-class=\"private-note\">a</span>",
          "<span title='x' class=\"other\">private-note</span>",
          "<!-- <span class=\"x\"> --> text",
          "<span class=\"private-note"
        }) {
      assertThat(SnippetClasses.marked(shown, HIDDEN)).as(shown).isEqualTo(shown);
    }
  }

  @Test
  void hostileMarkupIsReadInLinearTime() {
    String[] attacks = {
      "<a \"".repeat(200_000) + " class",
      "<a class=private-note ".repeat(200_000),
      "<".repeat(400_000) + "class",
      "<a class='".repeat(200_000)
    };
    long start = System.nanoTime();
    for (String attack : attacks) {
      SnippetClasses.marked(attack, HIDDEN);
    }
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }
}
