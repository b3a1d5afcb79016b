package org.notebake.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.links.Attachment;
import org.notebake.links.Embedding;
import org.notebake.links.NoteResolver;
import org.notebake.links.SiteAddress;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.DeepBrackets;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.MarkdownLimitException;
import org.notebake.markdown.NoteFacts;
import org.notebake.markdown.RawHtml;
import org.notebake.publish.Note;
import org.notebake.vault.SourceFile;

/**
 * Renders published notes' Markdown into safe HTML: links resolved against the site index, embeds
 * transcluded (relative to the page they appear on), raw HTML sanitised. Each note's rendering is
 * returned whole, as a {@link RenderedNote} naming the attachments it references; the renderer
 * keeps nothing between notes.
 */
public final class BodyRenderer {
  private final MarkdownConverter markdown;
  private final NoteHtmlSanitizer sanitizer;
  private final SiteIndex index;
  private final Diagnostics diagnostics;
  private final String tagPath;
  private final String extension;
  private final SiteAddress address;
  private final HtmlFileReferences files;
  private final RawHtmlWarnings htmlWarnings;
  private final DroppedLinkTargets droppedTargets;

  public BodyRenderer(
      MarkdownConverter markdown,
      NoteHtmlSanitizer sanitizer,
      SiteIndex index,
      Diagnostics diagnostics,
      String tagPath,
      String extension,
      SiteAddress address) {
    this.markdown = markdown;
    this.sanitizer = sanitizer;
    this.index = index;
    this.diagnostics = diagnostics;
    this.tagPath = tagPath;
    this.address = address;
    this.files = new HtmlFileReferences(index, address);
    this.htmlWarnings = new RawHtmlWarnings(diagnostics);
    this.droppedTargets = new DroppedLinkTargets(diagnostics);
    this.extension = extension;
  }

  /**
   * The note's body as it appears on its own page, its facts and the attachments it references;
   * empty, with an error at the note, when the Markdown library cannot take it.
   */
  public RenderedNote render(Note note) {
    Page page = new Page();
    try {
      return page.own(note);
    } catch (MarkdownLimitException e) {
      diagnostics.error(note.path(), e.line(), 0, e.getMessage());
      return RenderedNote.of(note, EMPTY, NoteFacts.NONE, page.used);
    }
  }

  private static final NoteHtmlSanitizer.Cleaned EMPTY = new NoteHtmlSanitizer.Cleaned("", "", "");

  /** One page's rendering: its own note and every note it embeds, and what they reference. */
  private final class Page {
    private final Set<Attachment> used = new LinkedHashSet<>();

    RenderedNote own(Note note) {
      if (note.source().kind() == SourceFile.Kind.HTML) {
        htmlWarnings.warn(
            note,
            List.of(new RawHtml.Literal(new RawHtml.Position(1, 1), note.body())),
            RawHtml.stylesIn(note.body()));
        warnForeignTemplates(note, org.notebake.markdown.ForeignTemplates.inHtml(note.body()));
        return RenderedNote.of(
            note,
            withFiles(sanitizer.cleanWithText(note.body()), note, note.uri()),
            NoteFacts.NONE,
            used);
      }
      Embeds embeds = new Embeds(this);
      MarkdownConverter.Rendered rendered =
          markdown.renderWithFacts(
              note.body(), resolver(note, null, note.uri(), List.of(), embeds), dialect(note));
      htmlWarnings.warn(note, rendered.rawLiterals(), rendered.inlineStyles());
      warnUnclosed(note, rendered.unclosedHtml());
      warnQueries(note, rendered.queries());
      warnForeignTemplates(note, rendered.foreignTemplates());
      droppedTargets.warn(note, rendered.schemeLinks());
      rendered.deepBrackets().ifPresent(deep -> warnDeepBrackets(note, deep));
      NoteHtmlSanitizer.Cleaned cleaned = clean(rendered, embeds.any());
      return RenderedNote.of(
          note,
          rendered.rawHtml() ? withFiles(cleaned, note, note.uri()) : cleaned,
          rendered.facts(),
          used);
    }

    /** Files the note's own HTML points at are published, as embeds are. */
    private NoteHtmlSanitizer.Cleaned withFiles(
        NoteHtmlSanitizer.Cleaned cleaned, Note note, String hostUri) {
      return new NoteHtmlSanitizer.Cleaned(
          files.publish(cleaned.html(), note, hostUri, used::add),
          cleaned.text(),
          cleaned.prose(),
          cleaned.summaryMarked());
    }

    /** Another note's HTML (or a section of it) as it appears embedded in this page. */
    String embedded(Note note, String fragment, String hostUri, List<Embedding> stack) {
      if (note.source().kind() == SourceFile.Kind.HTML) {
        // JBake's .html content is HTML already; it is only cleaned.
        return withFiles(sanitizer.cleanWithText(note.body()), note, hostUri).html();
      }
      Embeds embeds = new Embeds(this);
      MarkdownConverter.Rendered rendered;
      try {
        rendered =
            markdown.renderChecked(
                note.body(), resolver(note, fragment, hostUri, stack, embeds), dialect(note));
      } catch (MarkdownLimitException e) {
        // Blamed on the embedded note; the page embedding it shows nothing of it.
        diagnostics.error(note.path(), e.line(), 0, e.getMessage());
        return "";
      }
      NoteHtmlSanitizer.Cleaned cleaned = clean(rendered, embeds.any());
      return (rendered.rawHtml() ? withFiles(cleaned, note, hostUri) : cleaned).html();
    }

