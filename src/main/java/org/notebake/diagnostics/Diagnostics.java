package org.notebake.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every {@link Diagnostic} of one build, from any thread, so the whole build can be
 * reported at once instead of stopping at the first problem.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * diagnostics.error("notes/a.md", 3, 1, "front matter is not valid YAML: ...");
 * if (diagnostics.hasErrors()) { ... }
 * }</pre>
 */
public final class Diagnostics {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  private final List<Diagnostic> all = new ArrayList<>();

  public synchronized void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public void error(String path, int line, int column, String message) {
    add(Diagnostic.error(path, line, column, message));
  }

  public void warning(String path, int line, int column, String message) {
    add(Diagnostic.warning(path, line, column, message));
  }

  /** How many were added so far: a mark for {@link #since}. */
  public synchronized int size() {
    return all.size();
  }

  /** Those added after {@code mark} (a {@link #size}), in the order they came. */
  public synchronized List<Diagnostic> since(int mark) {
    return List.copyOf(all.subList(mark, all.size()));
  }

  /**
   * Replaces every diagnostic {@code which} selects by {@code replacement}: the same problem
   * reported once per page, told once for all of them.
   */
  public synchronized void regroup(
      java.util.function.Predicate<Diagnostic> which, List<Diagnostic> replacement) {
    all.removeIf(which);
    all.addAll(replacement);
  }

  public synchronized boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Distinct errors: the same problem found on several pages counts once. */
  public synchronized long errorCount() {
    return all.stream().distinct().filter(Diagnostic::isError).count();
  }

  public synchronized long warningCount() {
    return all.stream().distinct().count() - errorCount();
  }

  /** All diagnostics sorted by file, line and column, duplicates removed, so output is stable. */
  public synchronized List<Diagnostic> sorted() {
    return all.stream().distinct().sorted(ORDER).toList();
  }
}
