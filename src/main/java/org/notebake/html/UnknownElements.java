package org.notebake.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Tag;

/**
 * Elements of a note's HTML that are neither HTML's own nor custom elements ({@code <gallery>}):
 * the sanitiser removes them and keeps what they hold, so one that a site's script fills in (a
 * JBake travel blog's {@code <gallery data-photoset="...">}, in all its 40 posts) vanished without
 * a word. A custom element, whose name has a hyphen ({@code <photo-gallery>}), is kept with its
 * {@code data-*} attributes: no browser gives it a meaning of its own, now or later.
 *
 * <pre>{@code
 * RawHtmlFindings.of("a\n<gallery data-photoset=\"7\"></gallery>").unknown()  // [Found(2, 1, "gallery")]
 * RawHtmlFindings.of("<photo-strip></photo-strip> <article>").unknown()     // []
 * }</pre>
 */
public final class UnknownElements {
  private UnknownElements() {}

  /** Where an unknown element's start tag begins in the HTML (1-based), and its name. */
  public record Found(int line, int column, String element) {
    /** What the author is told. */
    public String message() {
      return "<"
          + element
          + "> is removed (what it holds stays): a note's HTML keeps HTML's own elements and"
          + " custom elements, whose name has a hyphen; rename it (<"
          + element
          + "-box>) or write <div class=\""
          + element
          + "\"> (data-* attributes are kept) for the site's script to find; to show it as text,"
          + " put it in backticks";
    }
  }

  /**
   * The unknown elements in a note's raw HTML (a tag or a whole block), as {@link
   * HiddenContent#parse} parsed it.
   */
  static List<Found> find(Document parsed) {
    List<Found> found = new ArrayList<>();
    for (Element element : parsed.body().getAllElements()) {
      String name = element.normalName();
      if (element == parsed.body()
          || Tag.isKnownTag(name)
          || NoteSafelist.isCustomElement(name)
          || !element.sourceRange().isTracked()) {
        continue;
      }
      Range.Position start = element.sourceRange().start();
      found.add(new Found(start.lineNumber(), HiddenContent.column(start), name));
    }
    return found;
  }
}
