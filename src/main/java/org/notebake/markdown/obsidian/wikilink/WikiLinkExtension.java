package org.notebake.markdown.obsidian.wikilink;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.notebake.markdown.obsidian.ObsidianResolver;
import org.notebake.markdown.obsidian.wikilink.internal.EscapedBracketInlineParser;
import org.notebake.markdown.obsidian.wikilink.internal.SpacedDestinationLinkProcessor;
import org.notebake.markdown.obsidian.wikilink.internal.WikiLinkHtmlNodeRenderer;
import org.notebake.markdown.obsidian.wikilink.internal.WikiLinkPostProcessor;
import org.notebake.markdown.obsidian.wikilink.internal.WikiLinkProcessor;
import org.notebake.markdown.obsidian.wikilink.internal.WikiLinkTextContentNodeRenderer;

/**
 * Obsidian wikilinks and embeds, plus vault-relative standard links and images, all rendered
 * through one {@link ObsidianResolver}.
 *
 * <pre>
 * [[Kyoto#Temples|the temples]]  -&gt; &lt;a class="internal-link" href="kyoto.html#temples"&gt;the temples&lt;/a&gt;
 * [[Missing Note]]               -&gt; &lt;span class="broken-link"&gt;Missing Note&lt;/span&gt;
 * ![[photo.png|300]]             -&gt; &lt;img src="img/photo.webp" alt="photo" width="300"&gt;
 * [cv](files/my%20cv.pdf)        -&gt; resolver asked for target "files/my cv.pdf", alias "cv"
 * [t](Other Note.md#Intro)       -&gt; spaces accepted, as in Obsidian: target "Other Note.md"
 * [site](https://example.org)    -&gt; rendered by CommonMark as usual
 * </pre>
 *
 * <p>The parser never resolves: {@link WikiLink} nodes keep the target as written. The Parser can
 * be built once with {@link #create()}; the resolver is needed only by the HtmlRenderer. Because a
 * resolver usually belongs to one note (relative hrefs), build a cheap HtmlRenderer per note with
 * {@link #create(ObsidianResolver)}; the parser side of both instances is identical.
 *
 * <p>Wikilinks are found while inline content is parsed, before emphasis and inline HTML, so {@code
 * ![[a_b.png]] ![[c_d.png]]} is two images and {@code [[Note|<vector>]]} shows the text {@code
 * <vector>}; an alias is shown as written ({@code [[Note|*shown*]]} shows {@code *shown*}). A
 * wikilink takes precedence over a standard link around it: {@code [a [[x]]](u)} is no link to u.
 * Limits: {@code \[[x]]} is literal; an embed inside a standard link's text stays text. Register
 * this extension before commonmark's autolink and task-list extensions, which expect the merged
 * text nodes this extension restores after its own pass.
 */
public final class WikiLinkExtension
    implements Parser.ParserExtension,
        HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {

  private final ObsidianResolver resolver;

  private WikiLinkExtension(Builder builder) {
    this.resolver = builder.resolver;
  }

  /** For parsing only; rendering a link with it fails, naming the fix. */
  public static Extension create() {
    return builder().build();
  }

  /** For parsing and rendering with {@code resolver}. */
  public static Extension create(ObsidianResolver resolver) {
    return builder().resolver(resolver).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customInlineContentParserFactory(new EscapedBracketInlineParser.Factory());
    parserBuilder.linkProcessor(new WikiLinkProcessor());
    parserBuilder.linkProcessor(new SpacedDestinationLinkProcessor());
    parserBuilder.postProcessor(new WikiLinkPostProcessor());
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(context -> new WikiLinkHtmlNodeRenderer(context, resolver));
  }

  @Override
  public void extend(TextContentRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(WikiLinkTextContentNodeRenderer::new);
  }

  /** Options for {@link WikiLinkExtension}. */
  public static final class Builder {
    private ObsidianResolver resolver;

    private Builder() {}

    /** The resolver asked for every link and embed at render time. */
    public Builder resolver(ObsidianResolver resolver) {
      this.resolver = resolver;
      return this;
    }

    public Extension build() {
      return new WikiLinkExtension(this);
    }
  }
}
