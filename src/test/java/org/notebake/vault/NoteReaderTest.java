package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

class NoteReaderTest {

  @TempDir Path root;

  private final Diagnostics diagnostics = new Diagnostics();

  private SourceFile write(String name, byte[] bytes) throws IOException {
    Path file = root.resolve(name);
    Files.write(file, bytes);
    return new SourceFile(file.toRealPath(), name, SourceFile.Kind.NOTE, bytes.length);
  }

  @Test
  void readsUtf8NoteWithFrontMatter() throws IOException {
    SourceFile file =
        write("a.md", "---\ntitle: Café\n---\nHello ☕\n".getBytes(StandardCharsets.UTF_8));

    ParsedNote note = new NoteReader().read(file, diagnostics);

    assertThat(note.frontMatter().string("title")).contains("Café");
    assertThat(note.body()).isEqualTo("\n\n\nHello ☕\n");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void invalidUtf8IsAnErrorAtItsLineAndTheNoteIsWithheld() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 's', 'e', 'c', (byte) 0xC3, '(', '\n'};
    SourceFile file = write("bad.md", bytes);

    ParsedNote note = new NoteReader().read(file, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(diagnostics.sorted())
        .map(Diagnostic::format)
        .containsExactly(
            "bad.md:2:4: error: note is not valid UTF-8 (byte 0xC3 at offset 6); re-save the file"
                + " as UTF-8");
  }

  @Test
  void invalidUtf8InsideFrontMatterIsAnError() throws IOException {
    byte[] bytes = "---\npublish: true\ntitle: \u00ff\n---\n".getBytes(StandardCharsets.ISO_8859_1);
    SourceFile file = write("latin1.md", bytes);

    ParsedNote note = new NoteReader().read(file, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(note.frontMatter().bool("publish")).isEmpty();
    assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::line).isEqualTo(3);
  }

  @Test
  void noteOverTheSizeLimitIsAnErrorAndWithheld() throws IOException {
    SourceFile file = write("big.md", "x".repeat(101).getBytes(StandardCharsets.UTF_8));

    ParsedNote note = new NoteReader(new FrontMatterParser(), 100).read(file, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(diagnostics.sorted())
        .map(Diagnostic::format)
        .containsExactly(
            "big.md: error: note is 101 bytes, over the limit of 100; split it or move large data"
                + " into an attachment");
  }

  @Test
  void noteAtTheSizeLimitIsRead() throws IOException {
    SourceFile file = write("edge.md", "x".repeat(100).getBytes(StandardCharsets.UTF_8));

    ParsedNote note = new NoteReader(new FrontMatterParser(), 100).read(file, diagnostics);

    assertThat(note.malformed()).isFalse();
    assertThat(note.body()).hasSize(100);
  }

  @Test
  void missingFileIsAnError() {
    SourceFile gone = new SourceFile(root.resolve("gone.md"), "gone.md", SourceFile.Kind.NOTE, 0);

    ParsedNote note = new NoteReader().read(gone, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(diagnostics.sorted())
        .singleElement()
        .extracting(Diagnostic::format)
        .asString()
        .startsWith("gone.md: error: note cannot be read");
  }
}
