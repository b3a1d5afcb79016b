package org.notebake.markdown.obsidian.blockid;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.notebake.markdown.obsidian.blockid.internal.BlockIdAttributeProvider;
import org.notebake.markdown.obsidian.blockid.internal.BlockIdHtmlNodeRenderer;
import org.notebake.markdown.obsidian.blockid.internal.BlockIdPostProcessor;

/**
 * Obsidian block identifiers: a paragraph or list item ending with {@code ^block-id} gets that id,
 * so {@code [[Note#^block-id]]} can point at it.
 *
 * <pre>
 * A quotable line. ^quote-1  -&gt; &lt;p id="^quote-1"&gt;A quotable line.&lt;/p&gt;
 * - an item ^item            -&gt; &lt;li id="^item"&gt;an item&lt;/li&gt;
 *
 * | a | b |
 * |---|---|
 *
 * ^table-1                   -&gt; &lt;table id="^table-1"&gt;...
 *
 * | a | b |
 * |---|---|
 * | 1 | 2 |
 * ^table-2                   -&gt; &lt;table id="^table-2"&gt;... (the line is not a row)
 * </pre>
 */
public final class BlockIdExtension
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  private BlockIdExtension() {}

  public static Extension create() {
    return new BlockIdExtension();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.postProcessor(new BlockIdPostProcessor());
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.attributeProviderFactory(context -> new BlockIdAttributeProvider());
    rendererBuilder.nodeRendererFactory(
        context -> new BlockIdHtmlNodeRenderer(context.getWriter()));
  }
}
