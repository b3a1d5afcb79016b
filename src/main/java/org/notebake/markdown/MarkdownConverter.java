package org.notebake.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.notebake.markdown.obsidian.ObsidianExtensions;
import org.notebake.markdown.obsidian.ObsidianResolver;

/**
 * Markdown to HTML the way Obsidian's reading view shows it: CommonMark with GFM tables,
 * strikethrough, autolinks, task lists and footnotes (inline ones too), plus notebake's Obsidian
 * extensions (wikilinks, embeds, callouts, highlights, maths, comments, tags, block ids, custom
 * task statuses, Mermaid blocks, heading ids).
 *
 * <pre>{@code
 * MarkdownConverter md = new MarkdownConverter(false, Set.of("private"));
 * NoteFacts facts = md.analyze(body);            // tags, headings, links; no resolver needed
 * Rendered r = md.renderChecked(body, resolver); // r.html(): links resolved against published notes
 * r.rawHtml();                                   // true if the note held HTML tags of its own
 * Rendered both = md.renderWithFacts(body, resolver); // facts and HTML from one parse
 * }</pre>
 *
 * <p>Brackets stacked more than 32 deep are read as text ({@link DeepBrackets}), so that the note
 * renders in linear time; {@link Rendered#deepBrackets()} says where. Source positions are those of
 * the note as written, not counting the backslashes that made them text.
 *
 * <p>A note beyond a library's limits (a table of more than a million cells, nesting deeper than
 * the stack) throws {@link MarkdownLimitException}, which says which line and how to fix it.
 *
 * <p>Parsers are built once and shared between threads (commonmark parsers are stateless); the
 * renderer is built per note because it carries that note's link resolver.
 */
public final class MarkdownConverter {
  private static final ObsidianResolver NO_RESOLVER = new UnusedResolver();

  private final boolean strictLineBreaks;
  private final Set<String> snippetHiddenClasses;
  private final Set<String> removedCallouts;
  private final Parser analysisParser;
  private final Parser renderParser;
  private final Parser jbakeAnalysisParser;
  private final Parser jbakeRenderParser;

  /**
   * Whose Markdown a note is written in: Obsidian's (a YAML header or none), or a JBake post's (a
   * {@code key=value} header), where {@code #word} is text, as in JBake, not a tag (a post saying
   * "the #include directive" got a tag page, and with {@code render.tags=false} a broken link), and
   * {@code #Heading} at a line's start a heading ({@link JBakeHeadings}).
   */
  public enum Dialect {
    OBSIDIAN,
    JBAKE
  }

  public MarkdownConverter(boolean strictLineBreaks, Set<String> removedCallouts) {
    this(strictLineBreaks, removedCallouts, Set.of());
  }

  /**
   * @param snippetHiddenClasses classes the vault's enabled CSS snippets hide: raw HTML of such a
   *     class is hidden, as {@code hidden} makes it ({@link SnippetClasses})
   */
  public MarkdownConverter(
      boolean strictLineBreaks, Set<String> removedCallouts, Set<String> snippetHiddenClasses) {
    this.snippetHiddenClasses = Set.copyOf(snippetHiddenClasses);
    this.strictLineBreaks = strictLineBreaks;
    this.removedCallouts = Set.copyOf(removedCallouts);
    List<Extension> extensions = extensions(NO_RESOLVER);
    // Block spans only: headings' lines tell which embeds lie in a section (cheap, no inline
    // spans).
    this.analysisParser =
        Parser.builder()
            .extensions(extensions)
            .customBlockParserFactory(new TabIndentedLists())
            .customBlockParserFactory(new QuotedTabLists())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    this.renderParser =
        Parser.builder()
            .extensions(extensions)
            .customBlockParserFactory(new TabIndentedLists())
            .customBlockParserFactory(new QuotedTabLists())
            .postProcessor(new SelfClosingTags())
            .postProcessor(new GitRemotes())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    List<Extension> jbake =
        extensions.stream()
            .filter(e -> !(e instanceof org.notebake.markdown.obsidian.tag.TagExtension))
            .toList();
    this.jbakeAnalysisParser =
        Parser.builder()
            .extensions(jbake)
            .customBlockParserFactory(new JBakeHeadings())
            .customBlockParserFactory(new JBakeInlineTagLines())
            .customBlockParserFactory(new TabIndentedLists())
            .customBlockParserFactory(new QuotedTabLists())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    this.jbakeRenderParser =
        Parser.builder()
            .extensions(jbake)
            .customBlockParserFactory(new JBakeHeadings())
            .customBlockParserFactory(new JBakeInlineTagLines())
            .customBlockParserFactory(new TabIndentedLists())
            .customBlockParserFactory(new QuotedTabLists())
            .postProcessor(new SelfClosingTags())
            .postProcessor(new GitRemotes())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
  }

