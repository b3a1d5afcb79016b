package org.notebake.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The square brackets of a note that Markdown reads as link and image brackets, in order, with a
 * {@link #BREAK} wherever inline parsing starts afresh (a blank line, a heading, a list item, a
 * block of code). Brackets in fenced or indented code, display maths, HTML blocks, code spans,
 * inline maths, raw HTML tags and autolinks are not brackets there, and escaped ones are text.
 *
 * <pre>{@code
 * SyntaxBrackets.find("[a] `[b]`\n\n[c")  // [0, 2, BREAK, 11]
 * }</pre>
 *
 * <p>Read from the raw text in one pass, without the parser: where the text is ambiguous it errs
 * towards code, whose brackets are left alone. Every search for a closer (of a code span, of maths,
 * of a tag) starts where the last one stopped or is answered from what that one found, so the cost
 * stays linear on text full of unclosed openers.
 */
final class SyntaxBrackets {

  /** Inline parsing starts afresh here: no bracket before it pairs with one after it. */
  static final int BREAK = -1;

  private static final int CODE_INDENT = 4;

  /** The HTML blocks that may interrupt a paragraph and end at a blank line (CommonMark's 6). */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "base",
          "basefont",
          "blockquote",
          "body",
          "caption",
          "center",
          "col",
          "colgroup",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "frame",
          "frameset",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "head",
          "header",
          "hr",
          "html",
          "iframe",
          "legend",
          "li",
          "link",
          "main",
          "menu",
          "menuitem",
          "nav",
          "noframes",
          "ol",
          "optgroup",
          "option",
          "p",
          "param",
          "search",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "title",
          "tr",
          "track",
          "ul");

  /** The HTML blocks that run to their closing tag, blank lines and all (CommonMark's 1). */
  static final Set<String> RAW_TAGS = Set.of("pre", "script", "style", "textarea");

  private final String text;
  private int[] found = new int[64];
  private int size;

  private SyntaxBrackets(String text) {
    this.text = text;
  }

  /** The positions of the brackets that are syntax, with {@link #BREAK} between inline blocks. */
  static int[] find(String markdown) {
    SyntaxBrackets brackets = new SyntaxBrackets(markdown);
    brackets.readBlocks();
    return Arrays.copyOf(brackets.found, brackets.size);
  }

  private void add(int value) {
    if (size == found.length) {
      found = Arrays.copyOf(found, size * 2);
    }
    found[size++] = value;
  }

  /** Line by line: blocks whose text is no Markdown are skipped, paragraphs read inline. */
  private void readBlocks() {
    int paragraph = -1;
    boolean afterBlank = true;
    boolean inCode = false;
    int listIndent = -1;
    int at = 0;
    while (at < text.length()) {
      int end = lineEnd(at);
      Line line = Line.read(text, at, end);
      int skipTo = line.blank() ? -1 : opaqueEnd(line, afterBlank);
      boolean code =
          !line.blank()
              && !line.item()
              && line.indent() >= CODE_INDENT + Math.max(listIndent, 0)
              && (afterBlank || inCode);
      if (line.blank() || skipTo >= 0 || code || line.item() || line.heading()) {
        paragraph = readInline(paragraph, at);
      }
      if (line.item()) {
        listIndent = line.contentIndent();
      } else if (afterBlank && !line.blank() && line.indent() == 0 && !line.quoted()) {
        listIndent = -1;
      }
      inCode = code || (inCode && line.blank());
      afterBlank = line.blank();
      if (skipTo >= 0) {
        at = lineEnd(skipTo) + 1;
        afterBlank = true;
        continue;
      }
      if (!line.blank() && !code) {
        paragraph = paragraph < 0 ? at : paragraph;
        if (line.heading()) {
          paragraph = readInline(paragraph, end);
        }
      }
      at = end + 1;
    }
    readInline(paragraph, text.length());
  }

  /** Reads the paragraph that started at {@code start} (none if negative) up to {@code end}. */
  private int readInline(int start, int end) {
    if (start >= 0) {
      InlineBrackets.read(text, start, end, this::add);
      add(BREAK);
    }
    return -1;
  }

  private int lineEnd(int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  /**
   * Where a block opening on {@code line} whose text is not Markdown ends (a position on its last
   * line): a fence, display maths, an HTML block; -1 if the line opens none.
   */
  private int opaqueEnd(Line line, boolean afterBlank) {
    if (line.indent() >= CODE_INDENT) {
      return -1;
    }
    int at = line.content();
    char c = text.charAt(at);
    int run = run(at, c);
    if ((c == '`' || c == '~') && run >= 3) {
      // A backtick fence's info string holds no backtick: "```a```" is a code span.
      boolean fence = c == '~' || indexIn('`', at + run, line.end()) < 0;
      return fence ? fenceEnd(line.end(), c, run) : -1;
    }
    if (text.startsWith("$$", at)) {
      // "$$x$$ and text" on one line is a paragraph: read inline, where the maths is skipped.
      int close = InlineBrackets.unescaped(text, "$$", at + 2, text.length());
      return close < 0 ? text.length() : close < line.end() ? -1 : close;
    }
    return c == '<' ? htmlBlockEnd(line, afterBlank) : -1;
  }

  /** The line closing a fence of {@code run} times {@code c}, or the note's end. */
  private int fenceEnd(int from, char c, int length) {
    int at = from + 1;
    while (at < text.length()) {
      int end = lineEnd(at);
      Line line = Line.read(text, at, end);
      int run = line.blank() ? 0 : run(line.content(), c);
      if (run >= length && text.substring(line.content() + run, end).isBlank()) {
        return at;
      }
      at = end + 1;
    }
    return text.length();
  }

  private int htmlBlockEnd(Line line, boolean afterBlank) {
    int at = line.content();
    String lower = text.substring(at, Math.min(line.end(), at + 12)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!--")) {
      return until("-->", at + 4);
    }
    if (lower.startsWith("<?")) {
      return until("?>", at + 2);
    }
    if (lower.startsWith("<![cdata[")) {
      return until("]]>", at + 9);
    }
    if (lower.startsWith("<!") && lower.length() > 2 && Character.isLetter(lower.charAt(2))) {
      return until(">", at + 2);
    }
    String name = tagName(lower);
    if (RAW_TAGS.contains(name) && !lower.startsWith("</")) {
      return rawTagEnd("</" + name, at);
    }
    // Any other tag opens a block only alone on its line, and never inside a paragraph.
    int tagEnd = indexIn('>', at, line.end());
    boolean alone =
        tagEnd >= 0
            && text.substring(tagEnd + 1, line.end()).isBlank()
            && InlineBrackets.couldBeTag(text, at + 1, tagEnd);
    if (BLOCK_TAGS.contains(name) || (!name.isEmpty() && afterBlank && alone)) {
      return blankLineBefore(line.end());
    }
    return -1;
  }

  private static String tagName(String lower) {
    int start = lower.startsWith("</") ? 2 : 1;
    int end = start;
    while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
      end++;
    }
    return end == start || !Character.isLetter(lower.charAt(start))
        ? ""
        : lower.substring(start, end);
  }

  private int until(String closer, int from) {
    int at = text.indexOf(closer, from);
    return at < 0 ? text.length() : at;
  }

  /** The next {@code </name} in any case, or the note's end. */
  private int rawTagEnd(String closer, int from) {
    for (int at = text.indexOf("</", from); at >= 0; at = text.indexOf("</", at + 2)) {
      if (text.regionMatches(true, at, closer, 0, closer.length())) {
        return at;
      }
    }
    return text.length();
  }

  /** The last line before the next blank line, or the note's end. */
  private int blankLineBefore(int from) {
    int at = from + 1;
    while (at < text.length()) {
      int end = lineEnd(at);
      if (Line.read(text, at, end).blank()) {
        return Math.max(0, at - 1);
      }
      at = end + 1;
    }
    return text.length();
  }

  /** The first {@code c} in {@code [from, to)}, or -1. */
  private int indexIn(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private int run(int at, char c) {
    int end = at;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return end - at;
  }

  /**
   * A line's container markers ({@code >}, list markers) stripped: where its text starts, how far
   * that is indented past them, and whether it opens a list item or a heading.
   */
  private record Line(
      int end,
      int content,
      int indent,
      int contentIndent,
      boolean item,
      boolean quoted,
      boolean heading) {

    static Line read(String text, int start, int end) {
      int at = start;
      int indent = 0;
      int contentIndent = 0;
      boolean item = false;
      boolean quoted = false;
      while (true) {
        int column = 0;
        while (at < end && " \t\r".indexOf(text.charAt(at)) >= 0) {
          column += text.charAt(at) == '\t' ? 4 - column % 4 : 1;
          at++;
        }
        indent = column;
        int marker = at < end && column < CODE_INDENT ? listMarker(text, at, end) : 0;
        if (at < end && text.charAt(at) == '>' && column < CODE_INDENT) {
          quoted = true;
          at++;
        } else if (marker > 0) {
          item = true;
          at += marker;
          contentIndent = at - start + 1;
        } else {
          break;
        }
      }
      boolean heading = at < end && text.charAt(at) == '#' && isHeading(text, at, end);
      return new Line(end, at, at == end ? 0 : indent, contentIndent, item, quoted, heading);
    }

    boolean blank() {
      return content == end;
    }

    /** The length of a list marker ({@code -}, {@code 1.}) followed by a blank, or 0. */
    private static int listMarker(String text, int at, int end) {
      int after = at;
      if ("-*+".indexOf(text.charAt(at)) >= 0) {
        after = at + 1;
      } else {
        while (after < end && after - at < 9 && Character.isDigit(text.charAt(after))) {
          after++;
        }
        if (after == at || after == end || ".)".indexOf(text.charAt(after)) < 0) {
          return 0;
        }
        after++;
      }
      boolean spaced = after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t';
      return spaced ? after - at : 0;
    }

    private static boolean isHeading(String text, int at, int end) {
      int hashes = 0;
      while (at + hashes < end && text.charAt(at + hashes) == '#') {
        hashes++;
      }
      return hashes <= 6 && (at + hashes == end || text.charAt(at + hashes) == ' ');
    }
  }
}
