package org.notebake.markdown.obsidian.tag;

import java.util.Objects;
import org.commonmark.node.CustomNode;

/**
 * An inline Obsidian tag: {@code #area/sub} gives name "area/sub". Its source span covers the '#'
 * and the name.
 */
public final class Tag extends CustomNode {

  private final String name;

  /**
   * @param name the tag without '#', e.g. "observability" or "area/sub"
   */
  public Tag(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The tag without '#', as written (case kept). */
  public String name() {
    return name;
  }

  @Override
  protected String toStringAttributes() {
    return "name=" + name;
  }
}
