package org.notebake.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Elements of a note's HTML that are neither HTML's own nor custom elements ({@code <gallery>}):
 * the sanitiser removes them and keeps what they hold, so one that a site's script fills in (a
 * JBake travel blog's {@code <gallery data-photoset="...">}, in all its 40 posts) vanished without
 * a word. A custom element, whose name has a hyphen ({@code <photo-gallery>}), is kept with its
 * {@code data-*} attributes: no browser gives it a meaning of its own, now or later.
 *
 * <pre>{@code
 * UnknownElements.find("a\n<gallery data-photoset=\"7\"></gallery>")  // [Position(2, 1, "gallery")]
 * UnknownElements.find("<photo-strip></photo-strip> <article>")     // []
 * }</pre>
 */
public final class UnknownElements {
  private static final String BODY = "<body>";

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

  /** The unknown elements in {@code html} (a note's raw HTML, a tag or a whole block). */
  public static List<Found> find(String html) {
    List<Found> found = new ArrayList<>();
    if (html.indexOf('<') < 0) {
      return found;
    }
    Document parsed = Parser.htmlParser().setTrackPosition(true).parseInput(BODY + html, "");
    for (Element element : parsed.body().getAllElements()) {
      String name = element.normalName();
      if (element == parsed.body()
          || Tag.isKnownTag(name)
          || NoteSafelist.isCustomElement(name)
          || !element.sourceRange().isTracked()) {
        continue;
      }
      Range.Position start = element.sourceRange().start();
      int column =
          start.lineNumber() == 1 ? start.columnNumber() - BODY.length() : start.columnNumber();
      found.add(new Found(start.lineNumber(), column, name));
    }
    return found;
  }
}
