package org.notebake.markdown.obsidian.callout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;
import org.notebake.markdown.obsidian.callout.Callout;
import org.notebake.markdown.obsidian.internal.RemovedDefinitions;

/**
 * Removes callouts of the configured types (by default {@code [!private]}, also as the first word
 * of a longer type, {@code [!private notes]}) with everything inside them, right after parsing, so
 * no later stage can render, link or index their content. The callout is whatever the parser put in
 * it, lazy continuation lines included; links elsewhere that use a link reference definition
 * written inside it lose their link. A marker nested too deep for the parser to read is removed too
 * (see {@link TooDeepMarkers}), and so is one inside raw HTML, with the rest of its HTML block (see
 * {@link RawHtmlMarkers}).
 */
public final class CalloutRemover implements PostProcessor {

  private final Set<String> removedTypes;

  /**
   * @param removedTypes callout types to remove, {@linkplain CalloutTypes#folded folded}
   */
  public CalloutRemover(Set<String> removedTypes) {
    this.removedTypes = Set.copyOf(removedTypes);
  }

  /** A removed type ({@link CalloutTypes#isRemoved}). */
  private boolean isRemoved(String type) {
    return CalloutTypes.isRemoved(type, removedTypes);
  }

  @Override
  public Node process(Node document) {
    if (removedTypes.isEmpty()) {
      return document;
    }
    List<Callout> removed = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof Callout callout && isRemoved(callout.type())) {
              removed.add(callout);
            } else {
              visitChildren(block);
            }
          }

          @Override
          public void visit(HtmlBlock block) {
            String cut = RawHtmlMarkers.cut(block.getLiteral(), removedTypes);
            if (cut != null) {
              block.setLiteral(cut);
            }
          }
        });
    RemovedDefinitions definitions = new RemovedDefinitions();
    for (Callout callout : removed) {
      definitions.collect(callout);
      callout.unlink();
    }
    for (Node first : TooDeepMarkers.find(document, removedTypes)) {
      for (Node node = first; node != null; ) {
        Node next = node.getNext();
        definitions.collect(node);
        node.unlink();
        node = next;
      }
    }
    definitions.unlinkUses(document);
    return document;
  }
}
