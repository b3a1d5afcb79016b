package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What commonmark throws on input it will not take becomes a problem with the note. */
class MarkdownLimitTest {
  private final MarkdownConverter markdown = new MarkdownConverter(false, Set.of());

  @Test
  void theCellLimitNamesTheTablesFirstLine() {
    String body = "\n\nIntro\n\n|" + "a|".repeat(1001) + "\n|" + "-|".repeat(1001) + "\n";
    body += ("|" + "x|".repeat(1001) + "\n").repeat(1000);
    String note = body;

    assertThatThrownBy(() -> markdown.analyze(note))
        .isInstanceOf(MarkdownLimitException.class)
        .hasMessage(
            "the table has more than 1000000 cells, the Markdown parser's limit; split it into"
                + " smaller tables or publish it as a CSV file")
        .satisfies(e -> assertThat(((MarkdownLimitException) e).line()).isEqualTo(5));
  }

  @Test
  void nestingDeeperThanTheStackIsAnErrorNotACrash() throws Exception {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      deep.append("  ".repeat(i)).append("- item\n");
    }
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    // A small stack stands in for nesting deeper than any real one.
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                markdown.renderWithFacts(deep.toString(), null);
              } catch (Throwable e) {
                thrown.set(e);
              }
            },
            "small-stack",
            64 * 1024);
    small.start();
    small.join();

    assertThat(thrown.get())
        .isInstanceOf(MarkdownLimitException.class)
        .hasMessageStartingWith("the note nests lists, quotes or inline markup too deeply");
  }
}
