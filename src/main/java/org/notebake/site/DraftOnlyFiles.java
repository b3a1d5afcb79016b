package org.notebake.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.notebake.links.Attachment;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.render.RenderedNote;

/**
 * The attachments a preview with drafts ({@code serve --drafts}) shows only because of private
 * notes, which a bake of the same vault would not publish: their photo variants are kept in the
 * preview's own temporary folder, never in the cache the bake shares.
 *
 * <pre>{@code
 * Set<Attachment> theirs =
 *     DraftOnlyFiles.among(used, notes, rendered, index, covers, albumPhotos, siteImages, isDraft);
 * }</pre>
 *
 * <p>A published page that embeds a private note, at any depth, shows that note's files among its
 * own, and rendering does not say whose is which: all of them count as the drafts' unless a page
 * free of drafts (or a published cover, album or site image) shows them too. Erring that way costs
 * a bake making a photo's variants again, never a private photo's in the shared cache.
 */
final class DraftOnlyFiles {
  private DraftOnlyFiles() {}

  /**
   * @param used every attachment the preview publishes
   * @param notes the preview's notes, drafts included
   * @param albumPhotos the photos of the albums whose page is no draft
   * @param isDraft whether a note is private, shown by the preview only
   */
  static Set<Attachment> among(
      List<Attachment> used,
      List<Note> notes,
      Map<NoteKey, RenderedNote> rendered,
      SiteIndex index,
      Map<NoteKey, Optional<Attachment>> covers,
      List<Attachment> albumPhotos,
      List<Attachment> siteImages,
      Predicate<Note> isDraft) {
    Set<NoteKey> showingDrafts = showingDrafts(notes, rendered, index, isDraft);
    Set<Attachment> published = new HashSet<>(albumPhotos);
    published.addAll(siteImages);
    for (Note note : notes) {
      if (!isDraft.test(note)) {
        covers.getOrDefault(note.key(), Optional.empty()).ifPresent(published::add);
      }
      RenderedNote body = rendered.get(note.key());
      if (body != null && !showingDrafts.contains(note.key())) {
        published.addAll(body.attachments());
      }
    }
    Set<Attachment> theirs = new HashSet<>(used);
    theirs.removeAll(published);
    return Set.copyOf(theirs);
  }

  /** The drafts and every note whose page embeds one, through any chain of embeds. */
  private static Set<NoteKey> showingDrafts(
      List<Note> notes,
      Map<NoteKey, RenderedNote> rendered,
      SiteIndex index,
      Predicate<Note> isDraft) {
    Map<NoteKey, List<Note>> embeddedBy = new HashMap<>();
    Deque<Note> found = new ArrayDeque<>();
    for (Note note : notes) {
      if (isDraft.test(note)) {
        found.add(note);
      }
      RenderedNote body = rendered.get(note.key());
      for (NoteFacts.OutgoingLink link :
          body == null ? List.<NoteFacts.OutgoingLink>of() : body.facts().links()) {
        if (link.embed() && !link.target().isEmpty()) {
          index
              .findNote(link.target(), note)
              .map(f -> f.value())
              .ifPresent(
                  target ->
                      embeddedBy.computeIfAbsent(target.key(), k -> new ArrayList<>()).add(note));
        }
      }
    }
    Set<NoteKey> showing = new HashSet<>();
    found.forEach(note -> showing.add(note.key()));
    while (!found.isEmpty()) {
      for (Note embedder : embeddedBy.getOrDefault(found.poll().key(), List.of())) {
        if (showing.add(embedder.key())) {
          found.add(embedder);
        }
      }
    }
    return showing;
  }
}
