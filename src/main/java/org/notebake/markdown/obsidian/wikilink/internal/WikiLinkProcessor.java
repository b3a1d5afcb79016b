package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Recognises {@code [[..]]} and {@code ![[..]]} while CommonMark parses the inline content, so a
 * wikilink is one node before emphasis is paired: in {@code ![[a_b.png]] and ![[c_d.png]]} the
 * underscores stay in the file names, and in {@code [[Note|<vector>]]} the alias is text, not an
 * HTML tag.
 *
 * <p>CommonMark sees a wikilink as two nested brackets. A link is taken when its inner bracket
 * closes and the next character closes the outer one. CommonMark then closes the outer bracket as
 * plain text (a link cannot sit in a link), which keeps its bracket stack short; the post-processor
 * drops that {@code [} and {@code ]}. An embed is taken when its outer {@code ![} closes
 * (CommonMark offers image brackets to processors even around other brackets), so the inner bracket
 * is left alone for it. Text between the brackets that holds code spans, maths, tags or other
 * inline nodes is left to {@link WikiLinkPostProcessor}, which handles those as before.
 */
public final class WikiLinkProcessor implements LinkProcessor {

  @Override
  public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
    if (info.marker() == null) {
      return link(info, scanner);
    }
    return "!".equals(info.marker().getLiteral()) ? embed(info) : LinkResult.none();
  }

  /** At the inner bracket of {@code [[inside]]}, followed by the outer closing bracket. */
  private static LinkResult link(LinkInfo info, Scanner scanner) {
    if (info.destination() != null || info.label() != null) {
      return LinkResult.none();
    }
    scanner.setPosition(info.afterTextBracket());
    Node outer = info.openingBracket().getPrevious();
    if (scanner.peek() != ']' || !isText(outer, "[") || hasMarker(outer)) {
      return LinkResult.none();
    }
    if (WikiLinkSyntax.parse(info.text(), false) == null || holdsComment(info)) {
      // Tested on the source first, so that text with brackets, which nested brackets offer
      // again and again, is never walked node by node nor searched whole: the parse stops at the
      // first bracket, and text without one lies in no other link's text.
      return LinkResult.none();
    }
    String inside = plainText(info.openingBracket().getNext());
    WikiLink link =
        inside == null ? null : asWritten(WikiLinkSyntax.parse(inside, false), info.text());
    if (link == null) {
      return LinkResult.none();
    }
    return LinkResult.replaceWith(
        new ParsedWikiLink(link, "[" + inside + "]", true), info.afterTextBracket());
  }

  /** At the outer bracket of {@code ![[inside]]}, the inner one having stayed text. */
  private static LinkResult embed(LinkInfo info) {
    String text = info.text();
    int last = text.length() - 1;
    if (last < 1 || text.charAt(0) != '[' || text.charAt(last) != ']') {
      return LinkResult.none();
    }
    // As in link(): a bracket inside, which nested embeds hold near their start, ends the test
    // before the text is copied or searched whole.
    if (!bracketFree(text, 1, last)
        || WikiLinkSyntax.parse(text.substring(1, last), true) == null
        || holdsComment(info)) {
      return LinkResult.none();
    }
    String bracketed = plainText(info.openingBracket().getNext());
    if (bracketed == null
        || bracketed.length() < 2
        || !bracketed.startsWith("[")
        || !bracketed.endsWith("]")) {
      return LinkResult.none();
    }
    String inside = bracketed.substring(1, bracketed.length() - 1);
    WikiLink link = asWritten(WikiLinkSyntax.parse(inside, true), text.substring(1, last));
    if (link == null) {
      return LinkResult.none();
    }
    return LinkResult.replaceWith(
            new ParsedWikiLink(link, "![[" + inside + "]]", false), info.afterTextBracket())
        .includeMarker();
  }

  /**
   * The link with its target and heading as written in the source: Obsidian matches them against
   * file names and headings literally, so {@code [[Labels&nbsp;]]} names a file called {@code
   * Labels&nbsp;.md}, not one with a no-break space. CommonMark has decoded entities in {@code
   * link}'s text; only backslash escapes are undone here. The alias stays as displayed.
   */
  private static WikiLink asWritten(WikiLink link, String source) {
    if (link == null || source.indexOf('&') < 0) {
      return link;
    }
    WikiLink written = WikiLinkSyntax.parse(ESCAPE.matcher(source).replaceAll("$1"), link.embed());
    return written == null
        ? link
        : new WikiLink(written.target(), written.fragment(), link.alias(), link.embed());
  }

  private static final Pattern ESCAPE =
      Pattern.compile("\\\\([!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~])");

  /**
   * A wikilink holding a {@code %%} is left as text: the comment extension cuts the comment out
   * after parsing, with the rest of the note's comments, and {@link WikiLinkPostProcessor} then
   * links what is left ({@code [[Note|shown %%hidden%%]]} shows "shown").
   */
  private static boolean holdsComment(LinkInfo info) {
    return info.text() != null && info.text().contains("%%");
  }

  private static boolean bracketFree(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '[' || c == ']') {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of {@code first} and its following siblings, with raw HTML as written; null when one
   * of them is anything else (code, maths, a tag, a line break), which the post-processor handles.
   */
  private static String plainText(Node first) {
    StringBuilder text = new StringBuilder();
    for (Node node = first; node != null; node = node.getNext()) {
      if (node instanceof Text t) {
        text.append(t.getLiteral());
      } else if (node instanceof HtmlInline html) {
        text.append(html.getLiteral());
      } else {
        return null;
      }
    }
    return text.toString();
  }

  /** An image or footnote opener {@code ![} or {@code ^[}, whose closing is not plain text. */
  private static boolean hasMarker(Node bracket) {
    return isText(bracket.getPrevious(), "!") || isText(bracket.getPrevious(), "^");
  }

  private static boolean isText(Node node, String literal) {
    return node instanceof Text text && text.getLiteral().equals(literal);
  }
}
