package org.notebake.markdown.obsidian.callout.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * The paragraph that a callout's marker line opens, as CommonMark sees it: {@code > [!note]} is the
 * first line of a paragraph in a block quote, so a next line without {@code >} continues that
 * paragraph lazily and is inside the callout. This parser takes those lazy lines and the quoted
 * lines that follow them, up to a blank line or a new block, and gives them back as a {@link
 * Paragraph} in the callout.
 *
 * <p>While it is open it is the active block, a paragraph: so an indented line or a non-1 ordered
 * list marker continues it, as in a block quote, instead of starting a block outside the callout.
 * If the marker line is followed by a quoted line instead, it closes empty and disappears, and the
 * callout's body is parsed as before (a table right after the marker line still works).
 */
final class CalloutParagraphParser extends AbstractBlockParser {

  private final Paragraph block = new Paragraph();
  private final List<SourceLine> lines = new ArrayList<>();
  private boolean closing;

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean canHaveLazyContinuationLines() {
    return !closing;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    // Called only for a line the callout matched: a quoted line. It continues the paragraph if a
    // lazy line has opened it already; otherwise the callout's body starts normally.
    if (state.isBlank() || lines.isEmpty()) {
      closing = true;
      return BlockContinue.none();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(SourceLine line) {
    // The first call brings what is left of the marker line: nothing.
    if (line.getContent().length() > 0) {
      lines.add(line);
    }
  }

  @Override
  public void closeBlock() {
    if (lines.isEmpty()) {
      block.unlink();
      return;
    }
    List<SourceSpan> spans = new ArrayList<>();
    for (SourceLine line : lines) {
      if (line.getSourceSpan() != null) {
        spans.add(line.getSourceSpan());
      }
    }
    block.setSourceSpans(spans);
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    if (!lines.isEmpty()) {
      inlineParser.parse(SourceLines.of(lines), block);
    }
  }
}
