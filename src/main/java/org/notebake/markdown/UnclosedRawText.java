package org.notebake.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Cuts a {@code <script>} (or {@code <style>}, {@code <textarea>}, ...) that its piece of raw HTML
 * opens but does not close. A browser reads everything after such a tag as the element's text, so
 * the rest of the note, Markdown and all, would vanish into a script the sanitiser then drops.
 * Obsidian renders each HTML block on its own, so a blank line inside a script ends the script
 * there and what follows is Markdown again: the same happens here. The unclosed element and the
 * rest of its block (or of its paragraph, for an inline tag) are left out, and each cut is
 * returned, so the author hears of it.
 *
 * <pre>{@code
 * <div>
 *   <script>
 *     let a = 1;          <- cut: the blank line below ends the HTML block
 *
 * ## After               <- a heading again, as in Obsidian
 * }</pre>
 */
final class UnclosedRawText {

  /**
   * Elements whose content a browser reads as text up to their closing tag, and those a page leaves
   * out with all they hold (a template's, a select's, a canvas's, a video's fallback: {@code
   * HiddenContent}). Either, left open, would take the rest of the note with it: "the {@code
   * <template>} block holds the markup" in a Vue note left a page of one sentence.
   */
  private static final Pattern OPENER =
      Pattern.compile(
          "<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext"
              + "|template|select|datalist|dialog|canvas|svg|math|video|audio|annotation"
              + "|annotation-xml)(?=[\\s/>])",
          Pattern.CASE_INSENSITIVE);

  /** Foreign elements, which {@code <svg/>} closes where it opens. */
  private static final java.util.Set<String> SELF_CLOSING = java.util.Set.of("svg", "math");

  private UnclosedRawText() {}

  /** Cuts every unclosed raw-text element in the document; returns where, in document order. */
  static List<RawHtml.Unclosed> cut(Node document) {
    List<Node> raw = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock block) {
            raw.add(block);
          }

          @Override
          public void visit(HtmlInline inline) {
            raw.add(inline);
          }
        });
    List<RawHtml.Unclosed> cuts = new ArrayList<>();
    for (Node node : raw) {
      if (node.getParent() != null) {
        cutOne(node, cuts);
      }
    }
    return cuts;
  }

  private static void cutOne(Node node, List<RawHtml.Unclosed> cuts) {
    String literal = literal(node);
    if (literal.indexOf('<') < 0) {
      return;
    }
    String scanned = blankComments(literal);
    Matcher opener = OPENER.matcher(scanned);
    int from = 0;
    while (opener.find(from)) {
      String name = opener.group(1).toLowerCase(Locale.ROOT);
      int afterTag = scanned.indexOf('>', opener.end());
      if (afterTag < 0) {
        afterTag = scanned.length();
      }
      if (SELF_CLOSING.contains(name) && afterTag > 0 && scanned.charAt(afterTag - 1) == '/') {
        from = afterTag;
        continue;
      }
      int close = closing(scanned, name, afterTag);
      if (close >= 0) {
        from = close;
        continue;
      }
      if (node instanceof HtmlInline inline && closedLater(inline, name)) {
        return;
      }
      cuts.add(new RawHtml.Unclosed(position(node, literal, opener.start()), name));
      keepBefore(node, literal.substring(0, opener.start()));
      return;
    }
  }

  /** Where {@code </name} starts at or after {@code from}, or -1; plaintext never closes. */
  private static int closing(String html, String name, int from) {
    if (name.equals("plaintext")) {
      return -1;
    }
    Matcher tag =
        Pattern.compile("<(/?)" + name + "(?=[\\s/>]|$)", Pattern.CASE_INSENSITIVE).matcher(html);
    // Raw text holds no tags; an element of the others may hold its own kind: a Vue snippet's
    // <template> around another <template>...</template> is not closed by the inner end tag.
    boolean nests = !RAW_TEXT.contains(name);
    int depth = 1;
    int at = from;
    while (tag.find(at)) {
      at = tag.end();
      if (tag.group(1).isEmpty()) {
        depth += nests ? 1 : 0;
      } else if (--depth == 0) {
        return tag.end();
      }
    }
    return -1;
  }

  /** The elements whose content is text to their end tag: no tag nests inside them. */
  private static final java.util.Set<String> RAW_TEXT =
      java.util.Set.of(
          "script",
          "style",
          "textarea",
          "title",
          "xmp",
          "iframe",
          "noembed",
          "noframes",
          "noscript");

  /** An inline tag's closing tag is its own inline node, later in the same paragraph. */
  private static boolean closedLater(HtmlInline opener, String name) {
    for (Node next = opener.getNext(); next != null; next = next.getNext()) {
      if (next instanceof HtmlInline html && closing(html.getLiteral(), name, 0) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the HTML before the cut; for an inline tag, drops the rest of its paragraph too, which
   * the open element would have taken as its text.
   */
  private static void keepBefore(Node node, String before) {
    if (node instanceof HtmlInline inline) {
      while (inline.getNext() != null) {
        inline.getNext().unlink();
      }
      if (before.isEmpty()) {
        inline.unlink();
      } else {
        inline.setLiteral(before);
      }
      return;
    }
    HtmlBlock block = (HtmlBlock) node;
    if (before.isBlank()) {
      block.unlink();
    } else {
      block.setLiteral(before);
    }
  }

  private static String literal(Node node) {
    return node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
  }

  /**
   * Comments blanked out, same length: a tag inside a comment is no tag. Read once from start to
   * end ({@link RawHtml#withoutComments}): a pattern read on to the end again from each unclosed
   * {@code <!--} took 11 s for 20,000 of them.
   */
  private static String blankComments(String literal) {
    return literal.contains("<!--") ? RawHtml.withoutComments(literal).toString() : literal;
  }

  private static RawHtml.Position position(Node node, String literal, int at) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return new RawHtml.Position(0, 0);
    }
    SourceSpan first = spans.get(0);
    int linesBefore = 0;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (literal.charAt(i) == '\n') {
        linesBefore++;
        lineStart = i + 1;
      }
    }
    int line = first.getLineIndex() + 1 + linesBefore;
    if (linesBefore == 0) {
      return new RawHtml.Position(line, first.getColumnIndex() + 1 + at);
    }
    // Block lines keep their indentation in the literal, so the offset is the column.
    return new RawHtml.Position(line, at - lineStart + 1);
  }
}
