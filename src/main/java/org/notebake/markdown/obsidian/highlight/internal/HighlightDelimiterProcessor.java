package org.notebake.markdown.obsidian.highlight.internal;

import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;
import org.notebake.markdown.obsidian.highlight.Highlight;

/** Wraps the nodes between two {@code ==} runs in a {@link Highlight}; a single '=' is text. */
public final class HighlightDelimiterProcessor implements DelimiterProcessor {

  @Override
  public char getOpeningCharacter() {
    return '=';
  }

  @Override
  public char getClosingCharacter() {
    return '=';
  }

  @Override
  public int getMinLength() {
    return 2;
  }

  @Override
  public int process(DelimiterRun openingRun, DelimiterRun closingRun) {
    if (openingRun.length() < 2 || closingRun.length() < 2) {
      return 0;
    }
    // Use exactly two delimiters even when there are more, as commonmark's ins extension does.
    Text opener = openingRun.getOpener();
    Node highlight = new Highlight();
    SourceSpans sourceSpans = new SourceSpans();
    sourceSpans.addAllFrom(openingRun.getOpeners(2));
    for (Node node : Nodes.between(opener, closingRun.getCloser())) {
      highlight.appendChild(node);
      sourceSpans.addAll(node.getSourceSpans());
    }
    sourceSpans.addAllFrom(closingRun.getClosers(2));
    highlight.setSourceSpans(sourceSpans.getSourceSpans());
    opener.insertAfter(highlight);
    return 2;
  }
}
