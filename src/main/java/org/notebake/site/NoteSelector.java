package org.notebake.site;

import java.util.ArrayList;
import java.util.List;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.publish.Note;
import org.notebake.publish.NoteFactory;
import org.notebake.publish.PublishPolicy;
import org.notebake.vault.NoteReader;
import org.notebake.vault.ParsedNote;
import org.notebake.vault.SourceFile;

/**
 * Reads every note's front matter and keeps those the author chose to publish. A private note's
 * text goes no further than this stage: only its file (for "is a private note" diagnostics)
 * survives.
 */
final class NoteSelector {
  private NoteSelector() {}

  record Selection(List<Note> published, List<SourceFile> withheld) {}

  static Selection select(
      List<SourceFile> notes,
      NoteReader reader,
      PublishPolicy policy,
      NoteFactory factory,
      Diagnostics diagnostics) {
    List<Note> read =
        Parallel.map(notes, file -> readIfPublished(file, reader, policy, factory, diagnostics));
    List<Note> chosen = new ArrayList<>();
    List<SourceFile> withheld = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      if (read.get(i) == null) {
        withheld.add(notes.get(i));
      } else {
        chosen.add(read.get(i));
      }
    }
    return new Selection(List.copyOf(chosen), withheld);
  }

  private static Note readIfPublished(
      SourceFile file,
      NoteReader reader,
      PublishPolicy policy,
      NoteFactory factory,
      Diagnostics diagnostics) {
    Diagnostics reading = new Diagnostics();
    ParsedNote parsed = reader.read(file, reading);
    boolean meantForTheSite =
        !parsed.malformed()
            || policy.publishesByLocation(file.relativePath())
            || PublishClaim.inHeader(file);
    for (Diagnostic d : reading.sorted()) {
      diagnostics.add(meantForTheSite || !d.isError() ? d : privateNote(d));
    }
    if (!policy.isPublished(
        file.relativePath(), parsed.frontMatter(), parsed.malformed(), diagnostics)) {
      return null;
    }
    return factory.create(file, parsed.frontMatter(), parsed.body(), diagnostics);
  }

  /**
   * A note that would never be published (outside publish.folders, no publish: true line) cannot
   * block the site: its unreadable front matter or bytes are a warning, and it stays private.
   */
  private static Diagnostic privateNote(Diagnostic error) {
    return Diagnostic.warning(
        error.path(),
        error.line(),
        error.column(),
        error.message()
            + " (the note is private, so this does not stop the build; it stays private until"
            + " fixed)");
  }
}
