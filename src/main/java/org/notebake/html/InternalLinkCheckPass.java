package org.notebake.html;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.notebake.diagnostics.Diagnostics;

/**
 * Checks every {@code href} and {@code src} that stays on this site, including those a template
 * wrote: it must name a file the site will write, and its fragment must be an id of that page when
 * the page's ids are known. Links to other sites and schemes are left to the reader's browser.
 *
 * <pre>
 * content/essays/a.md: error: link "../essays/sigals.html" on page essays/a.html points to no
 *     page of the site; fix the link or publish its target
 * </pre>
 *
 * <p>Problems are reported at the note when the page has one; otherwise at the output page, with
 * the line and column of the element when the pipeline tracked positions.
 */
public final class InternalLinkCheckPass implements HtmlPass {

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    SiteBase base = SiteBase.of(context.siteHost());
    Set<String> ownIds = IdCollector.ids(page);
    for (Element element : page.select("[href], [src]")) {
      for (String attribute : new String[] {"href", "src"}) {
        if (element.hasAttr(attribute)) {
          String url = element.attr(attribute);
          SiteLink.resolve(url, context.outputPath(), base)
              .flatMap(link -> problem(link, context, ownIds))
              .ifPresent(
                  problem ->
                      report(
                          element,
                          describe(attribute, url, context) + problem,
                          context,
                          diagnostics));
        }
      }
    }
  }

  private static Optional<String> problem(SiteLink link, PageContext context, Set<String> ownIds) {
    if (link.leavesSite()) {
      return Optional.of(" leads outside the site; make it relative to the page or absolute");
    }
    Optional<String> target =
        link.candidates().stream().filter(context.siteFileExists()).findFirst();
    if (target.isEmpty()) {
      return Optional.of(" points to no page of the site; fix the link or publish its target");
    }
    if (link.fragment().isEmpty()) {
      return Optional.empty();
    }
    boolean samePage = target.get().equals(context.outputPath());
    Set<String> ids = samePage ? ownIds : context.idsOfPage().apply(target.get());
    if (ids == null || ids.contains(link.fragment())) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            " points to \"#%s\", which is no heading or anchor on %s; fix the fragment or the"
                + " heading it names",
            link.fragment(), target.get()));
  }

  private static String describe(String attribute, String url, PageContext context) {
    String kind = attribute.equals("href") ? "link" : "src";
    return String.format("%s \"%s\" on page %s", kind, url, context.outputPath());
  }

  private static void report(
      Element element, String message, PageContext context, Diagnostics diagnostics) {
    if (context.sourcePath() != null) {
      // The note's own line is unknown here: the element may come from the template, not the note.
      diagnostics.error(context.sourcePath(), 0, 0, message);
      return;
    }
    Range.Position start = element.sourceRange().start();
    int line = start.isTracked() ? start.lineNumber() : 0;
    int column = start.isTracked() ? start.columnNumber() : 0;
    diagnostics.error(context.outputPath(), line, column, message);
  }
}
