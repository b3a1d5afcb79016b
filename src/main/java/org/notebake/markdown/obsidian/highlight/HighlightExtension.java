package org.notebake.markdown.obsidian.highlight;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.notebake.markdown.obsidian.highlight.internal.HighlightDelimiterProcessor;
import org.notebake.markdown.obsidian.highlight.internal.HighlightHtmlNodeRenderer;
import org.notebake.markdown.obsidian.highlight.internal.HighlightTextContentNodeRenderer;

/**
 * Obsidian highlights: {@code ==text==} becomes {@link Highlight} nodes.
 *
 * <pre>
 * A ==*very* important== point. -&gt; &lt;p&gt;A &lt;mark&gt;&lt;em&gt;very&lt;/em&gt; important&lt;/mark&gt; point.&lt;/p&gt;
 * </pre>
 *
 * <p>Emphasis nests inside, code spans are left alone, and {@code a == b} (spaces around) stays
 * text, following CommonMark's flanking rules.
 */
public final class HighlightExtension
    implements Parser.ParserExtension,
        HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {

  private HighlightExtension() {}

  public static Extension create() {
    return new HighlightExtension();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customDelimiterProcessor(new HighlightDelimiterProcessor());
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(HighlightHtmlNodeRenderer::new);
  }

  @Override
  public void extend(TextContentRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(HighlightTextContentNodeRenderer::new);
  }
}
