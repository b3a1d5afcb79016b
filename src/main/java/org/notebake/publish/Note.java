package org.notebake.publish;

import java.time.ZonedDateTime;
import java.util.List;
import org.notebake.vault.FrontMatter;
import org.notebake.vault.SourceFile;

/**
 * A note the author chose to publish, with the metadata every later stage needs.
 *
 * @param source the file
 * @param frontMatter its parsed front matter
 * @param body the Markdown after the front matter, line numbers preserved
 * @param title front matter title, else the file name
 * @param type JBake document type
 * @param date front matter date or created, else a date in the file name, else its mtime
 * @param updated front matter updated or modified, or null
 * @param tags front matter tags as written (inline tags are added when the body is analysed)
 * @param aliases front matter aliases, other names a wikilink may use
 * @param uri site-relative output path
 */
public record Note(
    SourceFile source,
    FrontMatter frontMatter,
    String body,
    String title,
    String type,
    ZonedDateTime date,
    ZonedDateTime updated,
    List<String> tags,
    List<String> aliases,
    String uri) {

  public Note {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
  }

  /** The same note without its Markdown, for stages after rendering that need only metadata. */
  public Note withoutBody() {
    return new Note(source, frontMatter, "", title, type, date, updated, tags, aliases, uri);
  }

  /** The note's identity, for maps of notes: its path. */
  public NoteKey key() {
    return new NoteKey(path());
  }

  /** The path relative to the content folder, as diagnostics print it. */
  public String path() {
    return source.relativePath();
  }
}
