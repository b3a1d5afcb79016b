package org.notebake.vault;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

/**
 * Notes already read and parsed by this process, for {@code serve}'s rebuilds: a note whose file
 * has the same identity, size and modification time as when it was read is not read or parsed
 * again; what reading it said (a bad date, a YAML error) is said again.
 *
 * <pre>{@code
 * NoteCache cache = new NoteCache();
 * NoteReader reader = new NoteReader().withCache(cache);
 * reader.read(file, diagnostics); // reads and parses
 * reader.read(file, diagnostics); // the same ParsedNote, if the file is unchanged
 * }</pre>
 *
 * <p>A file changed twice within one tick of the file system's clock could keep its size and time;
 * as Git does for its index, a note modified less than {@value #RACY_MILLIS} ms before it was read
 * is not kept, so it is read again on the next build. Reading settings other than the last ones
 * (another front matter separator or date format) empty the cache.
 */
public final class NoteCache {
  /** A file this recent may still change within its time's tick: read it again next time. */
  static final long RACY_MILLIS = 2_000;

  private record Entry(
      String relativePath,
      Object key,
      long size,
      FileTime modified,
      ParsedNote note,
      List<Diagnostic> said) {}

  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
  private Object settings;

  /** Keeps the entries if {@code settings} are the reading settings they were made with. */
  synchronized void adopt(Object settings) {
    if (!Objects.equals(this.settings, settings)) {
      entries.clear();
      this.settings = settings;
    }
  }

  /**
   * The note as read before, with what reading it said added to {@code diagnostics}; null if the
   * file changed (or was never read).
   */
  ParsedNote find(SourceFile file, BasicFileAttributes now, Diagnostics diagnostics) {
    Entry entry = entries.get(file.path());
    if (entry == null
        || !entry.relativePath().equals(file.relativePath())
        || entry.key() == null
        || !entry.key().equals(now.fileKey())
        || entry.size() != now.size()
        || !entry.modified().equals(now.lastModifiedTime())) {
      return null;
    }
    entry.said().forEach(diagnostics::add);
    return entry.note();
  }

  /** Remembers what reading {@code file} (with {@code before} its attributes then) gave. */
  void keep(
      SourceFile file,
      BasicFileAttributes before,
      long readAtMillis,
      ParsedNote note,
      List<Diagnostic> said) {
    if (readAtMillis - before.lastModifiedTime().toMillis() < RACY_MILLIS) {
      entries.remove(file.path());
      return;
    }
    entries.put(
        file.path(),
        new Entry(
            file.relativePath(),
            before.fileKey(),
            before.size(),
            before.lastModifiedTime(),
            note,
            List.copyOf(said)));
  }

  /** Forgets notes that are no longer in the vault, so a long session does not grow. */
  public void retainOnly(List<SourceFile> files) {
    java.util.Set<Path> present = new java.util.HashSet<>();
    files.forEach(f -> present.add(f.path()));
    entries.keySet().retainAll(present);
  }

  /** How many notes are kept (for tests). */
  int size() {
    return entries.size();
  }
}
