package org.notebake.markdown.obsidian.callout.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.text.Characters;
import org.notebake.markdown.obsidian.callout.Callout;
import org.notebake.markdown.obsidian.callout.CalloutTitle;

/**
 * A block quote whose first line is {@code [!type]}, an optional {@code |metadata}, an optional
 * fold marker and an optional title. It continues like a block quote, so Markdown, nested quotes
 * and nested callouts work inside; the shape follows commonmark's alert parser, with room for the
 * fold marker.
 *
 * <p>For CommonMark the marker line is the first line of a paragraph in a block quote, so the lines
 * that would continue that paragraph lazily, without a {@code >}, belong to the callout too ({@code
 * > [!private]\nMy PIN} is all private). A {@link CalloutParagraphParser} opened with the callout
 * stands for that paragraph and takes them. A block quote that holds only blank {@code >} lines
 * before the marker line becomes a callout as well, as GitHub alerts do.
 */
public final class CalloutBlockParser extends AbstractBlockParser {

  /**
   * {@code [!type]} or {@code [!type|metadata]}; group 1 is the type as written, which may hold
   * spaces ({@code [!take away]}, {@code [!private ]}): Obsidian takes all up to the {@code ]}.
   * {@link CalloutTypes#normalize} gives the type.
   */
  static final String TYPE = "\\[!([^\\]|\\n]++)(?:\\|[^\\]\\n]*+)?]";

  /** The type, then {@code +}/{@code -} and the title. */
  private static final Pattern MARKER = Pattern.compile("^" + TYPE + "([+-]?)(.*)$");

  private static final int CODE_BLOCK_INDENT = 4;

  private final Callout block;
  private final SourceLine titleLine;

  private CalloutBlockParser(Callout block, SourceLine titleLine) {
    this.block = block;
    this.titleLine = titleLine;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(Block childBlock) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    int afterMarker = afterQuoteMarker(state);
    return afterMarker < 0 ? BlockContinue.none() : BlockContinue.atColumn(afterMarker);
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    if (titleLine == null) {
      return;
    }
    // The title gets its own inline scope, so its delimiters never pair with the body's.
    CalloutTitle title = new CalloutTitle();
    inlineParser.parse(SourceLines.of(titleLine), title);
    if (titleLine.getSourceSpan() != null) {
      title.setSourceSpans(List.of(titleLine.getSourceSpan()));
    }
    block.prependChild(title);
  }

  /** The column after {@code >} and its optional space, or -1 when the line is no quote line. */
  private static int afterQuoteMarker(ParserState state) {
    CharSequence line = state.getLine().getContent();
    int nextNonSpace = state.getNextNonSpaceIndex();
    if (state.getIndent() >= CODE_BLOCK_INDENT
        || nextNonSpace >= line.length()
        || line.charAt(nextNonSpace) != '>') {
      return -1;
    }
    int column = state.getColumn() + state.getIndent() + 1;
    return Characters.isSpaceOrTab(line, nextNonSpace + 1) ? column + 1 : column;
  }

  /**
   * Starts a callout on a {@code > [!type]} line, or turns a block quote that holds nothing yet
   * into one when its next line is {@code > [!type]}.
   */
  public static final class Factory extends AbstractBlockParserFactory {

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= CODE_BLOCK_INDENT) {
        return BlockStart.none();
      }
      CharSequence content = state.getLine().getContent();
      int next = state.getNextNonSpaceIndex();
      if (afterQuoteMarker(state) >= 0) {
        int start = next + 1;
        if (Characters.isSpaceOrTab(content, start)) {
          start++;
        }
        BlockStart callout = start(state, start);
        return callout == null ? BlockStart.none() : callout;
      }
      // The block quote's '>' is consumed already; the quote is replaced, its blank lines and all.
      BlockParser quote = state.getActiveBlockParser();
      if (quote.getBlock() instanceof BlockQuote
          && quote.getBlock().getFirstChild() == null
          && matchedBlockParser.getMatchedBlockParser() == quote) {
        BlockStart callout = start(state, next);
        return callout == null ? BlockStart.none() : callout.replaceActiveBlockParser();
      }
      return BlockStart.none();
    }

    /** A callout if the marker is at {@code start} after at most three spaces, else null. */
    private static BlockStart start(ParserState state, int start) {
      SourceLine line = state.getLine();
      CharSequence content = line.getContent();
      int marker = start;
      while (marker < content.length() && marker - start < 3 && content.charAt(marker) == ' ') {
        marker++;
      }
      Matcher matcher = MARKER.matcher(content.subSequence(marker, content.length()));
      if (!matcher.matches()) {
        return null;
      }
      SourceLine titleLine = title(line, marker + matcher.start(3), marker + matcher.end(3));
      Callout callout =
          new Callout(CalloutTypes.normalize(matcher.group(1)), fold(matcher.group(2)));
      return BlockStart.of(new CalloutBlockParser(callout, titleLine), new CalloutParagraphParser())
          .atIndex(content.length());
    }

    private static SourceLine title(SourceLine line, int start, int end) {
      CharSequence content = line.getContent();
      int from = Characters.skipSpaceTab(content, start, end);
      int to = Characters.skipSpaceTabBackwards(content, end - 1, from) + 1;
      return from >= to ? null : line.substring(from, to);
    }

    private static Callout.Fold fold(String marker) {
      return switch (marker) {
        case "+" -> Callout.Fold.OPEN;
        case "-" -> Callout.Fold.CLOSED;
        default -> Callout.Fold.NONE;
      };
    }
  }
}