    private NoteResolver resolver(
        Note note, String fragment, String hostUri, List<Embedding> stack, Embeds embeds) {
      return new NoteResolver(
          index,
          note,
          fragment,
          hostUri,
          stack,
          diagnostics,
          used::add,
          embeds,
          tagPath,
          extension,
          address);
    }
  }

  /** The transclusions of one parse, which tell whether it spliced another note's HTML in. */
  private static final class Embeds implements NoteResolver.Transcluder {
    private final Page page;
    private boolean any;

    Embeds(Page page) {
      this.page = page;
    }

    @Override
    public String render(Note note, String fragment, String hostUri, List<Embedding> stack) {
      any = true;
      return page.embedded(note, fragment, hostUri, stack);
    }

    boolean any() {
      return any;
    }
  }

  /** An element cut where its HTML block ended; the Markdown after it is read again. */
  private void warnQueries(Note note, List<org.notebake.markdown.QueryBlocks.Query> queries) {
    for (org.notebake.markdown.QueryBlocks.Query query : queries) {
      diagnostics.warning(
          note.path(),
          query.line(),
          query.inline() ? query.column() : 1,
          query.inline()
              ? "the inline Dataview query is left out: Obsidian shows what it finds, never its"
                  + " source, and notebake runs no plugin; write its answer in the note to publish"
                  + " it"
              : "the "
                  + query.language()
                  + " query block is left out: Obsidian shows what it finds, never its source,"
                  + " and notebake runs no plugin; write the list out in the note to publish it");
    }
  }

  /**
   * Hugo's shortcodes and Jekyll's Liquid tags are shown as text: one warning at the first, with
   * how many more the note has (a page of Hugo's docs holds tens). Only the tag's name is quoted.
   */
  private void warnForeignTemplates(
      Note note, List<org.notebake.markdown.ForeignTemplates.Tag> tags) {
    if (tags.isEmpty()) {
      return;
    }
    org.notebake.markdown.ForeignTemplates.Tag first = tags.get(0);
    boolean hugo = first.kind() == org.notebake.markdown.ForeignTemplates.Kind.HUGO;
    int more = tags.size() - 1;
    diagnostics.warning(
        note.path(),
        first.line(),
        first.column(),
        (hugo
                ? "the Hugo shortcode " + first.name() + " is"
                : "the Liquid tag " + first.name() + " (Jekyll) is")
            + " shown as text: notebake runs no "
            + (hugo ? "shortcodes" : "Liquid")
            + "; write what it makes in Markdown, or put it in `code` to show the syntax"
            + (more == 0
                ? ""
                : " (" + more + " more such tag" + (more == 1 ? "" : "s") + " in this note)"));
  }

  /** Brackets stacked too high to read in reasonable time were shown as text; say where. */
  private void warnDeepBrackets(Note note, DeepBrackets.Escaped deep) {
    diagnostics.warning(
        note.path(),
        deep.line(),
        deep.column(),
        "brackets nested more than "
            + DeepBrackets.MAX_HEIGHT
            + " deep from here: the outer "
            + deep.pairs()
            + " pairs are shown as text, not read as links, embeds or images (reading them would"
            + " take time growing with the square of the note's length); nest fewer brackets, or"
            + " put the text in a code block to show it as written");
  }

  private void warnUnclosed(Note note, List<RawHtml.Unclosed> unclosed) {
    for (RawHtml.Unclosed element : unclosed) {
      diagnostics.warning(
          note.path(),
          element.position().line(),
          element.position().column(),
          "<"
              + element.element()
              + "> is not closed in its HTML block, which a blank line or the end of its"
              + " paragraph ends: it is left out with the rest of that block, and what follows"
              + " is read as Markdown, as Obsidian does; close it in the same block (no blank"
              + " lines inside), or put the code in a fenced code block to show it");
    }
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
  /** A note with a JBake header is a JBake post's Markdown, where {@code #word} is no tag. */
  static MarkdownConverter.Dialect dialect(Note note) {
    return note.frontMatter().format() == org.notebake.vault.FrontMatter.Format.JBAKE
        ? MarkdownConverter.Dialect.JBAKE
        : MarkdownConverter.Dialect.OBSIDIAN;
  }

  public static NoteFacts analyze(MarkdownConverter markdown, Note note) {
    try {
      return note.source().kind() == SourceFile.Kind.HTML
          ? NoteFacts.NONE
          : markdown.analyze(note.body(), dialect(note));
    } catch (MarkdownLimitException e) {
      return NoteFacts.NONE;
    }
  }
}
