package org.notebake.markdown.obsidian.task.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.notebake.markdown.obsidian.task.TaskMarker;

/** Writes a custom task status as a checked, disabled checkbox carrying {@code data-task}. */
public final class TaskMarkerHtmlNodeRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;

  public TaskMarkerHtmlNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(TaskMarker.class);
  }

  @Override
  public void render(Node node) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("type", "checkbox");
    attributes.put("disabled", "");
    attributes.put("checked", "");
    attributes.put("data-task", ((TaskMarker) node).status());
    context.getWriter().tag("input", context.extendAttributes(node, "input", attributes), true);
  }
}
