package org.notebake.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;

/**
 * Who links to whom, among published notes only: a private note's links are never read, so they can
 * never show up as a backlink.
 */
final class Backlinks {
  private Backlinks() {}

  static Map<Note, List<Backlink>> of(Map<Note, NoteFacts> published, SiteIndex index) {
    Map<Note, Map<String, Backlink>> found = new HashMap<>();
    for (Map.Entry<Note, NoteFacts> entry : published.entrySet()) {
      Note from = entry.getKey();
      for (NoteFacts.OutgoingLink link : entry.getValue().links()) {
        if (link.target().isEmpty()) {
          continue;
        }
        index
            .findNote(link.target(), from)
            .map(f -> f.value())
            .filter(to -> !to.equals(from))
            .ifPresent(
                to ->
                    found
                        .computeIfAbsent(to, t -> new LinkedHashMap<>())
                        .putIfAbsent(
                            from.uri(), new Backlink(from.title(), from.uri(), link.context())));
      }
    }
    Map<Note, List<Backlink>> out = new HashMap<>();
    found.forEach(
        (to, links) -> {
          List<Backlink> sorted = new ArrayList<>(links.values());
          sorted.sort(java.util.Comparator.comparing(Backlink::title).thenComparing(Backlink::uri));
          out.put(to, sorted);
        });
    return out;
  }
}
