package org.notebake.markdown.obsidian.math;

import java.util.Objects;
import org.commonmark.node.CustomNode;

/**
 * TeX inside a paragraph: {@code $x^2$}, or {@code $$x^2$$} written within a line of text (shown in
 * display style). The node has no children; its TeX is kept exactly as written between the dollars.
 */
public final class InlineMath extends CustomNode {

  private final String tex;
  private final boolean display;

  /**
   * @param tex the TeX between the delimiters, byte for byte
   * @param display true for {@code $$..$$}
   */
  public InlineMath(String tex, boolean display) {
    this.tex = Objects.requireNonNull(tex, "tex");
    this.display = display;
  }

  /** The TeX between the dollars, e.g. {@code "e^{i\\pi} = -1"}. */
  public String tex() {
    return tex;
  }

  /** True for {@code $$..$$} inside a line: typeset in display style. */
  public boolean display() {
    return display;
  }

  @Override
  protected String toStringAttributes() {
    return "tex=" + tex + ", display=" + display;
  }
}
