package org.notebake.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.Heading;
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
 * A JBake post's {@code #Heading}, with no space after the hashes, is a heading, as JBake 2.7's
 * Markdown (flexmark with its pegdown profile, which does not ask for the space) renders it;
 * CommonMark reads it as a paragraph. Only for notes with a JBake header ({@link
 * MarkdownConverter.Dialect#JBAKE}): in an Obsidian note {@code #word} is a tag.
 *
 * <pre>{@code
 * Parser.builder().customBlockParserFactory(new JBakeHeadings()).build().parse("#Setup"); // <h1>
 * }</pre>
 */
final class JBakeHeadings extends AbstractBlockParserFactory {
  @Override
  public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
    if (state.getIndent() >= 4) {
      return BlockStart.none();
    }
    SourceLine line = state.getLine();
    CharSequence content = line.getContent();
    int start = state.getNextNonSpaceIndex();
    int hashes = 0;
    while (start + hashes < content.length() && content.charAt(start + hashes) == '#') {
      hashes++;
    }
    int text = start + hashes;
    if (hashes == 0
        || hashes > 6
        || text >= content.length()
        || Character.isWhitespace(content.charAt(text))) {
      return BlockStart.none(); // none, too many, or CommonMark's own heading (a space follows)
    }
    // Scanned from the end, each character once: trailing blanks, then closing hashes that a blank
    // separates from the text.
    int end = content.length();
    while (end > text && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    int closing = end;
    while (closing > text && content.charAt(closing - 1) == '#') {
      closing--;
    }
    if (closing < end && closing > text && Character.isWhitespace(content.charAt(closing - 1))) {
      end = closing;
      while (end > text && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
    }
    return BlockStart.of(new HeadingParser(hashes, line.substring(text, end)))
        .atIndex(content.length());
  }

  /** One heading line: its level and its text, parsed as inline Markdown. */
  private static final class HeadingParser extends AbstractBlockParser {
    private final Heading block = new Heading();
    private final SourceLines text;

    HeadingParser(int level, SourceLine text) {
      block.setLevel(level);
      this.text = SourceLines.of(text);
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return BlockContinue.none();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
      inlineParser.parse(text, block);
    }
  }
}
