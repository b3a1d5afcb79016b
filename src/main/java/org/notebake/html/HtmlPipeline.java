package org.notebake.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.notebake.diagnostics.Diagnostics;

/**
 * Runs each rendered page through an ordered list of {@link HtmlPass}es: parsed once, edited in
 * place by every pass, serialised once with fixed settings so an unchanged source rebuilds to the
 * same bytes. Outputs that are not HTML (feeds, sitemaps) pass through untouched: the HTML parser
 * would rewrite XML.
 *
 * <pre>{@code
 * HtmlPipeline pipeline = HtmlPipeline.standard();
 * String html = pipeline.process(renderedHtml, context, diagnostics);
 * }</pre>
 *
 * <p>When fragment checks need every page's ids first, parse all pages with {@link #parse}, collect
 * {@link IdCollector#ids}, then call {@link #process(Document, PageContext, Diagnostics)}.
 */
public final class HtmlPipeline {
  private final List<HtmlPass> passes;

  public HtmlPipeline(List<HtmlPass> passes) {
    this.passes = List.copyOf(passes);
  }

  /** Anchors, external links, image loading, then the link check, which sees the final page. */
  public static HtmlPipeline standard() {
    return new HtmlPipeline(
        List.of(
            new HeadingAnchorsPass(),
            new ExternalLinksPass(),
            new ImageLoadingPass(),
            new InternalLinkCheckPass()));
  }

  /** Whether an output at this site-relative path is HTML and should go through the passes. */
  public static boolean isHtml(String outputPath) {
    String lower = outputPath.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  /** Parses a page, tracking element positions so diagnostics can name a line. */
  public Document parse(String html) {
    return parse(html, true);
  }

  private static Document parse(String html, boolean trackPositions) {
    return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(trackPositions));
  }

  /** Runs the passes over {@code html}; returns non-HTML outputs unchanged. */
  public String process(String html, PageContext context, Diagnostics diagnostics) {
    if (!isHtml(context.outputPath())) {
      return html;
    }
    // A page made from a note reports its problems at the note, so only pages made by templates
    // alone (index, tags, archive) need element positions, which cost a third more parse time.
    return process(parse(html, context.sourcePath() == null), context, diagnostics);
  }

  /** Runs the passes over an already parsed page and serialises it. */
  public String process(Document page, PageContext context, Diagnostics diagnostics) {
    for (HtmlPass pass : passes) {
      pass.apply(page, context, diagnostics);
    }
    page.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .syntax(Document.OutputSettings.Syntax.html)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    return page.outerHtml();
  }
}
