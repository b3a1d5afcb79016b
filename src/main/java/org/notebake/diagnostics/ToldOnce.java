package org.notebake.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notebake.text.Listing;

/**
 * Folds the warnings of one rule that say the same of many files into one, at the first note, with
 * how many more there are and the first of their paths ({@code (545 more notes have this type:
 * Uni/B.md, Uni/C.md and 543 more)}).
 */
public final class ToldOnce {
  private static final int NAMED = 2;

  private ToldOnce() {}

  /**
   * @param one what one more note is said to be ({@code "more note has this type"})
   * @param many what several more are ({@code "more notes have this type"})
   */
  public static void group(Diagnostics diagnostics, String rule, String one, String many) {
    Map<String, List<Diagnostic>> byMessage = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics.sorted()) {
      if (rule.equals(d.rule())) {
        byMessage.computeIfAbsent(d.message(), m -> new ArrayList<>()).add(d);
      }
    }
    if (byMessage.values().stream().allMatch(notes -> notes.size() == 1)) {
      return;
    }
    List<Diagnostic> told = new ArrayList<>();
    for (List<Diagnostic> notes : byMessage.values()) {
      Diagnostic first = notes.get(0);
      if (notes.size() == 1) {
        told.add(first);
        continue;
      }
      List<String> others = notes.subList(1, notes.size()).stream().map(Diagnostic::path).toList();
      told.add(
          new Diagnostic(
              first.path(),
              first.line(),
              first.column(),
              first.severity(),
              first.message()
                  + " ("
                  + others.size()
                  + " "
                  + (others.size() == 1 ? one : many)
                  + ": "
                  + Listing.some(others, NAMED)
                  + ")",
              rule));
    }
    diagnostics.regroup(d -> rule.equals(d.rule()), told);
  }
}
