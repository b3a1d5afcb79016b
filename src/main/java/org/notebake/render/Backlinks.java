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
    // Resolving the links is the work (a site's every link, each build), and each note's on its
    // own: in parallel. Filing them stays in the notes' order, so the first link from a note to
    // another gives the backlink's context, as it would one note at a time.
    List<List<Linked>> resolved =
        published.parallelStream().map(from -> resolve(from, rendered, index)).toList();
    Map<NoteKey, Map<String, Backlink>> found = new HashMap<>();
    for (List<Linked> links : resolved) {
      for (Linked link : links) {
        found
            .computeIfAbsent(link.to(), t -> new LinkedHashMap<>())
            .putIfAbsent(link.backlink().uri(), link.backlink());
      }
    }
    Map<NoteKey, List<Backlink>> out = new HashMap<>();
    found.forEach(
        (to, links) -> {
          List<Backlink> sorted = new ArrayList<>(links.values());
          sorted.sort(ORDER);
          out.put(to, sorted);
        });
    return out;
  }

  /**
   * {@code before} with the backlinks from {@code from} made again, for notes whose links lead
   * where they led but read otherwise around them (their context): each such backlink replaces the
   * one from the same note, in title order as always.
   */
  public static Map<NoteKey, List<Backlink>> renewed(
      Map<NoteKey, List<Backlink>> before,
      List<Note> from,
      Map<NoteKey, RenderedNote> rendered,
      SiteIndex index) {
    Map<NoteKey, List<Backlink>> out = new HashMap<>(before);
    for (Note note : from) {
      Map<NoteKey, Backlink> first = new LinkedHashMap<>();
      for (Linked link : resolve(note, rendered, index)) {
        first.putIfAbsent(link.to(), link.backlink());
      }
      first.forEach(
          (to, link) -> {
            List<Backlink> links = new ArrayList<>(out.getOrDefault(to, List.of()));
            links.removeIf(b -> b.uri().equals(link.uri()));
            links.add(link);
            links.sort(ORDER);
            out.put(to, links);
          });
    }
    return out;
  }

  private static final java.util.Comparator<Backlink> ORDER =
      java.util.Comparator.comparing(Backlink::title).thenComparing(Backlink::uri);

  private record Linked(NoteKey to, Backlink backlink) {}

  /** The published notes {@code from} links to (itself left out), in its links' order. */
  private static List<Linked> resolve(
      Note from, Map<NoteKey, RenderedNote> rendered, SiteIndex index) {
    List<Linked> out = new ArrayList<>();
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
                  out.add(
                      new Linked(
                          to.key(), new Backlink(from.title(), from.uri(), link.context()))));
    }
    return out;
  }
}
