package org.notebake.markdown.obsidian.highlight;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Delimited;

/** Highlighted text {@code ==like this==}; its children are the highlighted inline content. */
public final class Highlight extends CustomNode implements Delimited {

  private static final String DELIMITER = "==";

  @Override
  public String getOpeningDelimiter() {
    return DELIMITER;
  }

  @Override
  public String getClosingDelimiter() {
    return DELIMITER;
  }
}
