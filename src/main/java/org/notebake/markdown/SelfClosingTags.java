package org.notebake.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Closes raw HTML tags a note wrote self-closed: {@code <iframe src="…" />} becomes {@code <iframe
 * src="…"></iframe>}. HTML ignores the slash on an element that is not void, so the iframe would
 * stay open and swallow the rest of the note as its fallback text (headings, lists, all of it,
 * invisible on the page). Obsidian renders each HTML block on its own, which closes it where the
 * block ends; closing it at once is what its writer meant. Void elements ({@code <br/>}, {@code
 * <img … />}) are left as they are. The render parser runs it after every extension's own.
 *
 * <pre>{@code
 * SelfClosingTags.close("<iframe src=\"https://example.org\" />");
 * // <iframe src="https://example.org"></iframe>
 * }</pre>
 */
final class SelfClosingTags implements PostProcessor {

  static final Set<String> VOID =
      Set.of(
          "area",
          "base",
          "basefont",
          "bgsound",
          "br",
          "col",
          "embed",
          "frame",
          "hr",
          "img",
          "input",
          "keygen",
          "link",
          "meta",
          "param",
          "source",
          "track",
          "wbr");

  /**
   * CommonMark's open tag (a name, attributes, optional white space) ending in "/>". Every
   * quantifier is possessive, so a long tag that does not match fails in linear time.
   */
  private static final Pattern SELF_CLOSED =
      Pattern.compile(
          "<([A-Za-z][A-Za-z0-9-]*+)"
              + "((?:\\s++[A-Za-z_:][A-Za-z0-9_.:-]*+"
              + "(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s\"'=<>`]++))?+)*+)"
              + "\\s*+/>");

  /** Closes every self-closed tag of a note's HTML blocks and inline HTML. */
  @Override
  public Node process(Node document) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock block) {
            block.setLiteral(close(block.getLiteral()));
          }

          @Override
          public void visit(HtmlInline inline) {
            inline.setLiteral(close(inline.getLiteral()));
          }
        });
    return document;
  }

  /** {@code html} with each self-closed tag of an element that is not void opened and closed. */
  static String close(String html) {
    if (html.indexOf("/>") < 0) {
      return html;
    }
    Matcher tag = SELF_CLOSED.matcher(html);
    StringBuilder out = null;
    int copied = 0;
    while (tag.find()) {
      String name = tag.group(1);
      if (VOID.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(html.length() + 32);
      }
      out.append(html, copied, tag.start())
          .append('<')
          .append(name)
          .append(tag.group(2))
          .append("></")
          .append(name)
          .append('>');
      copied = tag.end();
    }
    return out == null ? html : out.append(html, copied, html.length()).toString();
  }
}
