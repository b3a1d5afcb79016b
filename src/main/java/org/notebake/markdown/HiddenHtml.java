package org.notebake.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Cuts the Markdown a note wrote inside HTML that hides it: {@code <span hidden>…</span>} in a
 * paragraph, a {@code <div hidden>} block and the blocks up to its {@code </div>}, a {@code
 * <template>}, a {@code display:none} style. The sanitiser removes such an element from the page
 * with all it holds, but its Markdown had already been read for the note's tags, headings, links,
 * embeds, alt text and backlink excerpts, which published a tag page for {@code <span hidden>job
 * hunt #interview-at-acme</span>}, a contents entry for a hidden part of a heading, and a file
 * embedded only inside hidden HTML. Cut from the parse, it is in none of them.
 *
 * <pre>{@code
 * Public. <span hidden>job hunt #interview-at-acme</span>   <- the text and the tag are cut
 *
 * <div hidden>
 *
 * ## Salary                                                 <- cut, heading and all
 *
 * </div>
 * }</pre>
 *
 * <p>The HTML tags themselves stay, so the author is still told what was left out, and the page is
 * the same: the element was removed from it anyway. An element its paragraph (or the container of
 * its blocks) does not close is cut to that paragraph's (or container's) end, as a browser closes
 * it there.
 */
final class HiddenHtml {

  /** A start or end tag's name, after its {@code <}; comments are blanked out before looking. */
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*+)");

  /** What may make a start tag hide its element; a tag with none of these is not parsed. */
  private static final Pattern MAY_HIDE =
      Pattern.compile(
          "hidden|popover|style|dialog|template|noscript|script|textarea|title|select|option"
              + "|datalist|iframe|noembed|noframes|canvas|annotation|svg|video|audio|desc"
              + "|metadata|\\brp\\b",
          Pattern.CASE_INSENSITIVE);

  private static final HiddenElements RULES = HiddenElements.load();

  private HiddenHtml() {}

  /** Cuts every hidden element's Markdown in the document. */
  static void cut(Node document) {
    java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
    pending.push(document);
    while (!pending.isEmpty()) {
      Node parent = pending.pop();
      Node child = parent.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        if (child instanceof HtmlInline inline) {
          next = cutInline(inline);
        } else if (child instanceof HtmlBlock block) {
          next = cutBlocks(block);
        } else if (child.getFirstChild() != null) {
          pending.push(child);
        }
        child = next;
      }
    }
  }

  /** After a hidden inline start tag, cuts its paragraph's nodes up to its end tag. */
  private static Node cutInline(HtmlInline opener) {
    String literal = opener.getLiteral();
    String name = startTagName(literal);
    if (name == null
        || SelfClosingTags.VOID.contains(name)
        || literal.endsWith("/>")
        || !hides(literal)) {
      return opener.getNext();
    }
    int depth = change(literal, name); // 0 for <span hidden></span>, as SelfClosingTags writes it
    if (depth <= 0) {
      return opener.getNext();
    }
    Node node = opener.getNext();
    while (node != null) {
      Node next = node.getNext();
      if (node instanceof HtmlInline tag) {
        depth += change(tag.getLiteral(), name);
        if (depth <= 0) {
          return next; // its end tag stays, as the start tag does
        }
      }
      node.unlink();
      node = next;
    }
    return null;
  }

  /** After an HTML block that leaves a hiding element open, cuts the blocks up to its end tag. */
  private static Node cutBlocks(HtmlBlock block) {
    String literal = block.getLiteral();
    if (!MAY_HIDE.matcher(literal).find()) {
      return block.getNext();
    }
    HiddenElements.Open open = RULES.openHidden(literal);
    if (open == null) {
      return block.getNext();
    }
    int depth = open.depth();
    Node node = block.getNext();
    while (node != null) {
      Node next = node.getNext();
      if (node instanceof HtmlBlock html) {
        depth += change(html.getLiteral(), open.name());
        if (depth <= 0) {
          return next;
        }
      }
      node.unlink();
      node = next;
    }
    return null;
  }

  /** Whether the start tag {@code literal} hides what its element holds. */
  private static boolean hides(String literal) {
    return MAY_HIDE.matcher(literal).find() && RULES.hidesContentOf(literal);
  }

  /** The name of the start tag {@code literal} is, lower case; null for any other HTML. */
  private static String startTagName(String literal) {
    Matcher tag = TAG.matcher(literal);
    return tag.lookingAt() && tag.group(1).isEmpty() ? tag.group(2).toLowerCase(Locale.ROOT) : null;
  }

  /** How many elements named {@code name} {@code html} opens less how many it closes. */
  private static int change(String html, String name) {
    String scanned = html.contains("<!--") ? RawHtml.withoutComments(html).toString() : html;
    Matcher tag = TAG.matcher(scanned);
    int change = 0;
    while (tag.find()) {
      if (!tag.group(2).equalsIgnoreCase(name)) {
        continue;
      }
      if (!tag.group(1).isEmpty()) {
        change--;
      } else if (!selfClosed(scanned, tag.end())) {
        change++;
      }
    }
    return change;
  }

  /** Whether the start tag whose name ends at {@code from} ends in {@code />}. */
  private static boolean selfClosed(String html, int from) {
    int end = html.indexOf('>', from);
    return end > 0 && html.charAt(end - 1) == '/';
  }
}
