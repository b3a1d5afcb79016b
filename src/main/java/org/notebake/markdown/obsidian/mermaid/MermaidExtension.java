package org.notebake.markdown.obsidian.mermaid;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.notebake.markdown.obsidian.mermaid.internal.MermaidHtmlNodeRenderer;

/**
 * Mermaid diagrams: a fenced code block whose info string is {@code mermaid} is written as the
 * {@code <pre class="mermaid">} Mermaid draws in the browser; every other code block renders as
 * CommonMark renders it.
 *
 * <pre>
 * ```mermaid          -&gt; &lt;pre class="mermaid"&gt;graph TD; A--&gt;B&lt;/pre&gt;
 * graph TD; A--&gt;B
 * ```
 * </pre>
 *
 * <p>The diagram text stays escaped text, never HTML; the page decides whether to load Mermaid.
 */
public final class MermaidExtension implements HtmlRenderer.HtmlRendererExtension {

  private MermaidExtension() {}

  public static Extension create() {
    return new MermaidExtension();
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(MermaidHtmlNodeRenderer::new);
  }
}
