package org.notebake.vault;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

/**
 * Notes already read and parsed by this process, for {@code serve}'s rebuilds: a note whose file
 * has the same {@link SourceStamp} (identity, size, modification and status-change times) as when
 * it was read is not read or parsed again; what reading it said (a bad date, a YAML error) is said
 * again. The status-change time is what tells an edit in place that kept the size and was given its
 * old modification time back ({@code touch -r}, an editor keeping the date): without it the preview
 * went on showing the old text, and a note made private in this way stayed published in it.
 *
 * <pre>{@code
 * NoteCache cache = new NoteCache();
 * NoteReader reader = new NoteReader().withCache(cache);
 * reader.read(file, diagnostics); // reads and parses
 * reader.read(file, diagnostics); // the same ParsedNote, if the file is unchanged
 * }</pre>
 *
 * <p>A file changed twice within one tick of the file system's clock could keep its stamp; as Git
 * does for its index, a note changed less than {@link SourceStamp#RACY} before it was read is not
 * kept, so it is read again on the next build. Reading settings other than the last ones (another
 * front matter separator or date format) empty the cache.
 */
public final class NoteCache {
  private record Entry(
      String relativePath, SourceStamp stamp, ParsedNote note, List<Diagnostic> said) {}

  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
  private final java.time.Duration racy;
  private Object settings;

  public NoteCache() {
    this(SourceStamp.RACY);
  }

  /** A cache that keeps notes changed {@code racy} or longer before they were read (tests). */
  NoteCache(java.time.Duration racy) {
    this.racy = racy;
  }

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
  ParsedNote find(SourceFile file, SourceStamp now, Diagnostics diagnostics) {
    Entry entry = entries.get(file.path());
    if (entry == null
        || !entry.relativePath().equals(file.relativePath())
        || entry.stamp().key() == null // no file identity: an edit could not be told
        || !entry.stamp().equals(now)) {
      return null;
    }
    entry.said().forEach(diagnostics::add);
    return entry.note();
  }

  /** Remembers what reading {@code file} (with {@code before} its stamp then) gave. */
  void keep(
      SourceFile file, SourceStamp before, Instant readAt, ParsedNote note, List<Diagnostic> said) {
    if (!before.settled(readAt, racy)) {
      entries.remove(file.path());
      return;
    }
    entries.put(file.path(), new Entry(file.relativePath(), before, note, List.copyOf(said)));
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
