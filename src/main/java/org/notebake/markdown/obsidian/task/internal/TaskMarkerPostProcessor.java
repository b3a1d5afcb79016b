package org.notebake.markdown.obsidian.task.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.notebake.markdown.obsidian.internal.TextSlicer;
import org.notebake.markdown.obsidian.task.TaskMarker;

/** Finds {@code [c] } at the start of a list item's first paragraph. */
public final class TaskMarkerPostProcessor implements PostProcessor {

  // One character, not a bracket, space, x or X (commonmark's own), then whitespace.
  private static final Pattern MARKER = Pattern.compile("^\\[([^\\[\\]\\sxX])\\](?=\\s)");

  @Override
  public Node process(Node document) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(ListItem item) {
            mark(item);
            visitChildren(item);
          }
        });
    return document;
  }

  private static void mark(ListItem item) {
    if (!(item.getFirstChild() instanceof Paragraph paragraph)
        || !(paragraph.getFirstChild() instanceof Text text)) {
      return;
    }
    Matcher matcher = MARKER.matcher(text.getLiteral());
    if (!matcher.find()) {
      return;
    }
    TaskMarker marker = new TaskMarker(matcher.group(1));
    marker.setSourceSpans(TextSlicer.spans(text, 0, matcher.end()));
    text.insertBefore(marker);
    text.insertBefore(TextSlicer.slice(text, matcher.end(), text.getLiteral().length()));
    text.unlink();
  }
}
