package org.notebake.markdown.obsidian.math;

import java.util.Objects;
import org.commonmark.node.CustomBlock;

/**
 * A block of TeX between lines starting with {@code $$}: {@code $$\n\int_0^1 x\,dx\n$$}, or {@code
 * $$x^2$$} alone on its line. The node has no children; its TeX is kept exactly as written, lines
 * joined with "\n".
 */
public final class DisplayMath extends CustomBlock {

  private String tex;

  public DisplayMath(String tex) {
    this.tex = Objects.requireNonNull(tex, "tex");
  }

  /** The TeX between the delimiters, without the line breaks that only frame it. */
  public String tex() {
    return tex;
  }

  /** Sets the TeX; the block parser fills it in once the closing line is known. */
  public void setTex(String tex) {
    this.tex = Objects.requireNonNull(tex, "tex");
  }

  @Override
  protected String toStringAttributes() {
    return "tex=" + tex;
  }
}
