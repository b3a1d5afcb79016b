package org.notebake.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notebake.diagnostics.Diagnostics;

/**
 * Reports files whose names become equal on a case-insensitive or normalising file system (macOS,
 * Windows): the site written from them would lose one of the two pages or images.
 */
final class NameCollisionCheck {

  private final Diagnostics diagnostics;

  NameCollisionCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(Vault vault) {
    Map<String, List<SourceFile>> byFoldedName = new LinkedHashMap<>();
    List<SourceFile> all = new ArrayList<>(vault.notes());
    all.addAll(vault.attachments());
    for (SourceFile file : all) {
      String folded = file.relativePath().toLowerCase(Locale.ROOT);
      byFoldedName.computeIfAbsent(folded, key -> new ArrayList<>()).add(file);
    }
    byFoldedName.values().stream().filter(group -> group.size() > 1).forEach(this::report);
  }

  private void report(List<SourceFile> group) {
    SourceFile first = group.get(0);
    for (SourceFile other : group.subList(1, group.size())) {
      if (other.relativePath().equals(first.relativePath())) {
        diagnostics.error(
            other.relativePath(),
            0,
            0,
            "two files are named \""
                + first.relativePath()
                + "\" once Unicode is normalised (one spells accents as separate marks, as macOS"
                + " does); rename or delete one of them");
      } else {
        diagnostics.error(
            other.relativePath(),
            0,
            0,
            "\""
                + other.relativePath()
                + "\" and \""
                + first.relativePath()
                + "\" differ only by letter case and collide on case-insensitive file systems;"
                + " rename one of them");
      }
    }
  }
}