  private Parser analysisParser(Dialect dialect) {
    return dialect == Dialect.JBAKE ? jbakeAnalysisParser : analysisParser;
  }

  private Parser renderParser(Dialect dialect) {
    return dialect == Dialect.JBAKE ? jbakeRenderParser : renderParser;
  }

  private List<Extension> extensions(ObsidianResolver resolver) {
    // The Obsidian extensions go first so autolinks and task lists never see raw wikilink text.
    List<Extension> all = new ArrayList<>(ObsidianExtensions.all(resolver, removedCallouts));
    all.add(TablesExtension.create());
    all.add(StrikethroughExtension.create());
    all.add(AutolinkExtension.create());
    all.add(TaskListItemsExtension.create());
    // Obsidian writes inline footnotes too: text^[the note].
    all.add(FootnotesExtension.builder().inlineFootnotes(true).build());
    return all;
  }

  /**
   * Reads tags, headings, block ids and links without rendering.
   *
   * @throws MarkdownLimitException when the note is beyond what the Markdown library accepts
   */
  public NoteFacts analyze(String markdown) {
    return analyze(markdown, Dialect.OBSIDIAN);
  }

  /** As {@link #analyze(String)}, for a note in {@code dialect}. */
  public NoteFacts analyze(String markdown, Dialect dialect) {
    return guarded(
        markdown,
        () -> {
          Node document = parse(analysisParser(dialect), DeepBrackets.flatten(markdown));
          UnclosedRawText.cut(document);
          QueryBlocks.cut(document);
          SnippetClasses.mark(document, snippetHiddenClasses);
          HiddenHtml.cut(document);
          return NoteAnalyzer.analyze(document);
        });
  }

  /**
   * Renders a note's body, every link and embed decided by {@code resolver}, and tells whether the
   * note holds raw HTML (HTML blocks or inline tags). Without it, the HTML is the renderers' alone:
   * well formed, every text and attribute escaped. The facts are not read ({@link NoteFacts#NONE}):
   * for embeds, whose host has its own.
   */
  public Rendered renderChecked(String markdown, ObsidianResolver resolver) {
    return renderChecked(markdown, resolver, Dialect.OBSIDIAN);
  }

  /** As {@link #renderChecked(String, ObsidianResolver)}, for a note in {@code dialect}. */
  public Rendered renderChecked(String markdown, ObsidianResolver resolver, Dialect dialect) {
    return guarded(
        markdown,
        () -> {
          DeepBrackets.Flattened flat = DeepBrackets.flatten(markdown);
          Node document = parse(renderParser(dialect), flat);
          List<RawHtml.Unclosed> unclosed = UnclosedRawText.cut(document);
          List<QueryBlocks.Query> queries = QueryBlocks.cut(document);
          SnippetClasses.mark(document, snippetHiddenClasses);
          HiddenHtml.cut(document);
          RawHtml raw = RawHtml.of(document);
          return new Rendered(
              render(document, resolver),
              NoteFacts.NONE,
              raw.found(),
              raw.styles(),
              raw.literals(),
              unclosed,
              queries,
              flat.escaped(),
              ForeignTemplates.find(document),
              List.of());
        });
  }

  /**
   * A rendered body, the facts read from the same parse, whether the note held raw HTML, which only
   * a sanitiser can vouch for, and where that HTML has {@code style} attributes (which the
   * sanitiser removes, so the note's author should hear of it), the raw HTML itself, where the
   * author may have hidden text that the sanitiser leaves out, and the scripts (or styles, ...)
   * left out because their HTML block ended before they were closed, the query blocks left out
   * ({@link QueryBlocks}), the brackets stacked too high to read, shown as text ({@link
   * DeepBrackets}), another generator's template tags shown as text ({@link ForeignTemplates}), and
   * the links with a scheme, whose target the sanitiser may take ({@link SchemeLinks}: found when
   * rendering a note for its own page, not when it is embedded, where its own page says it).
   */
  public record Rendered(
      String html,
      NoteFacts facts,
      boolean rawHtml,
      List<RawHtml.Position> inlineStyles,
      List<RawHtml.Literal> rawLiterals,
      List<RawHtml.Unclosed> unclosedHtml,
      List<QueryBlocks.Query> queries,
      Optional<DeepBrackets.Escaped> deepBrackets,
      List<ForeignTemplates.Tag> foreignTemplates,
      List<SchemeLinks.Found> schemeLinks) {
    public Rendered {
      schemeLinks = List.copyOf(schemeLinks);
      inlineStyles = List.copyOf(inlineStyles);
      rawLiterals = List.copyOf(rawLiterals);
      unclosedHtml = List.copyOf(unclosedHtml);
      queries = List.copyOf(queries);
      foreignTemplates = List.copyOf(foreignTemplates);
    }

    public Rendered(String html, NoteFacts facts, boolean rawHtml) {
      this(
          html,
          facts,
          rawHtml,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Optional.empty(),
          List.of(),
          List.of());
    }
  }

