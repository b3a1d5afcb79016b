package org.notebake.html;

import org.jsoup.nodes.Document;
import org.notebake.diagnostics.Diagnostics;

/**
 * One small rewrite or check of a parsed page, run in order by {@link HtmlPipeline}. A pass edits
 * {@code page} in place and never serialises it; problems go to {@code diagnostics}.
 *
 * <pre>{@code
 * HtmlPass lazyImages = (page, context, diagnostics) ->
 *     page.select("img:not([loading])").attr("loading", "lazy");
 * }</pre>
 */
@FunctionalInterface
public interface HtmlPass {
  void apply(Document page, PageContext context, Diagnostics diagnostics);
}
