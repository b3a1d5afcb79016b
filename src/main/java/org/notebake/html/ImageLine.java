package org.notebake.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether an image stands on a line of its own or sits within a line of text, as Obsidian shows an
 * embed in the middle of a sentence. Only an image alone on its line has room for a line under it
 * (its photo facts) without splitting the sentence.
 *
 * <pre>{@code
 * <p><img src="wall.jpg"></p>                       alone
 * <p>The wall:<br><a href="w.html"><img src="wall.jpg"></a></p>   alone
 * <p>The logo <img src="logo.png"> sits here.</p>   within a line
 * }</pre>
 */
final class ImageLine {
  /** Elements a browser lays out within a line; anything else (and {@code <br>}) ends one. */
  private static final Set<String> IN_LINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "button", "cite", "code", "data", "del", "dfn", "em", "i",
          "img", "input", "ins", "kbd", "label", "mark", "math", "picture", "q", "s", "samp",
          "small", "span", "strong", "sub", "sup", "svg", "time", "u", "var");

  /** What a browser shows even when it holds no text. */
  private static final String VISIBLE = "img, picture, svg, input, video, audio, iframe, math";

  private ImageLine() {}

  /** Whether nothing but white space shares the line with {@code img} (or a link around it). */
  static boolean standsAlone(Element img) {
    Element self = img;
    while (self.parent() != null && inLine(self.parent()) && holdsOnly(self.parent(), self)) {
      self = self.parent();
    }
    if (self.parent() != null && inLine(self.parent())) {
      return false; // a link or emphasis that holds text beside the image
    }
    return lineIsEmpty(self.previousSibling(), false) && lineIsEmpty(self.nextSibling(), true);
  }

  private static boolean inLine(Element element) {
    return IN_LINE.contains(element.normalName());
  }

  private static boolean holdsOnly(Element parent, Element child) {
    for (Node node : parent.childNodes()) {
      if (node != child && shows(node)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the nodes from {@code node} to the line's end (or start) show nothing. */
  private static boolean lineIsEmpty(Node node, boolean forward) {
    for (Node n = node; n != null; n = forward ? n.nextSibling() : n.previousSibling()) {
      if (n instanceof Element e && (e.normalName().equals("br") || !inLine(e))) {
        return true;
      }
      if (shows(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean shows(Node node) {
    if (node instanceof TextNode text) {
      return !text.isBlank();
    }
    return node instanceof Element e && (!e.text().isBlank() || !e.select(VISIBLE).isEmpty());
  }
}
