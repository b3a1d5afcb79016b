package org.notebake.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.notebake.markdown.NoteFacts;

/**
 * A document's table of contents: its level 2 and 3 headings, or nothing when it has fewer than
 * {@value #MIN_ENTRIES}, since a short note's contents box would be longer than what it lists.
 *
 * <pre>{@code
 * ## Why   ## How   ### Detail   ->  [{level 2, id why, text Why}, {level 2 ...}, {level 3 ...}]
 * ## Why   ## How                ->  []
 * }</pre>
 */
final class TableOfContents {
  static final int MIN_ENTRIES = 3;

  private TableOfContents() {}

  static List<Map<String, Object>> of(NoteFacts facts) {
    List<Map<String, Object>> toc = new ArrayList<>();
    for (NoteFacts.Heading h : facts.headings()) {
      if (h.level() >= 2 && h.level() <= 3) {
        toc.add(Map.of("level", h.level(), "id", h.id(), "text", h.text()));
      }
    }
    return toc.size() < MIN_ENTRIES ? List.of() : toc;
  }
}
