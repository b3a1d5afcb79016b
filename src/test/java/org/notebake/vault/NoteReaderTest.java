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
    return new SourceFile(file.toRealPath(), name, SourceFile.Kind.NOTE, bytes.length, 0);
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

  /**
   * UTF-16 without a byte-order mark is valid UTF-8 with a NUL after each letter: it was published
   * as "9\uFFFD1\uFFFD2\uFFFD 5\uFFFD5...", a phone number to a reader and none to the scan.
   */
  @Test
  void utf16WithoutAByteOrderMarkIsAnErrorAndTheNoteIsWithheld() throws IOException {
    byte[] bytes =
        "---\ntitle: Call\n---\nCall Jo at 912 555 0142.\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    SourceFile file = write("call.md", bytes);

    ParsedNote note = new NoteReader().read(file, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(diagnostics.sorted())
        .map(Diagnostic::format)
        .containsExactly(
            "call.md:1:2: error: note holds 45 NUL characters, as UTF-16 saved without a"
                + " byte-order mark does; re-save the file as UTF-8");
  }

  @Test
  void aStrayNulIsAnErrorAtItsLine() throws IOException {
    SourceFile file =
        write(
            "stray.md",
            "# Title\nSome text\u0000 here, and an \u00e9 too.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    ParsedNote note = new NoteReader().read(file, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(diagnostics.sorted())
        .map(Diagnostic::format)
        .containsExactly(
            "stray.md:2:10: error: note holds a NUL character; remove it (a note is text), or"
                + " re-save the file as UTF-8");
  }

  @Test
  void aNoteGitCryptEncryptedIsAWarningSayingToUnlockItNotToResaveIt() throws IOException {
    byte[] bytes = {0, 'G', 'I', 'T', 'C', 'R', 'Y', 'P', 'T', 0, (byte) 0x90, 0x7d, 'x'};
    SourceFile file = write("locked.md", bytes);

    ParsedNote note = new NoteReader().read(file, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(diagnostics.sorted())
        .map(Diagnostic::format)
        .containsExactly(
            "locked.md: warning: note is encrypted by git-crypt (it begins with git-crypt's"
                + " header: the repository was not unlocked), so it is not published; run"
                + " git-crypt unlock in the repository and bake again, or leave it out of the site"
                + " (name it or its folder in a .notebakeignore)");
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

  /**
   * Notes are decoded the JDK's fast way and again strictly only when the text holds U+FFFD: on
   * random bytes (valid sequences, U+FFFD itself, cut and overlong sequences, encoded surrogates,
   * stray continuation bytes) the text or the error is always the strict decoder's.
   */
  @Test
  void decodingAgreesWithTheStrictDecoderOnRandomBytes() {
    byte[][] pieces = {
      "a".getBytes(StandardCharsets.UTF_8),
      "\n".getBytes(StandardCharsets.UTF_8),
      "é".getBytes(StandardCharsets.UTF_8),
      "☕".getBytes(StandardCharsets.UTF_8),
      "😀".getBytes(StandardCharsets.UTF_8),
      "\uFFFD".getBytes(StandardCharsets.UTF_8),
      "\uFEFF".getBytes(StandardCharsets.UTF_8), // a byte order mark, kept by both
      {(byte) 0xC3},
      {(byte) 0xE2, (byte) 0x98},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
      {(byte) 0x80},
      {(byte) 0xBF},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF5},
      {(byte) 0xFF},
      {(byte) 0xFE, (byte) 0xFF}
    };
    java.util.Random random = new java.util.Random(20261205);
    for (int round = 0; round < 5000; round++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        // mostly valid text, so that both outcomes are common
        byte[] piece = pieces[random.nextInt(random.nextInt(4) == 0 ? pieces.length : 7)];
        out.write(piece, 0, piece.length);
      }
      byte[] bytes = out.toByteArray();
      Diagnostics fast = new Diagnostics();
      Diagnostics strict = new Diagnostics();

      java.util.Optional<String> text = NoteReader.decode("n.md", bytes, fast);

      assertThat(text)
          .as(java.util.HexFormat.ofDelimiter(" ").formatHex(bytes))
          .isEqualTo(NoteReader.decodeStrictly("n.md", bytes, strict));
      assertThat(fast.sorted()).isEqualTo(strict.sorted());
    }
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
    SourceFile gone =
        new SourceFile(root.resolve("gone.md"), "gone.md", SourceFile.Kind.NOTE, 0, 0);

    ParsedNote note = new NoteReader().read(gone, diagnostics);

    assertThat(note.malformed()).isTrue();
    assertThat(diagnostics.sorted())
        .singleElement()
        .extracting(Diagnostic::format)
        .asString()
        .startsWith("gone.md: error: note cannot be read: no such file or folder;")
        .doesNotContain("Exception"); // the system's words, not Java's class names
  }
}
