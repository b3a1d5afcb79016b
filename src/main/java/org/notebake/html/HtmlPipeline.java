package org.notebake.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
 * HtmlPipeline pipeline =
 *     HtmlPipeline.site(
 *         "Link to this section", null, imageSizes, fragments, photos, gate.htmlPass(), notes, templates, privatePages::get);
 * String html = pipeline.process(renderedHtml, context, diagnostics);
 * }</pre>
 */
public final class HtmlPipeline {
  private final List<HtmlPass> passes;

  public HtmlPipeline(List<HtmlPass> passes) {
    this.passes = List.copyOf(passes);
  }

  /**
   * The passes every page of the site goes through: heading anchors (theme pages only: the theme
   * styles its "#" self-links, a site's own templates never asked for them), external links, image
   * loading, image sizes, then the link check, which sees the final page, and last the privacy
   * scan, which sees what is written.
   *
   * @param anchorLabel the accessible name of the "#" self-links theme pages give their headings,
   *     or null for a site's own templates, which never asked for them
   * @param footnoteLabel the accessible name of a footnote's link back, {@code {0}} its number,
   *     when it is not the Markdown renderer's English, else null
   * @param imageSizes published images' sizes by site path
   * @param fragments where the link check records ids and links to other pages' fragments
   * @param responsiveImages points images at the published photo variants
   * @param privacyScan the privacy gate's pass
   * @param notes finds where a note writes a link, for a broken one's line
   * @param templates finds the site's template that writes a link no note writes
   * @param privateNotes the note (its path) whose page a site path would be if it were published,
   *     or null: a link there is told that its note is not published
   */
  public static HtmlPipeline site(
      String anchorLabel,
      String footnoteLabel,
      Map<String, ImageSizePass.Size> imageSizes,
      FragmentIndex fragments,
      HtmlPass responsiveImages,
      HtmlPass privacyScan,
      FragmentIndex.SourceLocator notes,
      FragmentIndex.TemplateLocator templates,
      Function<String, String> privateNotes) {
    List<HtmlPass> passes = new ArrayList<>();
    if (anchorLabel != null) {
      passes.add(new HeadingAnchorsPass(anchorLabel));
    }
    if (footnoteLabel != null) {
      passes.add(new FootnoteLabelsPass(footnoteLabel));
    }
    passes.add(new ExternalLinksPass());
    passes.add(new ImageLoadingPass());
    passes.add(new ImageSizePass(imageSizes));
    passes.add(responsiveImages);
    passes.add(new InternalLinkCheckPass(fragments, notes, templates, privateNotes));
    passes.add(privacyScan);
    return new HtmlPipeline(passes);
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
