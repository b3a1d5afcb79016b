package org.notebake.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.notebake.markdown.obsidian.callout.Callout;

/**
 * Nests a tab-indented list in a quote or callout under the item above it, as Obsidian shows it.
 * Obsidian reads a quote's lines without their {@code > } and counts a tab from there, so a tab is
 * one level in; CommonMark counts it from the line's start, where after {@code > } it reaches only
 * two columns into the quote, less than the three at which the text of {@code 1. first} starts, and
 * the item ends. Pressing Tab on a list line in a callout writes exactly that.
 *
 * <pre>
 * &gt; 1. first
 * &gt; →- nested    -&gt; &lt;ol&gt;&lt;li&gt;first&lt;ul&gt;&lt;li&gt;nested&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;
 * &gt; 2. second       &lt;li&gt;second&lt;/li&gt;&lt;/ol&gt;
 * </pre>
 *
 * <p>Only a list marker is taken, on a tab-indented line of a list that is the quote's own, when
 * the tab reaches the item's text as Obsidian counts it: the item is opened again ({@link
 * ReopenedItem}) and the new list becomes its child, as outside the quote, where the same item
 * would have gone on. Other lines are left to CommonMark, so {@code > →code} after a quoted
 * paragraph is still that paragraph's text.
 */
final class QuotedTabLists extends AbstractBlockParserFactory {

  @Override
  public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
    Block matched = matchedBlockParser.getMatchedBlockParser().getBlock();
    if (state.isBlank()
        || !(matched instanceof ListBlock list)
        || !(list.getParent() instanceof BlockQuote || list.getParent() instanceof Callout)
        || !(list.getLastChild() instanceof ListItem item)
        || item.getFirstChild() == null
        || item.getContentIndent() == null
        || !hasTab(state)) {
      return BlockStart.none();
    }
    CharSequence line = state.getLine().getContent();
    int at = state.getNextNonSpaceIndex();
    TabIndentedLists.Marker marker = TabIndentedLists.marker(line, at);
    if (marker == null || reach(state, item.getContentIndent()) < 0) {
      return BlockStart.none();
    }
    // Outside the quote the item would go on, and the marker follow its paragraph: a list may
    // interrupt a paragraph only with text, and an ordered one only from 1.
    boolean blankItem = line.toString().substring(at + marker.length()).isBlank();
    if (item.getLastChild() instanceof Paragraph
        && (blankItem
            || (marker.list() instanceof OrderedList o && o.getMarkerStartNumber() != 1))) {
      return BlockStart.none();
    }
    return BlockStart.of(new ReopenedItem(item)).atIndex(at);
  }

  private static boolean hasTab(ParserState state) {
    CharSequence line = state.getLine().getContent();
    for (int i = state.getIndex(); i < state.getNextNonSpaceIndex(); i++) {
      if (line.charAt(i) == '\t') {
        return true;
      }
    }
    return false;
  }

  /**
   * The index after the indentation that reaches {@code column} of the quote's content, a tab
   * counted as four columns from there as Obsidian counts it, or -1 when it stops short.
   */
  private static int reach(ParserState state, int column) {
    CharSequence line = state.getLine().getContent();
    int index = state.getIndex();
    int reached = 0;
    while (reached < column && index < state.getNextNonSpaceIndex()) {
      reached += line.charAt(index) == '\t' ? 4 - reached % 4 : 1;
      index++;
    }
    return reached >= column ? index : -1;
  }

  /**
   * A quoted list item that CommonMark had ended, open again: it goes on while lines are indented
   * to its text as Obsidian counts tabs, and makes its list loose after a blank line as
   * commonmark's own item does.
   */
  private static final class ReopenedItem extends AbstractBlockParser {
    private final ListItem item;
    private boolean hadBlankLine;

    ReopenedItem(ListItem item) {
      this.item = item;
    }

    @Override
    public Block getBlock() {
      return item;
    }

    @Override
    public boolean isContainer() {
      return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
      if (hadBlankLine && item.getParent() instanceof ListBlock list) {
        list.setTight(false);
      }
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.isBlank()) {
        Block active = state.getActiveBlockParser().getBlock();
        hadBlankLine = active instanceof Paragraph || active instanceof ListItem;
        return BlockContinue.atIndex(state.getNextNonSpaceIndex());
      }
      int reached = reach(state, item.getContentIndent());
      return reached < 0 ? BlockContinue.none() : BlockContinue.atIndex(reached);
    }
  }
}
