package org.notebake.markdown.obsidian.comment.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.notebake.markdown.obsidian.internal.RemovedDefinitions;
import org.notebake.markdown.obsidian.internal.TextSlicer;

/**
 * Removes Obsidian comments from the parsed document: everything from a {@code %%} in text to the
 * next {@code %%} in text, in document order, across inline nodes, paragraphs and whole blocks. An
 * unclosed {@code %%} hides the rest of the note, as Obsidian does.
 *
 * <p>Working on the AST instead of the raw source keeps {@code %%} inside code spans and code
 * blocks intact: those are not text nodes, so they neither open nor close a comment (inside a
 * comment they are removed with everything else). Containers left empty by the removal are removed
 * too, so no empty {@code <p>} or list item hints that something was there. Links' and images' URLs
 * and titles lose their comments as well.
 */
public final class CommentRemover implements PostProcessor {

  private static final String MARKER = "%%";

  @Override
  public Node process(Node document) {
    List<Node> nodes = preOrder(document);
    Set<Node> hadChildren = new HashSet<>();
    Set<Node> startedInComment = new HashSet<>();
    Set<Node> touched = new HashSet<>();
    boolean inComment = false;
    RemovedDefinitions definitions = new RemovedDefinitions();
    Set<Node> addresses = new HashSet<>();
    for (Node node : nodes) {
      if (node instanceof Link link && isAutolink(link)) {
        addresses.add(link.getFirstChild());
      }
      stripDestinationAndTitle(node);
      if (addresses.contains(node) && !inComment) {
        // An autolink's text is its URL: a %% in it is the URL's, as in a link's destination, and
        // neither opens nor closes a comment of the text around it.
        Text address = (Text) node;
        address.setLiteral(withoutComments(address.getLiteral()));
      } else if (node.getFirstChild() != null) {
        hadChildren.add(node);
        if (inComment) {
          startedInComment.add(node);
        }
      } else if (node instanceof Text text) {
        Node parent = text.getParent();
        boolean before = inComment;
        inComment = strip(text, inComment);
        if (before || inComment || text.getParent() == null) {
          touched.add(parent);
        }
      } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        touched.add(node.getParent());
        inComment = stripRaw(node, inComment);
      } else if (inComment) {
        touched.add(node.getParent());
        definitions.collect(node);
        node.unlink();
      }
    }
    removeEmptied(nodes, hadChildren, startedInComment);
    definitions.unlinkUses(document);
    touched.forEach(CommentRemover::trimLineBreaks);
    return document;
  }

  /**
   * Cuts the commented parts out of one text node; returns whether a comment is still open after
   * it. Kept pieces become separate text nodes so their source spans stay exact.
   */
  private static boolean strip(Text text, boolean inComment) {
    String literal = text.getLiteral();
    int marker = literal.indexOf(MARKER);
    if (marker < 0) {
      if (inComment) {
        text.unlink();
      }
      return inComment;
    }
    boolean open = inComment;
    int keptFrom = 0;
    while (marker >= 0) {
      if (!open && marker > keptFrom) {
        text.insertBefore(TextSlicer.slice(text, keptFrom, marker));
      }
      open = !open;
      keptFrom = marker + MARKER.length();
      marker = literal.indexOf(MARKER, keptFrom);
    }
    if (!open && keptFrom < literal.length()) {
      text.insertBefore(TextSlicer.slice(text, keptFrom, literal.length()));
    }
    text.unlink();
    return open;
  }

  /**
   * A link's or image's URL and title (its own or its reference definition's) lose their comments
   * too; an unclosed one hides the rest of that URL or title only, since neither can reach into the
   * text around them. A URL never holds {@code %%} otherwise: a {@code %} starts two hex digits.
   */
  private static void stripDestinationAndTitle(Node node) {
    if (node instanceof Link link) {
      link.setDestination(withoutComments(link.getDestination()));
      link.setTitle(withoutComments(link.getTitle()));
    } else if (node instanceof Image image) {
      image.setDestination(withoutComments(image.getDestination()));
      image.setTitle(withoutComments(image.getTitle()));
    }
  }

  /**
   * {@code <https://example.org/a>} or {@code <jo@example.org>}: a link whose one text is its
   * address. (A bare {@code www.example.org} is linked only after comments are gone: it is text
   * here, as in Obsidian.)
   */
  private static boolean isAutolink(Link link) {
    if (!(link.getFirstChild() instanceof Text text) || text.getNext() != null) {
      return false;
    }
    String shown = text.getLiteral();
    String destination = link.getDestination();
    return destination != null
        && (destination.equals(shown) || destination.equals("mailto:" + shown));
  }

  private static String withoutComments(String value) {
    if (value == null || !value.contains(MARKER)) {
      return value;
    }
    StringBuilder kept = new StringBuilder(value.length());
    boolean open = false;
    int from = 0;
    for (int marker = value.indexOf(MARKER); marker >= 0; marker = value.indexOf(MARKER, from)) {
      if (!open) {
        kept.append(value, from, marker);
      }
      open = !open;
      from = marker + MARKER.length();
    }
    if (!open) {
      kept.append(value, from, value.length());
    }
    return kept.toString();
  }

  /**
   * Raw HTML is scanned like text, so a comment around or inside it hides it too. A raw node that a
   * comment touches is dropped whole: cutting raw HTML apart could leave, say, an unclosed {@code
   * <!--} that swallows the rest of the page.
   */
  private static boolean stripRaw(Node node, boolean inComment) {
    String literal =
        node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
    int markers = 0;
    for (int at = literal.indexOf(MARKER); at >= 0; at = literal.indexOf(MARKER, at + 2)) {
      markers++;
    }
    if (inComment || markers > 0) {
      node.unlink();
    }
    return inComment ^ (markers % 2 == 1);
  }

  /** Children come after their parents in pre-order, so walking backwards empties bottom-up. */
  private static void removeEmptied(
      List<Node> nodes, Set<Node> hadChildren, Set<Node> startedInComment) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      Node node = nodes.get(i);
      boolean emptied = hadChildren.contains(node) && node.getFirstChild() == null;
      // A table cell emptied by a comment inside it must stay, or the row's cells shift columns.
      boolean keep =
          node instanceof Document
              || (node instanceof TableCell && !startedInComment.contains(node));
      if (emptied && !keep) {
        node.unlink();
      }
    }
  }

  /** A line break left at the start or end of a paragraph belonged to a removed comment line. */
  private static void trimLineBreaks(Node parent) {
    while (isLineBreak(parent.getFirstChild())) {
      parent.getFirstChild().unlink();
    }
    while (isLineBreak(parent.getLastChild())) {
      parent.getLastChild().unlink();
    }
  }

  private static boolean isLineBreak(Node node) {
    return node instanceof SoftLineBreak || node instanceof HardLineBreak;
  }

  private static List<Node> preOrder(Node root) {
    List<Node> order = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      order.add(node);
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        stack.push(child);
      }
    }
    return order;
  }
}
