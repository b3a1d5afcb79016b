package org.notebake.render;

import java.util.Collection;
import java.util.List;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.links.Attachment;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.NoteKey;

/**
 * What rendering returns for one published note: its body, the facts read in the same parse (tags,
 * headings, outgoing links), and the attachments the page references (its embeds' too). Backlinks,
 * the tag pages and the published attachments are derived from these afterwards.
 *
 * @param key the note
 * @param body the sanitised HTML with its summary and word count
 * @param facts tags, headings, block ids and outgoing links
 * @param attachments every attachment the page references, in the order first met
 */
public record RenderedNote(
    NoteKey key, DocumentBuilder.Body body, NoteFacts facts, List<Attachment> attachments) {

  public RenderedNote {
    attachments = List.copyOf(attachments);
  }

  public static RenderedNote of(
      org.notebake.publish.Note note,
      NoteHtmlSanitizer.Cleaned cleaned,
      NoteFacts facts,
      Collection<Attachment> attachments) {
    return new RenderedNote(
        note.key(), DocumentBuilder.Body.of(cleaned), facts, List.copyOf(attachments));
  }
}
