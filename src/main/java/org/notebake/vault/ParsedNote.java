package org.notebake.vault;

import java.util.Objects;

/**
 * A note split into its front matter and its Markdown body.
 *
 * <p>The body keeps the file's line numbers: the front matter lines are replaced by empty lines, so
 * line N of the body is line N of the file and diagnostics from later stages point at the right
 * place. When {@code malformed} is true the header could not be read, an error was reported, and
 * the body is empty: the caller must treat the note as private, since its intent is unknown.
 *
 * <pre>{@code
 * ParsedNote note = parser.parse("a.md", "---\ntitle: A\n---\nHello\n", diagnostics);
 * note.body();        // "\n\n\nHello\n"
 * note.malformed();   // false
 * }</pre>
 *
 * @param frontMatter the metadata; {@link FrontMatter#none()} when absent or malformed
 * @param body the Markdown text, with the same line numbering as the file
 * @param malformed whether the header was reported as an error
 * @param ignored a block of properties below empty lines at the top ({@code \n---\ndraft:
 *     true\n---}): Obsidian reads it as text, and so does the body, but what it says of publishing
 *     still counts (a draft must not be published for a blank line); {@link FrontMatter#none()}
 *     when there is none
 */
public record ParsedNote(
    FrontMatter frontMatter, String body, boolean malformed, FrontMatter ignored) {

  public ParsedNote {
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(ignored, "ignored");
  }

  public ParsedNote(FrontMatter frontMatter, String body, boolean malformed) {
    this(frontMatter, body, malformed, FrontMatter.none());
  }

  /** A note whose header or bytes could not be read: no metadata, no text, private. */
  static ParsedNote rejected() {
    return new ParsedNote(FrontMatter.none(), "", true);
  }
}
