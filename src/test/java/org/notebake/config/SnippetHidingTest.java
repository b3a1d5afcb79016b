package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A red team's finding: text a vault's enabled CSS snippet hides in Obsidian was published. */
class SnippetHidingTest {
  @TempDir Path dir;

  @Test
  void aRuleThatHidesNamesItsClassesAndOthersNameNone() {
    String css =
        """
        /* .commented { display: none } */
        .private-note, span.secret, .markdown-rendered .todo-private { display: none; }
        .faint { opacity: 0 !important }
        .both.parts { visibility: hidden }
        .red { color: red }
        @media print { .no-print { display: none } }
        [data-private] { display: none }
        p:hover { display: none }
        .callout[data-callout="x"] { display: none }
        """;

    assertThat(SnippetHiding.classesHiddenBy(css))
        .containsExactlyInAnyOrder(
            "private-note", "secret", "todo-private", "faint", "both", "parts", "no-print");
  }

  @Test
  void onlyTheSnippetsAppearanceJsonEnablesAreRead() throws Exception {
    Path obsidian = Files.createDirectories(dir.resolve(".obsidian/snippets"));
    Files.writeString(obsidian.resolve("hide.css"), ".private-note { display: none }");
    Files.writeString(obsidian.resolve("off.css"), ".disabled-one { display: none }");
    Files.writeString(dir.resolve("secret.css"), ".outside { display: none }");
    Files.writeString(
        dir.resolve(".obsidian/appearance.json"),
        "{\"theme\": \"moonstone\", \"enabledCssSnippets\": [\"hide\", \"../../secret\", \"gone\"]}");

    assertThat(SnippetHiding.hiddenClasses(dir, dir)).containsExactly("private-note");
  }

  @Test
  void aVaultWithoutSnippetsHidesNoClass() throws Exception {
    Files.createDirectories(dir.resolve(".obsidian"));
    Files.writeString(dir.resolve(".obsidian/appearance.json"), "{\"theme\": \"obsidian\"}");

    assertThat(SnippetHiding.hiddenClasses(dir, dir)).isEmpty();
    assertThat(SnippetHiding.hiddenClasses(dir.resolve("nowhere"), dir.resolve("nowhere")))
        .isEmpty();
  }
}
