package org.notebake.markdown.obsidian.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Obsidian callout type and alias keeps its own name, so themes can style each. */
class CalloutTypesTest {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(CalloutExtension.create());

  private static String render(String markdown) {
    return HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .build()
        .render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important",
        "success", "check", "done", "question", "help", "faq", "warning", "caution", "attention",
        "failure", "fail", "missing", "danger", "error", "bug", "example", "quote", "cite"
      })
  void knownTypeKeepsItsNameAndGetsItAsDefaultTitle(String type) {
    String html = render("> [!" + type.toUpperCase(java.util.Locale.ROOT) + "]\n> body");

    assertThat(html).contains("data-callout=\"" + type + "\"");
    assertThat(html)
        .contains(
            "<div class=\"callout-title\">"
                + Character.toUpperCase(type.charAt(0))
                + type.substring(1)
                + "</div>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"custom", "recipe", "x-y", "take away"})
  void customTypeKeepsItsNameAndTitle(String type) {
    String html = render("> [!" + type + "]");

    assertThat(html)
        .contains("data-callout=\"" + type + "\"")
        .contains(">" + Character.toUpperCase(type.charAt(0)));
  }

  /**
   * Every way of typing "private" that reads as it (full width, invisible characters inside,
   * look-alike letters of other scripts, any case) is the removed type; no other type is.
   */
  @org.junit.jupiter.api.Test
  void everySpellingThatReadsAsPrivateIsRemovedAndNoOtherType() {
    java.util.Set<String> removed =
        java.util.Set.of(
            org.notebake.markdown.obsidian.callout.internal.CalloutTypes.folded("private"));
    String[][] looks = {
      {"p", "\u0440", "\u03c1", "\u1d18", "\uff50", "P", "\u0420"},
      {"r", "\u0280", "\uff52", "R"},
      {"i", "\u0456", "\u03b9", "\u0131", "\u026a", "\uff49", "I"},
      {"v", "\u03bd", "\u0475", "\u1d20", "\uff56", "V", "\u028b"},
      {"a", "\u0430", "\u03b1", "\u1d00", "\u0251", "\uff41", "A", "\u0410"},
      {"t", "\u0442", "\u03c4", "\u1d1b", "\uff54", "T"},
      {"e", "\u0435", "\u03b5", "\u1d07", "\uff45", "E", "\u0415"}
    };
    String[] invisible = {
      "",
      "",
      "",
      "\u00ad",
      "\u200d",
      "\u200c",
      "\u2060",
      "\ufe0f",
      "\u034f",
      "\u17b4",
      "\u115f",
      "\udb40\udc20"
    };
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder type = new StringBuilder();
      for (String[] letter : looks) {
        type.append(letter[random.nextInt(letter.length)]);
        type.append(invisible[random.nextInt(invisible.length)]);
      }
      String written = type + (random.nextBoolean() ? "" : " notes");
      assertThat(
              org.notebake.markdown.obsidian.callout.internal.CalloutTypes.isRemoved(
                  written, removed))
          .as(written)
          .isTrue();
    }
    for (String other :
        List.of(
            "note",
            "tip",
            "warning",
            "privateer",
            "privat",
            "pirate",
            "privacy",
            "\u043f\u0440\u0438\u0432\u0430\u0442",
            "priv ate",
            "\u05e4\u05e8\u05d8\u05d9",
            "public",
            "")) {
      assertThat(
              org.notebake.markdown.obsidian.callout.internal.CalloutTypes.isRemoved(
                  other, removed))
          .as(other)
          .isFalse();
    }
  }
}
