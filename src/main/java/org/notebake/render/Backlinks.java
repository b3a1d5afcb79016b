package org.notebake.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;

/**
 * Who links to whom, among published notes only: a private note's links are never read, so they can
 * never show up as a backlink.
 */
public final class Backlinks {
  private Backlinks() {}

  /**
   * Each published note's backlinks, derived from the links its linkers' rendering read.
   *
   * @param published the published notes
   * @param rendered their rendering, by note
   */
  public static Map<NoteKey, List<Backlink>> of(
      List<Note> published, Map<NoteKey, RenderedNote> rendered, SiteIndex index) {
    Map<NoteKey, Map<String, Backlink>> found = new HashMap<>();
    for (Note from : published) {
      for (NoteFacts.OutgoingLink link : rendered.get(from.key()).facts().links()) {
        if (link.target().isEmpty()) {
          continue;
        }
        index
            .findNote(link.target(), from)
            .map(f -> f.value())
            .filter(to -> !to.key().equals(from.key()))
            .ifPresent(
                to ->
                    found
                        .computeIfAbsent(to.key(), t -> new LinkedHashMap<>())
                        .putIfAbsent(
                            from.uri(), new Backlink(from.title(), from.uri(), link.context())));
      }
    }
    Map<NoteKey, List<Backlink>> out = new HashMap<>();
    found.forEach(
        (to, links) -> {
          List<Backlink> sorted = new ArrayList<>(links.values());
          sorted.sort(java.util.Comparator.comparing(Backlink::title).thenComparing(Backlink::uri));
          out.put(to, sorted);
        });
    return out;
  }
}
