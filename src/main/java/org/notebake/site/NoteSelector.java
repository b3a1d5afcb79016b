package org.notebake.site;

import java.util.ArrayList;
import java.util.List;
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
    ParsedNote parsed = reader.read(file, diagnostics);
    if (!policy.isPublished(
        file.relativePath(), parsed.frontMatter(), parsed.malformed(), diagnostics)) {
      return null;
    }
    return factory.create(file, parsed.frontMatter(), parsed.body(), diagnostics);
  }
}
