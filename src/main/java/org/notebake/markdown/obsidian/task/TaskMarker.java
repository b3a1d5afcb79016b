package org.notebake.markdown.obsidian.task;

import org.commonmark.node.CustomNode;

/**
 * The checkbox of an Obsidian task with a custom status, {@code - [?] ask}: any one character
 * besides a space, {@code x} and {@code X} (those are commonmark's task list items). It is shown
 * checked and carries the character as {@code data-task}, as Obsidian themes expect.
 */
public final class TaskMarker extends CustomNode {

  private final String status;

  public TaskMarker(String status) {
    this.status = status;
  }

  /** The status character as written, e.g. "?", "-", "&gt;". */
  public String status() {
    return status;
  }

  @Override
  protected String toStringAttributes() {
    return "status=" + status;
  }
}
