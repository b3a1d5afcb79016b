package org.notebake.markdown;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Marks the raw HTML elements whose class a vault's enabled CSS snippet hides ({@code <span
 * class="private-note">}, with {@code .private-note { display: none }} in {@code
 * .obsidian/snippets}) as hidden, so that they are what {@code hidden} makes them: left off the
 * page with what they hold, their Markdown read for nothing ({@link HiddenHtml}), and told about.
 *
 * <pre>{@code
 * <span class="private-note">   ->   <span hidden data-notebake-snippet-hides class="private-note">
 * }</pre>
 */
final class SnippetClasses {
  /** The attribute that names the snippet as the reason in the warning. */
  static final String ATTRIBUTE = "data-notebake-snippet-hides";

  /** A start tag's name, after its {@code <}. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*+");

  private static final Pattern CLASS =
      Pattern.compile("(?i)(?:^|\\s)class\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

  private SnippetClasses() {}

  /** Marks every start tag of the document's raw HTML that carries one of {@code hidden}. */
  static void mark(Node document, Set<String> hidden) {
    if (hidden.isEmpty()) {
      return;
    }
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock block) {
            block.setLiteral(marked(block.getLiteral(), hidden));
          }

          @Override
          public void visit(HtmlInline inline) {
            inline.setLiteral(marked(inline.getLiteral(), hidden));
          }
        });
  }

  /**
   * {@code html} with each start tag of a hidden class made hidden. Read once from start to end: a
   * tag's attributes run to its {@code >} outside quotes, and a quote never closed ends the reading
   * (the rest is no tag a browser would read either).
   */
  static String marked(String html, Set<String> hidden) {
    if (html.indexOf('<') < 0 || !html.toLowerCase(java.util.Locale.ROOT).contains("class")) {
      return html;
    }
    StringBuilder out = null;
    int copied = 0;
    Matcher name = NAME.matcher(html);
    int at = html.indexOf('<');
    while (at >= 0 && at + 1 < html.length()) {
      if (!name.region(at + 1, html.length()).lookingAt()) {
        at = html.indexOf('<', at + 1);
        continue;
      }
      int afterName = name.end();
      int end = tagEnd(html, afterName);
      if (end < 0) {
        break;
      }
      if (hides(html.substring(afterName, end), hidden)) {
        if (out == null) {
          out = new StringBuilder(html.length() + 64);
        }
        out.append(html, copied, afterName).append(" hidden ").append(ATTRIBUTE);
        copied = afterName;
      }
      at = html.indexOf('<', end);
    }
    if (out == null) {
      return html;
    }
    return out.append(html, copied, html.length()).toString();
  }

  /** Where the tag whose attributes begin at {@code from} ends (its {@code >}), or -1. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return i; // a new tag begins: this one ends here, as far as its classes go
      }
    }
    return -1;
  }

  private static boolean hides(String attributes, Set<String> hidden) {
    Matcher value = CLASS.matcher(attributes);
    if (!value.find()) {
      return false;
    }
    String classes =
        value.group(1) != null
            ? value.group(1)
            : value.group(2) != null ? value.group(2) : value.group(3);
    for (String name : classes.strip().split("\\s+")) {
      if (hidden.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
