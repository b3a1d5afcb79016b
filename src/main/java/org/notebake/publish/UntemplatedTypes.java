package org.notebake.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.text.Listing;

/**
 * Tells a {@code type:} that names no template once, at the first note that has it, with how many
 * more do: Obsidian vaults use {@code type} as a property of their own ({@code type: Uni Note}),
 * and one real vault got the same warning on 696 notes.
 *
 * <pre>
 * Uni/A.md:3:1: warning: type "Uni Note" has no template, so the note is published as a post; …
 *     (545 more notes have this type: Uni/B.md, Uni/C.md and 543 more)
 * </pre>
 */
public final class UntemplatedTypes {
  static final String RULE = "type.untemplated";
  private static final int NAMED = 2;

  private UntemplatedTypes() {}

  /** Replaces the warnings {@link NoteFactory} made, one a note, by one a type. */
  public static void tellOnce(Diagnostics diagnostics) {
    Map<String, List<Diagnostic>> byMessage = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics.sorted()) {
      if (RULE.equals(d.rule())) {
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
                  + (others.size() == 1 ? " more note has" : " more notes have")
                  + " this type: "
                  + Listing.some(others, NAMED)
                  + ")",
              RULE));
    }
    diagnostics.regroup(d -> RULE.equals(d.rule()), told);
  }
}
