package org.notebake.markdown.obsidian.math;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.notebake.markdown.obsidian.math.internal.DisplayMathBlockParser;
import org.notebake.markdown.obsidian.math.internal.InlineMathParser;
import org.notebake.markdown.obsidian.math.internal.MathHtmlNodeRenderer;
import org.notebake.markdown.obsidian.math.internal.MathTextContentNodeRenderer;

/**
 * Obsidian maths: {@code $..$} and {@code $$..$$} become {@link InlineMath} and {@link DisplayMath}
 * nodes whose TeX is never read as Markdown, for KaTeX to typeset in the browser.
 *
 * <pre>
 * Euler: $e^{i\pi} = -1$.   -&gt; &lt;p&gt;Euler: &lt;span class="math math-inline"&gt;e^{i\pi} = -1&lt;/span&gt;.&lt;/p&gt;
 * $$                       -&gt; &lt;div class="math math-display"&gt;a_1 * b_1 \\ c&lt;/div&gt;
 * a_1 * b_1 \\ c
 * $$
 * It costs $5 and $6.      -&gt; stays text: a space before the closing '$'
 * \$x$                     -&gt; stays text: an escaped dollar opens nothing
 * </pre>
 *
 * <p>Obsidian's rules: no space after the opening {@code $} and none before the closing one; a
 * backslash escapes a dollar, inside maths too ({@code $\$5$} is maths); inline maths may not be
 * empty and stays within its paragraph. A line starting with {@code $$} starts a block (it may
 * interrupt a paragraph) that ends at the next {@code $$}, or at the end of its container; text
 * after that closing {@code $$} is a paragraph. A {@code $$} line that closes a {@code $$} left
 * open in the paragraph above ({@code It implies $$}, {@code x^2}, {@code $$}) opens no block: the
 * two pair, across lines, as display maths in a {@code <span>}, as does {@code $$..$$} inside a
 * line. Emphasis, escapes, HTML, links and wikilinks are never parsed inside maths; code spans are
 * parsed before maths, so {@code `$x$`} stays code. Register this extension before any that reads
 * text nodes.
 */
public final class MathExtension
    implements Parser.ParserExtension,
        HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {

  private MathExtension() {}

  public static Extension create() {
    return new MathExtension();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
    parserBuilder.customInlineContentParserFactory(new InlineMathParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(MathHtmlNodeRenderer::new);
  }

  @Override
  public void extend(TextContentRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(MathTextContentNodeRenderer::new);
  }
}
