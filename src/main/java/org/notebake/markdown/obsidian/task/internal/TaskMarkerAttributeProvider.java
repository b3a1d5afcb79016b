package org.notebake.markdown.obsidian.task.internal;

import java.util.Map;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;
import org.notebake.markdown.obsidian.task.TaskMarker;

/** Gives the {@code <li>} of a custom-status task the same {@code data-task} as its checkbox. */
public final class TaskMarkerAttributeProvider implements AttributeProvider {

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof ListItem
        && node.getFirstChild() instanceof Paragraph paragraph
        && paragraph.getFirstChild() instanceof TaskMarker marker) {
      attributes.put("data-task", marker.status());
    }
  }
}
