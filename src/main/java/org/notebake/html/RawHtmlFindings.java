package org.notebake.html;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * What the sanitiser will take from a piece of a note's raw HTML, found in one parse: the elements
 * it leaves out as hidden ({@link HiddenContent}) and those HTML does not know ({@link
 * UnknownElements}), each where its start tag is.
 *
 * <pre>{@code
 * RawHtmlFindings.of("<span hidden>a</span><gallery>b</gallery>")  // hidden: span; unknown: gallery
 * }</pre>
 */
public record RawHtmlFindings(
    List<HiddenContent.Found> hidden, List<UnknownElements.Found> unknown) {
  private static final RawHtmlFindings NONE = new RawHtmlFindings(List.of(), List.of());

  /** The findings in {@code html} (a tag or a whole block). */
  public static RawHtmlFindings of(String html) {
    if (html.indexOf('<') < 0) {
      return NONE;
    }
    Document parsed = HiddenContent.parse(html);
    return new RawHtmlFindings(HiddenContent.find(parsed), UnknownElements.find(parsed));
  }
}
