package org.notebake.markdown.obsidian.blockid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.notebake.markdown.obsidian.blockid.BlockId;

/**
 * Moves a trailing {@code ^block-id} out of a paragraph's text into a {@link BlockId} node.
 *
 * <p>{@code Some text ^abc} names its paragraph, or its list item when the paragraph is in one
 * (tight list items render no {@code <p>} to carry the id). A paragraph that is only {@code ^abc}
 * names the block before it, which is how Obsidian names tables, quotes and lists.
 */
public final class BlockIdPostProcessor implements PostProcessor {

  private static final Pattern TRAILING_ID = Pattern.compile("(^|[ \\t])\\^([A-Za-z0-9-]+)$");

  @Override
  public Node process(Node document) {
    List<Paragraph> paragraphs = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            paragraphs.add(paragraph);
            visitChildren(paragraph);
          }
        });
    paragraphs.forEach(BlockIdPostProcessor::extract);
    return document;
  }

  private static void extract(Paragraph paragraph) {
    if (!(paragraph.getLastChild() instanceof Text text)) {
      return;
    }
    Matcher matcher = TRAILING_ID.matcher(text.getLiteral());
    if (!matcher.find()) {
      return;
    }
    BlockId blockId = new BlockId(matcher.group(2));
    String rest = text.getLiteral().substring(0, matcher.start()).stripTrailing();
    if (rest.isEmpty()) {
      text.unlink();
    } else {
      text.setLiteral(rest);
    }
    owner(paragraph).prependChild(blockId);
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
