package org.notebake.markdown.obsidian.math.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.notebake.markdown.obsidian.math.DisplayMath;

/**
 * A block of maths: from a line starting with {@code $$} to the first line ending with {@code $$}
 * (the same line for {@code $$x$$}), or to the end of its container. A line such as {@code $$x$$
 * more text} starts no block: it is a paragraph with display maths inside.
 */
public final class DisplayMathBlockParser extends AbstractBlockParser {

  private static final String DELIMITER = "$$";
  private static final int CODE_BLOCK_INDENT = 4;

  private final DisplayMath block = new DisplayMath("");
  private final List<String> lines = new ArrayList<>();
  private boolean closed;
  private boolean pastOpeningLine;

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (closed) {
      return BlockContinue.none();
    }
    CharSequence line = state.getLine().getContent();
    String rest = line.subSequence(state.getIndex(), line.length()).toString();
    int close = closingDelimiter(rest);
    if (close >= 0) {
      String last = rest.substring(0, close);
      if (!last.isBlank()) {
        lines.add(last);
      }
      closed = true;
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(SourceLine line) {
    // The opening line arrives here too, empty past its "$$"; the factory kept what it held.
    if (pastOpeningLine) {
      lines.add(line.getContent().toString());
    }
    pastOpeningLine = true;
  }

  @Override
  public void closeBlock() {
    block.setTex(String.join("\n", lines));
  }

  /** Where the closing {@code $$} of a line starts, if the line ends with one; else -1. */
  static int closingDelimiter(String line) {
    String trimmed = line.stripTrailing();
    if (!trimmed.endsWith(DELIMITER) || escaped(trimmed, trimmed.length() - 2)) {
      return -1;
    }
    return trimmed.length() - 2;
  }

  /** True if the character at {@code index} follows an odd number of backslashes. */
  private static boolean escaped(String text, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** True if {@code text} holds an unescaped {@code $$}. */
  private static boolean holdsDelimiter(String text) {
    for (int i = text.indexOf(DELIMITER); i >= 0; i = text.indexOf(DELIMITER, i + 1)) {
      if (!escaped(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** Starts a block on a line whose first non-space characters are {@code $$}. */
  public static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= CODE_BLOCK_INDENT) {
        return BlockStart.none();
      }
      CharSequence content = state.getLine().getContent();
      String line = content.subSequence(state.getNextNonSpaceIndex(), content.length()).toString();
      if (!line.startsWith(DELIMITER) || line.startsWith("$$$")) {
        return BlockStart.none();
      }
      String rest = line.substring(DELIMITER.length());
      DisplayMathBlockParser parser = new DisplayMathBlockParser();
      int close = closingDelimiter(rest);
      if (close >= 0) {
        String tex = rest.substring(0, close);
        if (tex.isBlank() || holdsDelimiter(tex)) {
          return BlockStart.none();
        }
        parser.lines.add(tex);
        parser.closed = true;
      } else if (holdsDelimiter(rest)) {
        return BlockStart.none(); // "$$x$$ and text": display maths inside a paragraph
      } else if (!rest.isBlank()) {
        parser.lines.add(rest);
      }
      return BlockStart.of(parser).atIndex(content.length());
    }
  }
}
