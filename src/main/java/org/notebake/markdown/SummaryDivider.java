package org.notebake.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Hugo's summary divider, {@code <!--more-->}: where a note's own page marks it, the summary is the
 * text before it (a Hugo blog's 96 posts ended their summaries there, and notebake's took the first
 * 200 characters instead). The first divider becomes an empty {@code <span class="summary-end">},
 * which the sanitiser reads for the summary and takes out of the page; a comment otherwise, removed
 * as every comment is.
 */
final class SummaryDivider {
  /** The class of the mark the sanitiser looks for. */
  static final String MARK = "<span class=\"summary-end\"></span>";

  private SummaryDivider() {}

  /** Turns the first {@code <!--more-->} of {@code document} into the mark. */
  static void mark(Node document) {
    document.accept(
        new AbstractVisitor() {
          private boolean done;

          @Override
          public void visit(HtmlBlock block) {
            if (!done && isDivider(block.getLiteral())) {
              block.setLiteral(MARK);
              done = true;
            }
          }

          @Override
          public void visit(HtmlInline inline) {
            if (!done && isDivider(inline.getLiteral())) {
              inline.setLiteral(MARK);
              done = true;
            }
          }
        });
  }

  private static boolean isDivider(String literal) {
    return literal != null && literal.strip().equals("<!--more-->");
  }
}
