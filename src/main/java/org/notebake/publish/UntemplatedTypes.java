package org.notebake.publish;

import org.notebake.diagnostics.Diagnostics;
import org.notebake.diagnostics.ToldOnce;

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

  private UntemplatedTypes() {}

  /** Replaces the warnings {@link NoteFactory} made, one a note, by one a type. */
  public static void tellOnce(Diagnostics diagnostics) {
    ToldOnce.group(diagnostics, RULE, "more note has this type", "more notes have this type");
  }
}
