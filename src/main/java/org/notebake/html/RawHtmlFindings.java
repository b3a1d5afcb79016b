package org.notebake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * What the sanitiser will take from a piece of a note's raw HTML, found in one parse: the elements
 * it leaves out as hidden ({@link HiddenContent}), those HTML does not know ({@link
 * UnknownElements}), and the links whose target's scheme it refuses ({@code <a href="sms:...">}),
 * each where its start tag is.
 *
 * <pre>{@code
 * RawHtmlFindings.of("<span hidden>a</span><gallery>b</gallery>")  // hidden: span; unknown: gallery
 * RawHtmlFindings.of("<a href=\"skype:avery\">x</a>").droppedLinks()  // [DroppedLink[1, 1, skype]]
 * }</pre>
 */
public record RawHtmlFindings(
    List<HiddenContent.Found> hidden,
    List<UnknownElements.Found> unknown,
    List<DroppedLink> droppedLinks) {
  private static final RawHtmlFindings NONE = new RawHtmlFindings(List.of(), List.of(), List.of());

  /** A link whose target the sanitiser drops: where its start tag is (1-based), and the scheme. */
  public record DroppedLink(int line, int column, String scheme) {}

  /** The findings in {@code html} (a tag or a whole block). */
  public static RawHtmlFindings of(String html) {
    if (html.indexOf('<') < 0) {
      return NONE;
    }
    Document parsed = HiddenContent.parse(html);
    return new RawHtmlFindings(
        HiddenContent.find(parsed), UnknownElements.find(parsed), droppedLinks(parsed));
  }

  private static List<DroppedLink> droppedLinks(Document parsed) {
    List<DroppedLink> found = new ArrayList<>();
    for (Element link : parsed.body().select("a[href]")) {
      Optional<String> scheme = UrlPolicy.refusedScheme(link.attr("href"));
      Range.Position start = link.sourceRange().start();
      if (scheme.isPresent() && start.isTracked()) {
        found.add(new DroppedLink(start.lineNumber(), HiddenContent.column(start), scheme.get()));
      }
    }
    return found;
  }
}
