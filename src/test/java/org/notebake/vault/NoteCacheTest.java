package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostics;

class NoteCacheTest {
  @TempDir Path temp;

  private static final long HOUR = 3_600_000;
  private final long old = System.currentTimeMillis() - 24 * HOUR;

  @Test
  void anUnchangedNoteIsNotParsedAgain() throws IOException {
    SourceFile file = note("a.md", "---\ntitle: A\n---\nText\n", old);
    NoteCache cache = settledAtOnce();
    NoteReader reader = new NoteReader().withCache(cache);

    ParsedNote first = reader.read(file, new Diagnostics());
    ParsedNote second = reader.read(file, new Diagnostics());

    assertThat(second).isSameAs(first);
    assertThat(second.frontMatter().string("title")).contains("A");
  }

  @Test
  void anEditOfTheSameSizeWithANewTimeIsReadAgain() throws IOException {
    SourceFile file = note("a.md", "---\ntitle: A\n---\nText\n", old);
    NoteReader reader = new NoteReader().withCache(settledAtOnce());
    reader.read(file, new Diagnostics());

    note("a.md", "---\ntitle: B\n---\nText\n", old + 1000);

    assertThat(reader.read(file, new Diagnostics()).frontMatter().string("title")).contains("B");
  }

  @Test
  void aNoteJustWrittenIsReadAgainNextTime() throws IOException {
    long now = System.currentTimeMillis();
    SourceFile file = note("a.md", "---\ntitle: A\n---\nText\n", now);
    NoteCache cache = new NoteCache();
    NoteReader reader = new NoteReader().withCache(cache);
    reader.read(file, new Diagnostics());

    assertThat(cache.size()).as("too recent to trust its time").isZero();
    // Changed within the same tick of the clock, same size: still seen.
    note("a.md", "---\ntitle: B\n---\nText\n", now);
    assertThat(reader.read(file, new Diagnostics()).frontMatter().string("title")).contains("B");
  }

  @Test
  void whatReadingSaidIsSaidAgain() throws IOException {
    SourceFile file = note("a.md", "---\ntitle: [unclosed\n---\nText\n", old);
    NoteReader reader = new NoteReader().withCache(settledAtOnce());
    Diagnostics first = new Diagnostics();
    reader.read(file, first);
    Diagnostics second = new Diagnostics();
    reader.read(file, second);

    assertThat(first.sorted()).isNotEmpty();
    assertThat(second.sorted()).isEqualTo(first.sorted());
  }

  @Test
  void otherReadingSettingsEmptyTheCache() throws IOException {
    SourceFile file = note("a.md", "title=A\ndate=2024-01-02\n~~~~~~\nText\n", old);
    NoteCache cache = settledAtOnce();
    new NoteReader().withCache(cache).read(file, new Diagnostics());
    assertThat(cache.size()).isOne();

    new NoteReader(new FrontMatterParser("~~~~~~", "dd.MM.yyyy"), NoteReader.DEFAULT_MAX_BYTES)
        .withCache(cache);

    assertThat(cache.size()).isZero();
  }

  @Test
  void aRenamedOrDeletedNoteIsForgotten() throws IOException {
    SourceFile a = note("a.md", "Text\n", old);
    SourceFile b = note("b.md", "Other\n", old);
    NoteCache cache = settledAtOnce();
    NoteReader reader = new NoteReader().withCache(cache);
    reader.read(a, new Diagnostics());
    reader.read(b, new Diagnostics());

    cache.retainOnly(List.of(b));

    assertThat(cache.size()).isOne();
  }

  /**
   * An edit in place that keeps the size and gives the file its old time back ({@code touch -r}, an
   * editor keeping the date) passed for no edit at all: serve's preview went on showing the old
   * text, and a note made private so went on being shown published.
   */
  @Test
  void anEditInPlaceOfTheSameSizeGivenItsOldTimeBackIsReadAgain() throws Exception {
    SourceFile file = note("a.md", "---\npublish: true \n---\nText\n", old);
    NoteReader reader = new NoteReader().withCache(settledAtOnce());
    reader.read(file, new Diagnostics());
    Thread.sleep(20); // past a tick of the file system's clock

    Path path = temp.resolve("a.md");
    Object before = Files.readAttributes(path, "unix:ino").get("ino");
    long size = Files.size(path);
    Files.writeString(path, "---\npublish: false\n---\nText\n"); // the same file, in place
    Files.setLastModifiedTime(path, FileTime.fromMillis(old));
    assertThat(Files.readAttributes(path, "unix:ino").get("ino")).isEqualTo(before);
    assertThat(Files.size(path)).isEqualTo(size);

    assertThat(reader.read(file, new Diagnostics()).frontMatter().bool("publish")).contains(false);
  }

  /** A cache that keeps a note read at once: these notes were just written, so is their ctime. */
  private static NoteCache settledAtOnce() {
    return new NoteCache(java.time.Duration.ZERO);
  }

  private SourceFile note(String name, String text, long modified) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
    return new SourceFile(file.toRealPath(), name, SourceFile.Kind.NOTE, Files.size(file), 0);
  }
}
