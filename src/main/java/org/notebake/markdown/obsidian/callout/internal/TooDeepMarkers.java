package org.notebake.markdown.obsidian.callout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Finds removed-type callout markers that the parser left as text because they were nested too
 * deep: commonmark-java opens at most 100 blocks, and past that {@code > > … > [!private] PIN} is a
 * paragraph, {@code >} signs and all. Such a paragraph, and what follows it in the same container
 * (the callout it was meant to open would hold that too), is private.
 */
final class TooDeepMarkers {

  /** commonmark-java's default {@code maxOpenBlockParsers}, less room for a callout's two. */
  private static final int DEPTH = 100 - 3;

  private static final Pattern MARKER = Pattern.compile("^[>\\s]*" + CalloutBlockParser.TYPE);

  private TooDeepMarkers() {}

  /** The first node of each run of nodes to remove: a paragraph and its next siblings. */
  static List<Node> find(Node document, Set<String> removedTypes) {
    List<Node> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            if (depth(paragraph) >= DEPTH && opensRemoved(paragraph, removedTypes)) {
              found.add(paragraph);
            }
          }
        });
    return found;
  }

  private static int depth(Node node) {
    int depth = 0;
    for (Node p = node.getParent(); p != null && !(p instanceof Document); p = p.getParent()) {
      depth++;
    }
    return depth;
  }

  private static boolean opensRemoved(Paragraph paragraph, Set<String> removedTypes) {
    StringBuilder start = new StringBuilder();
    for (Node n = paragraph.getFirstChild(); n instanceof Text text; n = n.getNext()) {
      start.append(text.getLiteral());
    }
    Matcher matcher = MARKER.matcher(start);
    return matcher.find() && CalloutTypes.isRemoved(matcher.group(1), removedTypes);
  }
}
