package org.notebake.links;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.notebake.markdown.obsidian.blockid.internal.BlockIdHtmlNodeRenderer;

/** Cuts a heading's section or a block out of a rendered note, for {@code ![[Note#Heading]]}. */
final class Sections {
  private Sections() {}

  private static final String BLOCK_ANCHOR = BlockIdHtmlNodeRenderer.ANCHOR_CLASS;

  /**
   * The element with this id and, for a heading, what follows it up to the next heading of the same
   * or a higher level. Empty if the id is absent.
   */
  static String extract(String html, String id) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    Element start = doc.getElementById(id);
    if (start == null) {
      return "";
    }
    if (start.hasClass(BLOCK_ANCHOR)) {
      // A block id under a heading names the heading, with its section; a block's second id is an
      // anchor just before the block.
      Element named =
          headingLevel(start.parent()) > 0 ? start.parent() : start.nextElementSibling();
      if (named == null) {
        return "";
      }
      start = named;
    }
    int level = headingLevel(start);
    if (level == 0) {
      return start.outerHtml();
    }
    StringBuilder out = new StringBuilder(start.outerHtml());
    for (Element next = start.nextElementSibling();
        next != null;
        next = next.nextElementSibling()) {
      int nextLevel = headingLevel(next);
      if (nextLevel > 0 && nextLevel <= level) {
        break;
      }
      out.append(next.outerHtml());
    }
    return out.toString();
  }

  private static int headingLevel(Element e) {
    String tag = e.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))
        ? tag.charAt(1) - '0'
        : 0;
  }
}
