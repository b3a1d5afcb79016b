package org.notebake.markdown;

import org.commonmark.internal.ListBlockParser;
import org.commonmark.internal.ListItemParser;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Nests a list item indented by tabs under the item above it however many tabs it has, as Obsidian
 * shows it. CommonMark counts a tab to the next multiple of four columns, so under {@code - a} a
 * line {@code \t\t- b} is six columns past the item's text: too deep for a list, it would be read
 * as more text of {@code a} ({@code a - b}). The table-of-contents plugin writes exactly that when
 * headings skip a level.
 *
 * <pre>
 * - Installation
 * →→- windows     -&gt; &lt;li&gt;Installation&lt;ul&gt;&lt;li&gt;windows&lt;/li&gt;...
 * </pre>
 *
 * <p>Only lines inside a list item, indented with at least one tab, and starting a list marker are
 * taken; everything else is left to CommonMark. The list parsers are commonmark-java's own (its
 * {@code internal} package, used here only), so the items continue and end as every other does.
 */
final class TabIndentedLists extends AbstractBlockParserFactory {

  private static final int CODE_BLOCK_INDENT = 4;

  @Override
  public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
    if (state.getIndent() < CODE_BLOCK_INDENT || !tabIndented(state)) {
      return BlockStart.none();
    }
    BlockParser matched = matchedBlockParser.getMatchedBlockParser();
    if (!inListItem(matched.getBlock())) {
      return BlockStart.none();
    }
    CharSequence line = state.getLine().getContent();
    int at = state.getNextNonSpaceIndex();
    Marker marker = marker(line, at);
    if (marker == null) {
      return BlockStart.none();
    }
    boolean interruptsParagraph = matched.getBlock() instanceof Paragraph;
    int markerColumn = state.getColumn() + state.getIndent();
    int markerEnd = markerColumn + marker.length();
    int column = markerEnd;
    int index = at + marker.length();
    while (index < line.length() && (line.charAt(index) == ' ' || line.charAt(index) == '\t')) {
      column += line.charAt(index) == '\t' ? 4 - column % 4 : 1;
      index++;
    }
    boolean blankItem = index >= line.length();
    if (interruptsParagraph
        && (blankItem
            || (marker.list() instanceof OrderedList o && o.getMarkerStartNumber() != 1))) {
      return BlockStart.none();
    }
    if (!blankItem && column == markerEnd) {
      return BlockStart.none(); // "-x" is no marker
    }
    int contentColumn =
        blankItem || column - markerEnd > CODE_BLOCK_INDENT ? markerEnd + 1 : column;
    ListItemParser item = new ListItemParser(state.getIndent(), contentColumn - state.getColumn());
    if (matched instanceof ListBlockParser list
        && sameKind((ListBlock) list.getBlock(), marker.list())) {
      return BlockStart.of(item).atColumn(contentColumn);
    }
    marker.list().setTight(true);
    return BlockStart.of(new ListBlockParser(marker.list()), item).atColumn(contentColumn);
  }

  private static boolean tabIndented(ParserState state) {
    CharSequence line = state.getLine().getContent();
    for (int i = state.getIndex(); i < state.getNextNonSpaceIndex(); i++) {
      if (line.charAt(i) == '\t') {
        return true;
      }
    }
    return false;
  }

  private static boolean inListItem(Block block) {
    return block instanceof ListItem
        || block instanceof ListBlock
        || (block instanceof Paragraph && block.getParent() instanceof ListItem);
  }

  record Marker(ListBlock list, int length) {}

  /** A bullet ({@code - + *}) or ordered ({@code 1.} {@code 1)}) marker at {@code at}, or null. */
  static Marker marker(CharSequence line, int at) {
    char c = line.charAt(at);
    if (c == '-' || c == '+' || c == '*') {
      BulletList bullets = new BulletList();
      bullets.setMarker(String.valueOf(c));
      return endsMarker(line, at + 1) ? new Marker(bullets, 1) : null;
    }
    int end = at;
    while (end < line.length() && end - at < 9 && Character.isDigit(line.charAt(end))) {
      end++;
    }
    if (end == at
        || end >= line.length()
        || !(line.charAt(end) == '.' || line.charAt(end) == ')')) {
      return null;
    }
    if (!endsMarker(line, end + 1)) {
      return null;
    }
    OrderedList ordered = new OrderedList();
    ordered.setMarkerStartNumber(Integer.parseInt(line.subSequence(at, end).toString()));
    ordered.setMarkerDelimiter(String.valueOf(line.charAt(end)));
    return new Marker(ordered, end + 1 - at);
  }

  private static boolean endsMarker(CharSequence line, int index) {
    return index >= line.length() || line.charAt(index) == ' ' || line.charAt(index) == '\t';
  }

  private static boolean sameKind(ListBlock open, ListBlock next) {
    if (open instanceof BulletList a && next instanceof BulletList b) {
      return a.getMarker() != null && a.getMarker().equals(b.getMarker());
    }
    if (open instanceof OrderedList a && next instanceof OrderedList b) {
      return a.getMarkerDelimiter() != null
          && a.getMarkerDelimiter().equals(b.getMarkerDelimiter());
    }
    return false;
  }
}
