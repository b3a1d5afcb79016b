package org.notebake.markdown;

import java.util.Locale;
import org.commonmark.node.Block;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * In a JBake post, a line that is one inline tag ({@code <img src="x.jpg"/>}, {@code <span>})
 * starts a paragraph, as JBake 2.7's Markdown (flexmark with its pegdown profile) reads it;
 * CommonMark starts an HTML block there (its seventh kind), which runs to the next blank line and
 * shows the Markdown after it as text: a travel blog's posts, each with a header image and then
 * {@code ## Attractions}, showed "## Attractions" under every image. Block-level tags ({@code
 * <div>}, {@code <table>}, ...) still start HTML blocks, as in both. Only for notes with a JBake
 * header ({@link MarkdownConverter.Dialect#JBAKE}); an Obsidian note reads as CommonMark.
 *
 * <pre>{@code
 * <img src="header.jpg"/>
 * ## Attractions          <p><img src="header.jpg"/></p> <h2>Attractions</h2>
 * }</pre>
 */
final class JBakeInlineTagLines extends AbstractBlockParserFactory {
  /** Tags that start HTML blocks of CommonMark's first and sixth kinds (and flexmark's). */
  private static boolean isBlockTag(String name) {
    return SyntaxBrackets.RAW_TAGS.contains(name) || SyntaxBrackets.BLOCK_TAGS.contains(name);
  }

  @Override
  public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
    if (state.getIndent() >= 4
        || matched.getMatchedBlockParser().getBlock() instanceof Paragraph
        || state.getActiveBlockParser().canHaveLazyContinuationLines()) {
      // Such a line goes on the open paragraph, as a lazy line too: under "> [!private]" the tag
      // line and the lines after it are the callout's (a red team's passport scan and door code
      // were published when this started a paragraph of their own).
      return BlockStart.none();
    }
    CharSequence content = state.getLine().getContent();
    int start = state.getNextNonSpaceIndex();
    if (start >= content.length() || content.charAt(start) != '<') {
      return BlockStart.none();
    }
    String name = soleTag(content, start);
    if (name == null || isBlockTag(name.toLowerCase(Locale.ROOT))) {
      return BlockStart.none();
    }
    return BlockStart.of(new LineParagraph()).atIndex(state.getIndex());
  }

  /**
   * The name of the one whole open or closing tag that {@code line} holds from {@code at} (then
   * only blanks), as CommonMark's seventh kind of HTML block start has it; null if it holds
   * anything else. Scanned once, left to right (a regular expression's repeated group recursed per
   * attribute: 100,000 of them overflowed the stack).
   */
  static String soleTag(CharSequence line, int at) {
    int n = line.length();
    int i = at + 1;
    boolean closing = i < n && line.charAt(i) == '/';
    if (closing) {
      i++;
    }
    int nameStart = i;
    if (i >= n || !isAsciiLetter(line.charAt(i))) {
      return null;
    }
    while (i < n
        && (isAsciiLetter(line.charAt(i)) || isDigit(line.charAt(i)) || line.charAt(i) == '-')) {
      i++;
    }
    String name = line.subSequence(nameStart, i).toString();
    while (!closing) {
      int blanks = skipBlanks(line, i);
      if (blanks == i || blanks >= n || !isAttributeStart(line.charAt(blanks))) {
        i = blanks;
        break;
      }
      i = blanks + 1;
      while (i < n && isAttributeChar(line.charAt(i))) {
        i++;
      }
      int equals = skipBlanks(line, i);
      if (equals < n && line.charAt(equals) == '=') {
        i = value(line, skipBlanks(line, equals + 1));
        if (i < 0) {
          return null;
        }
      }
    }
    i = skipBlanks(line, i);
    if (!closing && i < n && line.charAt(i) == '/') {
      i++;
    }
    if (i >= n || line.charAt(i) != '>') {
      return null;
    }
    return skipBlanks(line, i + 1) == n ? name : null;
  }

  /** Where an attribute value starting at {@code i} ends, or -1 if there is none. */
  private static int value(CharSequence line, int i) {
    int n = line.length();
    if (i >= n) {
      return -1;
    }
    char c = line.charAt(i);
    if (c == '"' || c == '\'') {
      for (int j = i + 1; j < n; j++) {
        if (line.charAt(j) == c) {
          return j + 1;
        }
      }
      return -1;
    }
    int j = i;
    while (j < n && "\"'=<>`".indexOf(line.charAt(j)) < 0 && line.charAt(j) > ' ') {
      j++;
    }
    return j == i ? -1 : j;
  }

  private static int skipBlanks(CharSequence line, int i) {
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAttributeStart(char c) {
    return isAsciiLetter(c) || c == '_' || c == ':';
  }

  private static boolean isAttributeChar(char c) {
    return isAttributeStart(c) || isDigit(c) || c == '.' || c == '-';
  }

  /** A paragraph opened by a tag line: it goes on as any paragraph, to a blank line or a block. */
  private static final class LineParagraph extends AbstractBlockParser {
    private final Paragraph paragraph = new Paragraph();
    private final java.util.List<SourceLine> lines = new java.util.ArrayList<>();

    @Override
    public Block getBlock() {
      return paragraph;
    }

    @Override
    public boolean canHaveLazyContinuationLines() {
      return true; // as a paragraph: an unprefixed line after it in a quote goes on in it
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return state.isBlank() ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
      lines.add(line);
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
      SourceLines content = SourceLines.empty();
      for (int i = 0; i < lines.size(); i++) {
        SourceLine line = lines.get(i);
        content.addLine(
            i == lines.size() - 1
                ? SourceLine.of(stripEnd(line.getContent()), line.getSourceSpan())
                : line);
      }
      inlineParser.parse(content, paragraph);
    }

    private static CharSequence stripEnd(CharSequence text) {
      int end = text.length();
      while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
      return text.subSequence(0, end);
    }
  }
}
