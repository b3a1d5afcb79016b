package org.notebake.markdown.obsidian.math.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.internal.ParagraphParser;
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
import org.notebake.markdown.obsidian.math.DisplayMath;

/**
 * A block of maths: from a line starting with {@code $$} to the next unescaped {@code $$} (on the
 * same line for {@code $$x$$}), or to the end of its container. Text after the closing {@code $$}
 * ({@code $$ such that}) becomes a paragraph after the block.
 *
 * <p>A line such as {@code $$x$$ more text} starts no block: it is a paragraph with display maths
 * inside. Nor does a {@code $$} line that closes a {@code $$} left open in the paragraph above it
 * ({@code It implies $$}, {@code x^2}, {@code $$}): the paragraph takes it in and pairs the two, so
 * the closing line cannot open a block that swallows the rest of the note; also when that line is
 * at the margin and the paragraph is a list item's, which then takes it in as a lazy line. Nor does
 * a bare {@code $$} line that is less indented than the list item the open block is in ({@code 2.
 * $$}, {@code x}, then {@code $$} at column 2): it closes that block, as in Obsidian. Lines less
 * indented than that list item before the closing {@code $$} are the block's lazy lines (a list
 * line's {@code $$}, then {@code x = 1} and {@code $$} at the margin), up to a blank line.
 */
public final class DisplayMathBlockParser extends AbstractBlockParser {

  private static final String DELIMITER = "$$";
  private static final int CODE_BLOCK_INDENT = 4;

  private final DisplayMath block = new DisplayMath("");
  private final List<String> lines = new ArrayList<>();
  private boolean closed;
  private boolean pastOpeningLine;
  private SourceLine after;
  private Paragraph afterParagraph;
  private boolean closesLazily;

  /** Whether a blank line has been in the block: lazy lines end there, as a paragraph's do. */
  private boolean sawBlank;

  /** Whether the line {@link #addLine} gets next was matched by {@link #tryContinue}. */
  private boolean continued;

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (closed) {
      return BlockContinue.none();
    }
    SourceLine line = state.getLine();
    CharSequence content = line.getContent();
    String rest = content.subSequence(state.getIndex(), content.length()).toString();
    int close = firstDelimiter(rest);
    if (close < 0) {
      sawBlank |= rest.isBlank();
      continued = true;
      return BlockContinue.atIndex(state.getIndex());
    }
    close(line, state.getIndex(), close);
    return BlockContinue.finished();
  }

  /** Closes the block at the {@code $$} found at {@code close} past {@code from} in the line. */
  private void close(SourceLine line, int from, int close) {
    CharSequence content = line.getContent();
    String last = content.subSequence(from, from + close).toString();
    if (!last.isBlank()) {
      lines.add(last);
    }
    int tail = from + close + DELIMITER.length();
    if (!content.subSequence(tail, content.length()).toString().isBlank()) {
      after = line.substring(tail + leadingSpace(content, tail), content.length());
    }
    closed = true;
  }

  /**
   * Lines less indented than the list item (or outside the quote) the block opened in, up to its
   * closing {@code $$} or a blank line: {@code - it is: $$} or {@code $$} under a list item, then
   * {@code x = 1} and {@code $$} at the margin, as Obsidian's maths reads them (a paragraph's lazy
   * lines end at a blank line too). After a blank line, only a {@code $$} line closing it.
   */
  @Override
  public boolean canHaveLazyContinuationLines() {
    return !closed && (closesLazily || !sawBlank);
  }

  @Override
  public void addLine(SourceLine line) {
    boolean lazy = pastOpeningLine && !continued;
    continued = false;
    closesLazily = false;
    if (lazy) {
      int close = firstDelimiter(line.getContent().toString());
      if (close >= 0) {
        close(line, 0, close);
      } else {
        lines.add(line.getContent().toString());
      }
      return;
    }
    // The opening line arrives here too, empty past its "$$"; the factory kept what it held.
    if (pastOpeningLine) {
      lines.add(line.getContent().toString());
    }
    pastOpeningLine = true;
  }

  @Override
  public void closeBlock() {
    while (!closed && !lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1); // the blank lines that ended its container
    }
    block.setTex(String.join("\n", lines));
    if (after != null) {
      afterParagraph = new Paragraph();
      block.insertAfter(afterParagraph);
    }
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    if (afterParagraph != null) {
      inlineParser.parse(SourceLines.of(after), afterParagraph);
    }
  }

  /** True if a line starting with this text (past its indentation) opens a block. */
  static boolean opensBlock(String line) {
    return opening(line) != null;
  }

  /**
   * What a line opening a block holds past its {@code $$}: the TeX of a one-line block, the first
   * line of a longer one, or "" for a bare {@code $$}. Null if the line opens no block.
   */
  private static Opening opening(String line) {
    if (!line.startsWith(DELIMITER) || line.startsWith("$$$")) {
      return null;
    }
    String rest = line.substring(DELIMITER.length());
    int close = firstDelimiter(rest);
    if (close < 0) {
      return new Opening(rest, false);
    }
    String tex = rest.substring(0, close);
    boolean onlyTex = rest.substring(close + DELIMITER.length()).isBlank();
    if (!onlyTex || tex.isBlank()) {
      return null; // "$$x$$ and text": display maths inside a paragraph
    }
    return new Opening(tex, true);
  }

  private record Opening(String tex, boolean closed) {}

  /** Where the first unescaped {@code $$} of {@code text} starts; else -1. */
  static int firstDelimiter(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$' && text.charAt(i + 1) == '$') {
        return i;
      }
    }
    return -1;
  }

  private static int leadingSpace(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i - from;
  }

  /** Starts a block on a line whose first non-space characters are {@code $$}. */
  public static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= CODE_BLOCK_INDENT) {
        return BlockStart.none();
      }
      CharSequence content = state.getLine().getContent();
      Opening opening =
          opening(content.subSequence(state.getNextNonSpaceIndex(), content.length()).toString());
      if (opening == null) {
        return BlockStart.none();
      }
      if (state.getActiveBlockParser() instanceof DisplayMathBlockParser open
          && !open.closed
          && (!open.sawBlank || !opening.closed() && opening.tex().isBlank())) {
        // A "$$" less indented than the list item (or outside the quote) its maths opened in:
        // Obsidian closes the maths there rather than open a block that swallows the note.
        open.closesLazily = true;
        return BlockStart.none();
      }
      // getParagraphLines() copies the whole paragraph. Commonmark's own list and table factories
      // call it for every line not starting with a letter, so a long paragraph of such lines costs
      // quadratic time with or without this call; reading the copy is linear (UnclosedDisplayMath).
      List<SourceLine> paragraph = matchedBlockParser.getParagraphLines().getLines();
      if (paragraph.isEmpty() && state.getActiveBlockParser() instanceof ParagraphParser lazy) {
        // A "$$" at the margin after a list item's "is positive: $$": left unstarted, the line
        // continues that paragraph lazily and closes its maths, as in Obsidian.
        paragraph = lazy.getParagraphLines().getLines();
      }
      if (!paragraph.isEmpty() && UnclosedDisplayMath.endsInside(paragraph)) {
        return BlockStart.none(); // this "$$" closes the paragraph's maths
      }
      DisplayMathBlockParser parser = new DisplayMathBlockParser();
      if (!opening.tex().isBlank()) {
        parser.lines.add(opening.tex());
      }
      parser.closed = opening.closed();
      return BlockStart.of(parser).atIndex(content.length());
    }
  }
}
