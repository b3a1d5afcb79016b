package org.notebake.html;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.notebake.links.Hrefs;

/**
 * A note's body moved to another page: its relative URLs are written for the note's own page, and a
 * template that prints it on the index, a tag page or a feed needs them written for that page
 * instead. Absolute URLs ({@code https:}, {@code data:}, {@code /root}) stay as they are.
 *
 * <pre>{@code
 * RelativeUrls.rebase("<img src=\"../../img/a.png\">", "blog/2020/p.html", "index.html");
 * // <img src="img/a.png">
 * }</pre>
 */
public final class RelativeUrls {
  /** The attributes a body's URLs are in (the sanitiser's, and what embeds and albums add). */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "poster", "cite", "xlink:href");

  private static final Set<String> URL_LIST_ATTRIBUTES = Set.of("srcset");

  private RelativeUrls() {}

  /**
   * {@code html}, written for the page at {@code fromUri}, written for the page at {@code toUri};
   * the very same string when both pages are in one folder or nothing in it changes.
   */
  public static String rebase(String html, String fromUri, String toUri) {
    if (Hrefs.sameFolder(fromUri, toUri) || !mayHoldUrls(html)) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html, "");
    boolean changed = false;
    for (Element element : doc.body().getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        String value = attribute.getValue();
        String rebased =
            URL_ATTRIBUTES.contains(key)
                ? Hrefs.rebase(value, fromUri, toUri)
                : URL_LIST_ATTRIBUTES.contains(key) ? srcset(value, fromUri, toUri) : value;
        if (!rebased.equals(value)) {
          attribute.setValue(rebased);
          changed = true;
        }
      }
    }
    if (!changed) {
      return html;
    }
    doc.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    return doc.body().html();
  }

  private static boolean mayHoldUrls(String html) {
    return html.contains("href=")
        || html.contains("src=")
        || html.contains("srcset=")
        || html.contains("poster=")
        || html.contains("cite=");
  }

  /**
   * Each candidate's URL in a {@code srcset} ({@code "a.png 1x, b.png 2x"}), read as browsers do: a
   * URL runs to the next space (so a {@code data:} URL keeps its commas), and its descriptors to
   * the next comma outside parentheses. Spaces and descriptors are kept as written.
   */
  static String srcset(String value, String fromUri, String toUri) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    int i = 0;
    int n = value.length();
    while (i < n) {
      int start = i;
      while (i < n && (isSpace(value.charAt(i)) || value.charAt(i) == ',')) {
        i++;
      }
      out.append(value, start, i);
      int url = i;
      while (i < n && !isSpace(value.charAt(i))) {
        i++;
      }
      int urlEnd = i;
      while (urlEnd > url && value.charAt(urlEnd - 1) == ',') {
        urlEnd--; // "a.png," ends its candidate: it has no descriptors
      }
      if (urlEnd > url) {
        out.append(Hrefs.rebase(value.substring(url, urlEnd), fromUri, toUri));
      }
      out.append(value, urlEnd, i);
      if (urlEnd < i) {
        continue;
      }
      int descriptors = i;
      int depth = 0;
      while (i < n && (depth > 0 || value.charAt(i) != ',')) {
        char c = value.charAt(i);
        depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        i++;
      }
      out.append(value, descriptors, i);
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
