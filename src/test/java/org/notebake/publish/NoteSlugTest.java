package org.notebake.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.diagnostics.Severity;
import org.notebake.vault.FrontMatterParser;
import org.notebake.vault.ParsedNote;
import org.notebake.vault.SourceFile;

/**
 * A {@code slug} in YAML front matter replaces a note's file name in its address; in a JBake header
 * it does not, as JBake 2.7 reads no such key.
 */
class NoteSlugTest {
  private static final String PATH = "notes/install_notes.md";
  private final NoteFactory factory = new NoteFactory(Map.of(), "", ZoneOffset.UTC);
  private final Diagnostics diagnostics = new Diagnostics();

  private Note note(NoteFactory factory, String text) {
    ParsedNote parsed = new FrontMatterParser().parse(PATH, text, diagnostics);
    SourceFile file = new SourceFile(Path.of(PATH), PATH, SourceFile.Kind.NOTE, 10, 0);
    return factory.create(file, parsed.frontMatter(), parsed.body(), diagnostics);
  }

  private static final String JBAKE_HEADER =
      "title=Install notes\ndate=2014-09-01\nslug=install-notes\nstatus=published\ntype=post\n"
          + "~~~~~~\nbody\n";

  @Test
  void aYamlSlugMovesThePage() {
    Note note = note(factory, "---\ntitle: Install notes\nslug: install-notes\n---\nbody\n");
    assertThat(note.uri()).isEqualTo("notes/install-notes.html");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aSlugLineInAJBakeHeaderKeepsJBakesAddressAndIsToldInAVault() {
    Note note = note(factory, JBAKE_HEADER);
    assertThat(note.uri()).isEqualTo("notes/install_notes.html");
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.message())
                  .startsWith("slug= is not read in a JBake header")
                  .contains("stays at notes/install_notes.html");
            });
  }

  @Test
  void onAJBakeSiteASlugLineIsNoNews() {
    Note note = note(factory.forJBakeSite(true), JBAKE_HEADER);
    assertThat(note.uri()).isEqualTo("notes/install_notes.html");
    assertThat(diagnostics.sorted()).isEmpty();
  }
}
