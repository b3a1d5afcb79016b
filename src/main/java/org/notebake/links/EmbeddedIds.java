package org.notebake.links;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives the ids inside an embedded note an ending of their own, and its links to them the same: a
 * note and the note it embeds both number their footnotes from 1 and may share a heading, and two
 * {@code id="fn-1"} on one page sent the embedded note's footnote mark to the host's footnote.
 *
 * <p>An ending, not a beginning: an id starts as the embedded note's own page writes it, so the
 * privacy gate reads no new number in it. A prefix {@code embed-1-} before a heading's id {@code
 * 13612161313} (an SNMP OID, {@code 1.3.6.1.2.1.6.13.1.3}) made {@code 1-13612161313}, a phone
 * number to the gate; the ending starts with letters, so no digits run into the id's own.
 *
 * <pre>{@code
 * EmbeddedIds.scope("<p>x<a href=\"#fn-1\">1</a></p><li id=\"fn-1\">y</li>", "--embed-1")
 * // <p>x<a href="#fn-1--embed-1">1</a></p><li id="fn-1--embed-1">y</li>
 * }</pre>
 */
final class EmbeddedIds {
  private EmbeddedIds() {}

  static String scope(String html, String ending) {
    if (!html.contains("id=")) {
      return html;
    }
    Document fragment = Jsoup.parseBodyFragment(html, "");
    fragment.outputSettings().prettyPrint(false);
    Set<String> ids = new HashSet<>();
    for (Element element : fragment.body().select("[id]")) {
      ids.add(element.id());
      element.id(element.id() + ending);
    }
    if (ids.isEmpty()) {
      return html;
    }
    for (Element link : fragment.body().select("a[href^=#]")) {
      String target = link.attr("href").substring(1);
      if (ids.contains(target)) {
        link.attr("href", "#" + target + ending);
      }
    }
    return fragment.body().html();
  }
}
