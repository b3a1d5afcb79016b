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
}
