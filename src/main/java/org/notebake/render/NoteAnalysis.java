package org.notebake.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;

/**
 * The headings and block ids of a published note, for the site index to resolve {@code
 * [[Note#Heading]]}: read without rendering, only for notes a link asks about, each once. Rendering
 * reads its own facts in its own parse and never writes here, so the index sees the same answers
 * whatever order notes are rendered in.
 */
public final class NoteAnalysis implements Function<NoteKey, NoteFacts> {
  private final MarkdownConverter markdown;
  private final Map<NoteKey, Note> notes = new HashMap<>();
  private final Map<NoteKey, NoteFacts> read = new ConcurrentHashMap<>();

  public NoteAnalysis(MarkdownConverter markdown, List<Note> published) {
    this.markdown = markdown;
    published.forEach(note -> notes.put(note.key(), note));
  }

  /** Called from several rendering threads; a note is analysed at most once. */
  @Override
  public NoteFacts apply(NoteKey key) {
    return read.computeIfAbsent(key, k -> BodyRenderer.analyze(markdown, notes.get(k)));
  }
}
