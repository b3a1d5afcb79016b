package org.notebake.markdown.obsidian.task;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.notebake.markdown.obsidian.task.internal.TaskMarkerAttributeProvider;
import org.notebake.markdown.obsidian.task.internal.TaskMarkerHtmlNodeRenderer;
import org.notebake.markdown.obsidian.task.internal.TaskMarkerPostProcessor;

/**
 * Obsidian's custom task statuses: a list item starting with {@code [c] } where {@code c} is one
 * character other than a space, {@code x} or {@code X} becomes a checked task carrying {@code
 * data-task}.
 *
 * <pre>
 * - [?] ask Ada   -&gt; &lt;li data-task="?"&gt;&lt;input type="checkbox" disabled="" checked="" data-task="?"&gt; ask Ada&lt;/li&gt;
 * - [-] dropped   -&gt; &lt;li data-task="-"&gt;&lt;input ... data-task="-"&gt; dropped&lt;/li&gt;
 * </pre>
 *
 * <p>Register it before commonmark's task-list extension, which handles {@code [ ]} and {@code
 * [x]}.
 */
public final class TaskMarkerExtension
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  private TaskMarkerExtension() {}

  public static Extension create() {
    return new TaskMarkerExtension();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.postProcessor(new TaskMarkerPostProcessor());
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(TaskMarkerHtmlNodeRenderer::new);
    rendererBuilder.attributeProviderFactory(context -> new TaskMarkerAttributeProvider());
  }
}
