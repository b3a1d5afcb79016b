package org.notebake.site;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.links.Attachment;
import org.notebake.links.Embedding;
import org.notebake.links.NoteResolver;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.MarkdownLimitException;
import org.notebake.markdown.NoteFacts;
import org.notebake.markdown.RawHtml;
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
  private final String extension;
  private final Set<Attachment> used = ConcurrentHashMap.newKeySet();
  private final HtmlFileReferences files;

  BodyRenderer(
      MarkdownConverter markdown,
      NoteHtmlSanitizer sanitizer,
      SiteIndex index,
      Diagnostics diagnostics,
      String tagPath,
      String extension) {
    this.markdown = markdown;
    this.sanitizer = sanitizer;
    this.index = index;
    this.diagnostics = diagnostics;
    this.tagPath = tagPath;
    this.files = new HtmlFileReferences(index);
    this.extension = extension;
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
      warnInlineStyles(note, RawHtml.stylesIn(note.body()));
      return new Body(
          withFiles(sanitizer.cleanWithText(note.body()), note, note.uri()), NoteFacts.NONE);
    }
    boolean[] transcluded = {false};
    MarkdownConverter.Rendered rendered =
        markdown.renderWithFacts(
            note.body(), resolver(note, null, note.uri(), List.of(), transcluded));
    warnInlineStyles(note, rendered.inlineStyles());
    NoteHtmlSanitizer.Cleaned cleaned = clean(rendered, transcluded[0]);
    return new Body(
        rendered.rawHtml() ? withFiles(cleaned, note, note.uri()) : cleaned, rendered.facts());
  }

  /** The sanitiser drops style attributes; say so, where each one was. */
  private void warnInlineStyles(Note note, List<RawHtml.Position> styles) {
    for (RawHtml.Position style : styles) {
      diagnostics.warning(
          note.path(),
          style.line(),
          style.column(),
          "inline style attribute removed: a note's CSS never reaches the site; "
              + "give the element a class and style it in the site's CSS (assets/css), "
              + "or set cssclasses in the front matter");
    }
  }

  /** Files the note's own HTML points at are published, as embeds are. */
  private NoteHtmlSanitizer.Cleaned withFiles(
      NoteHtmlSanitizer.Cleaned cleaned, Note note, String hostUri) {
    return new NoteHtmlSanitizer.Cleaned(
        files.publish(cleaned.html(), note, hostUri, used::add), cleaned.text());
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

  private String render(Note note, String fragment, String hostUri, List<Embedding> stack) {
    return renderClean(note, fragment, hostUri, stack).html();
  }

  private NoteHtmlSanitizer.Cleaned renderClean(
      Note note, String fragment, String hostUri, List<Embedding> stack) {
    if (note.source().kind() == SourceFile.Kind.HTML) {
      // JBake's .html content is HTML already; it is only cleaned.
      return withFiles(sanitizer.cleanWithText(note.body()), note, hostUri);
    }
    boolean[] transcluded = {false};
    MarkdownConverter.Rendered rendered;
    try {
      rendered =
          markdown.renderChecked(
              note.body(), resolver(note, fragment, hostUri, stack, transcluded));
    } catch (MarkdownLimitException e) {
      // Blamed on the embedded note; the page embedding it shows nothing of it.
      diagnostics.error(note.path(), e.line(), 0, e.getMessage());
      return EMPTY;
    }
    NoteHtmlSanitizer.Cleaned cleaned = clean(rendered, transcluded[0]);
    return rendered.rawHtml() ? withFiles(cleaned, note, hostUri) : cleaned;
  }

  /** A resolver for {@code note}'s links that sets {@code transcluded[0]} if it embeds a note. */
  private NoteResolver resolver(
      Note note, String fragment, String hostUri, List<Embedding> stack, boolean[] transcluded) {
    return new NoteResolver(
        index,
        note,
        fragment,
        hostUri,
        stack,
        diagnostics,
        used::add,
        (target, section, host, chain) -> {
          transcluded[0] = true;
          return render(target, section, host, chain);
        },
        tagPath,
        extension);
  }

  /** Every attachment some published note referenced so far. */
  Set<Attachment> usedAttachments() {
    return used;
  }
}
