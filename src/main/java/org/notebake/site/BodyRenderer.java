package org.notebake.site;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.links.Attachment;
import org.notebake.links.NoteResolver;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.MarkdownLimitException;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.vault.SourceFile;

/**
 * Renders published notes' Markdown into safe HTML: links resolved against the site index, embeds
 * transcluded (relative to the page they appear on), raw HTML sanitised, and every referenced
 * attachment remembered so it, and only it, gets published.
 */
final class BodyRenderer {
  private final MarkdownConverter markdown;
  private final NoteHtmlSanitizer sanitizer;
  private final SiteIndex index;
  private final Diagnostics diagnostics;
  private final String tagPath;
  private final Set<Attachment> used = ConcurrentHashMap.newKeySet();

  BodyRenderer(
      MarkdownConverter markdown,
      NoteHtmlSanitizer sanitizer,
      SiteIndex index,
      Diagnostics diagnostics,
      String tagPath) {
    this.markdown = markdown;
    this.sanitizer = sanitizer;
    this.index = index;
    this.diagnostics = diagnostics;
    this.tagPath = tagPath;
  }

  /** A note's body as it appears on its own page, and the facts read while rendering it. */
  record Body(NoteHtmlSanitizer.Cleaned cleaned, NoteFacts facts) {}

  /**
   * The note's body as it appears on its own page, with its plain text and its facts; empty, with
   * an error at the note, when the Markdown library cannot take it.
   */
  Body render(Note note) {
    try {
      return renderUnchecked(note);
    } catch (MarkdownLimitException e) {
      diagnostics.error(note.path(), e.line(), 0, e.getMessage());
      return new Body(EMPTY, NoteFacts.NONE);
    }
  }

  private static final NoteHtmlSanitizer.Cleaned EMPTY = new NoteHtmlSanitizer.Cleaned("", "");

  private Body renderUnchecked(Note note) {
    if (note.source().kind() == SourceFile.Kind.HTML) {
      return new Body(sanitizer.cleanWithText(note.body()), NoteFacts.NONE);
    }
    boolean[] transcluded = {false};
    MarkdownConverter.Rendered rendered =
        markdown.renderWithFacts(note.body(), resolver(note, note.uri(), List.of(), transcluded));
    return new Body(clean(rendered, transcluded[0]), rendered.facts());
  }

  /**
   * Raw HTML, or another note's cleaned HTML spliced in, can be anything: the sanitiser rebuilds
   * those bodies. HTML the renderers alone made is only checked against its allow-list.
   */
  private NoteHtmlSanitizer.Cleaned clean(
      MarkdownConverter.Rendered rendered, boolean transcluded) {
    return rendered.rawHtml() || transcluded
        ? sanitizer.cleanWithText(rendered.html())
        : sanitizer.cleanRendered(rendered.html());
  }

  /**
   * What the index knows of a note before it is rendered, read without rendering; nothing for a
   * note the Markdown library cannot take (its own rendering reports that).
   */
  static NoteFacts analyze(MarkdownConverter markdown, Note note) {
    try {
      return note.source().kind() == SourceFile.Kind.HTML
          ? NoteFacts.NONE
          : markdown.analyze(note.body());
    } catch (MarkdownLimitException e) {
      return NoteFacts.NONE;
    }
  }

  private String render(Note note, String hostUri, List<Note> stack) {
    return renderClean(note, hostUri, stack).html();
  }

  private NoteHtmlSanitizer.Cleaned renderClean(Note note, String hostUri, List<Note> stack) {
    if (note.source().kind() == SourceFile.Kind.HTML) {
      // JBake's .html content is HTML already; it is only cleaned.
      return sanitizer.cleanWithText(note.body());
    }
    boolean[] transcluded = {false};
    MarkdownConverter.Rendered rendered;
    try {
      rendered = markdown.renderChecked(note.body(), resolver(note, hostUri, stack, transcluded));
    } catch (MarkdownLimitException e) {
      // Blamed on the embedded note; the page embedding it shows nothing of it.
      diagnostics.error(note.path(), e.line(), 0, e.getMessage());
      return EMPTY;
    }
    return clean(rendered, transcluded[0]);
  }

  /** A resolver for {@code note}'s links that sets {@code transcluded[0]} if it embeds a note. */
  private NoteResolver resolver(
      Note note, String hostUri, List<Note> stack, boolean[] transcluded) {
    return new NoteResolver(
        index,
        note,
        hostUri,
        stack,
        diagnostics,
        used::add,
        (target, host, chain) -> {
          transcluded[0] = true;
          return render(target, host, chain);
        },
        tagPath);
  }

  /** Every attachment some published note referenced so far. */
  Set<Attachment> usedAttachments() {
    return used;
  }
}
