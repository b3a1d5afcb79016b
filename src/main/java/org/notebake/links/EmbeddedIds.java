package org.notebake.links;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives the ids inside an embedded note a prefix of their own, and its links to them the same: a
 * note and the note it embeds both number their footnotes from 1 and may share a heading, and two
 * {@code id="fn-1"} on one page sent the embedded note's footnote mark to the host's footnote.
 *
 * <pre>{@code
 * EmbeddedIds.scope("<p>x<a href=\"#fn-1\">1</a></p><li id=\"fn-1\">y</li>", "embed-1-")
 * // <p>x<a href="#embed-1-fn-1">1</a></p><li id="embed-1-fn-1">y</li>
 * }</pre>
 */
final class EmbeddedIds {
  private EmbeddedIds() {}

  static String scope(String html, String prefix) {
    if (!html.contains("id=")) {
      return html;
    }
    Document fragment = Jsoup.parseBodyFragment(html, "");
    fragment.outputSettings().prettyPrint(false);
    Set<String> ids = new HashSet<>();
    for (Element element : fragment.body().select("[id]")) {
      ids.add(element.id());
      element.id(prefix + element.id());
    }
    if (ids.isEmpty()) {
      return html;
    }
    for (Element link : fragment.body().select("a[href^=#]")) {
      String target = link.attr("href").substring(1);
      if (ids.contains(target)) {
        link.attr("href", "#" + prefix + target);
      }
    }
    return fragment.body().html();
  }
}