  /**
   * Like {@link #renderChecked}, also returning what {@link #analyze} would, from the one parse: a
   * site build analyses a note ahead of rendering only when another note needs its headings first.
   */
  public Rendered renderWithFacts(String markdown, ObsidianResolver resolver) {
    return renderWithFacts(markdown, resolver, Dialect.OBSIDIAN);
  }

  /** As {@link #renderWithFacts(String, ObsidianResolver)}, for a note in {@code dialect}. */
  public Rendered renderWithFacts(String markdown, ObsidianResolver resolver, Dialect dialect) {
    return guarded(
        markdown,
        () -> {
          DeepBrackets.Flattened flat = DeepBrackets.flatten(markdown);
          Node document = parse(renderParser(dialect), flat);
          List<RawHtml.Unclosed> unclosed = UnclosedRawText.cut(document);
          List<QueryBlocks.Query> queries = QueryBlocks.cut(document);
          SnippetClasses.mark(document, snippetHiddenClasses);
          HiddenHtml.cut(document);
          NoteFacts facts = NoteAnalyzer.analyze(document);
          RawHtml raw = RawHtml.of(document);
          SummaryDivider.mark(document);
          return new Rendered(
              render(document, resolver),
              facts,
              raw.found(),
              raw.styles(),
              raw.literals(),
              unclosed,
              queries,
              flat.escaped(),
              ForeignTemplates.find(document),
              SchemeLinks.find(document, resolver));
        });
  }

  /**
   * Parses the note {@code flat} was made from, with the source spans of the note as written, so
   * that a diagnostic's column does not count the backslashes {@link DeepBrackets} inserted.
   */
  private static Node parse(Parser parser, DeepBrackets.Flattened flat) {
    Node document = parser.parse(flat.markdown());
    flat.inserted().restore(document);
    return document;
  }

  /**
   * The lines (1-based) of {@code markdown} that something on its page comes from: text, code, raw
   * HTML, a link or an embed left after comments, private callouts and query blocks are gone. Where
   * one value stands on several lines, a finding is reported at the one that published it (a
   * private callout's marker at line 4 and its look-alike that is no callout at line 11).
   *
   * @throws MarkdownLimitException when the note is beyond what the Markdown library accepts
   */
  public java.util.BitSet shownLines(String markdown) {
    return guarded(
        markdown,
        () -> {
          Node document = parse(renderParser(Dialect.OBSIDIAN), DeepBrackets.flatten(markdown));
          UnclosedRawText.cut(document);
          QueryBlocks.cut(document);
          SnippetClasses.mark(document, snippetHiddenClasses);
          HiddenHtml.cut(document);
          java.util.BitSet shown = new java.util.BitSet();
          java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
          pending.push(document);
          while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node.getFirstChild() == null) {
              node.getSourceSpans().forEach(span -> shown.set(span.getLineIndex() + 1));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
              pending.push(child);
            }
          }
          return shown;
        });
  }

  /**
   * Runs a parse or render, turning what commonmark throws on input it will not take (its table
   * cell limit, an {@link IllegalArgumentException} or {@link IllegalStateException} from an
   * extension, nesting deeper than the stack) into a {@link MarkdownLimitException} about the note.
   */
  private static <T> T guarded(String markdown, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (MarkdownLimitException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw MarkdownLimitException.of(e, markdown);
    } catch (StackOverflowError e) {
      throw MarkdownLimitException.tooDeep(e);
    }
  }

  private String render(Node document, ObsidianResolver resolver) {
    HtmlRenderer.Builder builder = HtmlRenderer.builder().extensions(extensions(resolver));
    if (!strictLineBreaks) {
      builder.softbreak("<br>\n");
    }
    return builder.build().render(document);
  }
}
