package org.notebake.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.DraftPreview;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.render.Backlink;
import org.notebake.render.Backlinks;
import org.notebake.render.RenderedNote;
import org.notebake.vault.NoteReader;
import org.notebake.vault.ParsedNote;
import org.notebake.vault.SourceFile;

/**
 * The short way of a rebuild ({@link LastBuild}): from the last build's state and the files that
 * changed, what the plan stage needs, with only the edited notes and the notes that read them
 * rendered again; or null, and nothing said, when the changes are more than edits of notes' text.
 *
 * <pre>{@code
 * LastBuild.Kept kept = ...;   // the last build's
 * ShortWay.Result r = new ShortWay(kept, reader, drafts, headings).after(changed, content);
 * if (r == null) { ... the whole build ... }
 * }</pre>
 */
final class ShortWay {
  /** What the plan stage is given, and what the next short way starts from. */
  record Result(LastBuild.Kept kept, SiteIndex index) {}

  private final LastBuild.Kept kept;
  private final NoteReader reader;
  private final DraftPreview drafts;
  private final Function<List<Note>, Function<NoteKey, NoteFacts>> headings;

  /**
   * @param drafts the preview's drafts, or null when it shows none
   * @param headings what the index reads of the published notes' headings and blocks, as the whole
   *     build's index does ({@code NoteAnalysis})
   */
  ShortWay(
      LastBuild.Kept kept,
      NoteReader reader,
      DraftPreview drafts,
      Function<List<Note>, Function<NoteKey, NoteFacts>> headings) {
    this.kept = kept;
    this.reader = reader;
    this.drafts = drafts;
    this.headings = headings;
  }

  /** The plan's inputs after {@code changed} (under {@code content}), or null: the whole build. */
  Result after(Set<Path> changed, Path content) {
    LastBuild.Changed notes = LastBuild.notesAmong(kept, content, changed);
    if (notes == null || !privateStayPrivate(notes.withheld())) {
      return null;
    }
    Map<String, Note> edited = new HashMap<>();
    for (Note before : notes.published()) {
      Note now = reread(before);
      if (now == null) {
        return null;
      }
      edited.put(now.path(), now);
    }
    List<Note> published =
        kept.selection().published().stream().map(n -> edited.getOrDefault(n.path(), n)).toList();
    NoteSelector.Selection selection =
        new NoteSelector.Selection(published, kept.selection().withheld());
    // The last index, with the edited notes as they are now: their names, addresses and tags are
    // what they were (sameButBody), and so is every other file the index knows.
    SiteIndex index = kept.bodies().index().afterEdits(edited.values(), headings.apply(published));
    MemoizedBodies bodies = kept.bodies().after(index, edited.values());
    Set<String> again = new TreeSet<>(edited.keySet());
    again.addAll(bodies.readers(edited.keySet()));
    List<Diagnostic> said = saidBut(again);
    if (said == null) {
      return null;
    }
    Map<String, Note> byPath = new HashMap<>();
    published.forEach(n -> byPath.put(n.path(), n));
    Map<NoteKey, RenderedNote> rendered = new HashMap<>(kept.rendered());
    List<Note> relinked = new ArrayList<>();
    for (String path : again) {
      Note note = byPath.get(path);
      if (note == null || note.type().equals("gallery")) {
        return null; // an album's page is read with its photos: the whole build
      }
      MemoizedBodies.Body body = bodies.body(note);
      said.addAll(body.said());
      RenderedNote before = kept.rendered().get(note.key());
      if (before == null
          || !LastBuild.sameShape(before.facts(), body.note().facts())
          || !body.note().attachments().equals(before.attachments())) {
        return null;
      }
      if (!body.note().facts().links().equals(before.facts().links())) {
        relinked.add(note);
      }
      rendered.put(note.key(), body.note());
    }
    Map<NoteKey, RenderedNote> bodiesNow = Map.copyOf(rendered);
    Map<NoteKey, List<Backlink>> backlinks =
        relinked.isEmpty()
            ? kept.backlinks()
            : Backlinks.renewed(kept.backlinks(), relinked, bodiesNow, index);
    return new Result(kept.after(selection, bodies, bodiesNow, backlinks, said), index);
  }

  /** Whether each changed private note stays private, with nothing to say of it then or now. */
  private boolean privateStayPrivate(List<SourceFile> withheld) {
    Set<String> said = new java.util.HashSet<>();
    kept.said().forEach(d -> said.add(d.path()));
    for (SourceFile was : withheld) {
      SourceFile file = LastBuild.asNow(was);
      Diagnostics reading = new Diagnostics();
      ParsedNote parsed = file == null ? null : reader.read(file, reading);
      if (parsed == null
          || said.contains(file.relativePath())
          || parsed.malformed()
          || kept.policy().isPublished(file.relativePath(), parsed.frontMatter(), false, reading)
          || reading.size() > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code before}'s file read again, if it is {@code before} with another text only: still
   * published (or still a preview's draft), read without a word to say, equal but for its body
   * ({@link LastBuild#sameButBody}).
   */
  private Note reread(Note before) {
    SourceFile file = LastBuild.asNow(before.source());
    if (file == null) {
      return null;
    }
    Diagnostics reading = new Diagnostics();
    ParsedNote parsed = reader.read(file, reading);
    boolean draft = drafts != null && drafts.isDraftPage(before.uri());
    if (parsed.malformed()
        || kept.policy().isPublished(file.relativePath(), parsed.frontMatter(), false, reading)
            == draft) {
      return null;
    }
    Note now = kept.factory().create(file, parsed.frontMatter(), parsed.body(), reading);
    return reading.size() == 0 && LastBuild.sameButBody(before, now) ? now : null;
  }

  /**
   * What the last build said, but what rendering the notes {@code again} said then (they say it
   * anew); null when something else was said of them (reading them, another stage), which may
   * change.
   */
  private List<Diagnostic> saidBut(Set<String> again) {
    List<Diagnostic> said = new ArrayList<>(kept.said());
    for (String path : again) {
      for (Diagnostic d : kept.bodies().said(path)) {
        if (!said.remove(d)) {
          return null;
        }
      }
    }
    return said.stream().anyMatch(d -> again.contains(d.path())) ? null : said;
  }
}
