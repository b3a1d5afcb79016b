package org.notebake.markdown.obsidian.blockid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.notebake.markdown.obsidian.blockid.BlockId;
import org.notebake.markdown.obsidian.callout.Callout;
import org.notebake.markdown.obsidian.callout.CalloutTitle;

/**
 * Moves a trailing {@code ^block-id} out of a paragraph's text into a {@link BlockId} node.
 *
 * <p>{@code Some text ^abc} names its paragraph, or its list item when the paragraph is in one
 * (tight list items render no {@code <p>} to carry the id). A paragraph that is only {@code ^abc}
 * names the block before it, which is how Obsidian names tables, quotes and lists; a second such
 * paragraph names it too, as an anchor just before it.
 *
 * <p>A table's id may also sit on the line right under its last row, as Obsidian writes it: GFM
 * reads that line as one more row, so a last row whose first cell is only {@code ^abc} and whose
 * other cells are empty is taken out of the table and names the table instead.
 */
public final class BlockIdPostProcessor implements PostProcessor {

  private static final Pattern TRAILING_ID = Pattern.compile("(^|[ \\t])\\^([A-Za-z0-9-]+)$");
  private static final Pattern WHOLE_ID = Pattern.compile("\\^([A-Za-z0-9-]+)");

  @Override
  public Node process(Node document) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
    List<CalloutTitle> titles = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            paragraphs.add(paragraph);
            visitChildren(paragraph);
          }

          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
              tables.add(table);
            } else if (block instanceof CalloutTitle title) {
              titles.add(title);
            }
            visitChildren(block);
          }
        });
    paragraphs.forEach(BlockIdPostProcessor::extract);
    tables.forEach(BlockIdPostProcessor::extractFromLastRow);
    titles.forEach(BlockIdPostProcessor::extractFromTitle);
    return document;
  }

  /**
   * {@code > [!info] Only a title ^abc}: the title is the callout's last line, so its id names the
   * callout, as Obsidian reads it, and is not shown in the title.
   */
  private static void extractFromTitle(CalloutTitle title) {
    if (title.getNext() != null || !(title.getLastChild() instanceof Text text)) {
      return;
    }
    Matcher matcher = TRAILING_ID.matcher(text.getLiteral());
    if (!matcher.find()) {
      return;
    }
    String rest = text.getLiteral().substring(0, matcher.start()).stripTrailing();
    if (rest.isEmpty()) {
      text.unlink();
    } else {
      text.setLiteral(rest);
    }
    name(title.getParent(), matcher.group(2));
  }

  private static void extractFromLastRow(TableBlock table) {
    if (!(table.getLastChild() instanceof TableBody body)
        || !(body.getLastChild() instanceof TableRow row)
        || row.getFirstChild() == null
        || !(row.getFirstChild().getFirstChild() instanceof Text text)
        || text.getNext() != null) {
      return;
    }
    Node first = row.getFirstChild();
    Matcher matcher = WHOLE_ID.matcher(text.getLiteral().strip());
    if (!matcher.matches() || !othersEmpty(first)) {
      return;
    }
    row.unlink();
    if (body.getFirstChild() == null) {
      body.unlink();
    }
    table.prependChild(new BlockId(matcher.group(1)));
  }

  private static boolean othersEmpty(Node firstCell) {
    for (Node cell = firstCell.getNext(); cell != null; cell = cell.getNext()) {
      if (cell.getFirstChild() != null) {
        return false;
      }
    }
    return true;
  }

  private static void extract(Paragraph paragraph) {
    if (!(paragraph.getLastChild() instanceof Text text)) {
      return;
    }
    Matcher matcher = TRAILING_ID.matcher(text.getLiteral());
    if (!matcher.find()) {
      return;
    }
    String id = matcher.group(2);
    String rest = text.getLiteral().substring(0, matcher.start()).stripTrailing();
    boolean ownLine = false;
    if (rest.isEmpty()) {
      // An id on a line of its own: the break before it would end the paragraph with a <br>.
      ownLine =
          text.getPrevious() instanceof SoftLineBreak
              || text.getPrevious() instanceof HardLineBreak;
      if (ownLine) {
        text.getPrevious().unlink();
      }
      text.unlink();
    } else {
      text.setLiteral(rest);
    }
    name(ownLine ? quoteEndedBy(paragraph) : owner(paragraph), id);
  }

  private static void name(Node owner, String id) {
    if (owner.getFirstChild() instanceof BlockId && !(owner instanceof Heading)) {
      // A block has one id attribute; Obsidian lets two id lines name the block above them both.
      owner.insertBefore(BlockId.anchorBefore(id));
    } else {
      owner.prependChild(new BlockId(id));
    }
  }

  /**
   * An id on its own line right under a quote or callout continues its last paragraph (CommonMark's
   * lazy continuation), yet Obsidian reads it as naming the whole quote, as it does an id after a
   * blank line: the outermost quote or callout that the paragraph ends, through a list that ends it
   * too. Outside a quote, a list item keeps it, as Obsidian gives it to the item.
   */
  private static Node quoteEndedBy(Paragraph paragraph) {
    Node owner = paragraph.getParent() instanceof ListItem item ? item : paragraph;
    for (Node block = paragraph;
        block.getNext() == null
            && block.getParent() != null
            && block.getParent().getParent() != null;
        block = block.getParent()) {
      if (block.getParent() instanceof BlockQuote || block.getParent() instanceof Callout) {
        owner = block.getParent();
      }
    }
    return owner;
  }

  /** The block the id names; an emptied paragraph is dropped in favour of the block before it. */
  private static Node owner(Paragraph paragraph) {
    // Raw HTML blocks write no attributes, so an id meant for one stays on its own paragraph.
    if (paragraph.getFirstChild() == null
        && paragraph.getPrevious() != null
        && !(paragraph.getPrevious() instanceof HtmlBlock)) {
      Node previous = paragraph.getPrevious();
      paragraph.unlink();
      return previous;
    }
    return paragraph.getParent() instanceof ListItem item ? item : paragraph;
  }
}
