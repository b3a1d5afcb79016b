package org.notebake.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hint for a Markdown link's target written wrong, on odd targets too. */
class MisWrittenTargetTest {
  @Test
  void aWikilinkInsideSaysHowToWriteEitherLink() {
    assertThat(NoteResolver.misWritten("[[Roadmap|plan]]"))
        .hasValue(
            "; it is a wikilink inside a Markdown link: write [[Roadmap|text]] or [text](Roadmap)");
    assertThat(NoteResolver.misWritten("[[ Road map ]]"))
        .hasValue(
            "; it is a wikilink inside a Markdown link: write [[Road map|text]] or"
                + " [text](Road%20map)");
  }

  @Test
  void anAddressInQuotesSaysToDropThem() {
    assertThat(NoteResolver.misWritten("'https://example.org/a'"))
        .hasValue("; it is in quotes: write the address without them (https://example.org/a)");
    assertThat(NoteResolver.misWritten("\"notes/a.md\""))
        .hasValue("; it is in quotes: write the address without them (notes/a.md)");
  }

  @Test
  void oddTargetsGetNoHintAndThrowNothing() {
    for (String odd :
        new String[] {
          "",
          "'",
          "''",
          "\"\"",
          "'a\"",
          "[[]]",
          "[[|x]]",
          "[[a]",
          "[a]]",
          "[[a]]]",
          "[[a]]b",
          "x[[a]]",
          "[[a|b|c]",
          "\u202e'x'"
        }) {
      assertThat(NoteResolver.misWritten(odd)).as(odd).isEmpty();
    }
    assertThat(NoteResolver.misWritten("'\uD83D\uDE00'"))
        .hasValue("; it is in quotes: write the address without them (\uD83D\uDE00)");
  }
}
