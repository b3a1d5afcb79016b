package org.notebake.markdown.obsidian.tag;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.notebake.markdown.obsidian.ObsidianResolver;
import org.notebake.markdown.obsidian.tag.internal.TagHtmlNodeRenderer;
import org.notebake.markdown.obsidian.tag.internal.TagInlineParser;
import org.notebake.markdown.obsidian.tag.internal.TagTextContentNodeRenderer;

/**
 * Obsidian inline tags: {@code #tag} and nested {@code #area/sub} become {@link Tag} nodes, linked
 * to the page the resolver names.
 *
 * <pre>
 * Notes on #observability. -&gt; &lt;p&gt;Notes on &lt;a class="tag" href="../tags/observability.html"&gt;#observability&lt;/a&gt;.&lt;/p&gt;
 * Issue #123, a#b          -&gt; plain text
 * </pre>
 *
 * <p>Build the parser once with {@link #create()}; build the HtmlRenderer with {@link
 * #create(ObsidianResolver)} (per note when hrefs are relative).
 */
public final class TagExtension
    implements Parser.ParserExtension,
        HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {

  private final ObsidianResolver resolver;

  private TagExtension(ObsidianResolver resolver) {
    this.resolver = resolver;
  }

  /** For parsing only; rendering a tag with it fails, naming the fix. */
  public static Extension create() {
    return new TagExtension(null);
  }

  /** For parsing and rendering; tag hrefs come from {@link ObsidianResolver#tagHref(String)}. */
  public static Extension create(ObsidianResolver resolver) {
    return new TagExtension(resolver);
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customInlineContentParserFactory(new TagInlineParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(context -> new TagHtmlNodeRenderer(context, resolver));
  }

  @Override
  public void extend(TextContentRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(TagTextContentNodeRenderer::new);
  }
}
