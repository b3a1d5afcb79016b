package org.notebake.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatterParser;
import org.notebake.vault.ParsedNote;
import org.notebake.vault.SourceFile;

/** A note's date comes from {@code date:}, else from the spellings of "created" vaults write. */
class NoteDateKeysTest {
  private final NoteFactory factory = new NoteFactory(Map.of(), "", ZoneOffset.UTC);

  private Note note(String frontMatter) {
    String text = "---\n" + frontMatter + "\n---\nBody.\n";
    Diagnostics diagnostics = new Diagnostics();
    ParsedNote parsed = new FrontMatterParser().parse("essays/a.md", text, diagnostics);
    SourceFile file =
        new SourceFile(Path.of("essays/a.md"), "essays/a.md", SourceFile.Kind.NOTE, 10, 0);
    Note note = factory.create(file, parsed.frontMatter(), parsed.body(), diagnostics);
    assertThat(diagnostics.sorted()).as(frontMatter).isEmpty();
    return note;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "created",
        "created-at",
        "created_at",
        "createdAt",
        "date created",
        "published",
        "publishDate",
        "publish_date"
      })
  void aCreatedKeyGivesTheDateWhenDateIsAbsent(String key) {
    assertThat(note(key + ": 2024-03-05").date().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"created", "created-at", "created_at", "createdAt", "date created", "published"})
  void dateWinsOverACreatedKey(String key) {
    assertThat(note("date: 2025-07-01\n" + key + ": 2024-03-05").date().toLocalDate())
        .isEqualTo(LocalDate.of(2025, 7, 1));
  }

  /** kepano's clippings: created is when it was saved, published when the source came out. */
  @org.junit.jupiter.api.Test
  void createdWinsOverPublishedAndJekyllsPublishedFlagIsNoDate() {
    assertThat(note("published: 2019-01-02\ncreated: 2024-03-05").date().toLocalDate())
        .isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(note("published: true\ncreated: 2024-03-05").date().toLocalDate())
        .isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(note("published: \"no\"\npublishDate: 2023-10-11").date().toLocalDate())
        .isEqualTo(LocalDate.of(2023, 10, 11));
  }
}
