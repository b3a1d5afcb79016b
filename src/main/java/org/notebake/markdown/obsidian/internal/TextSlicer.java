package org.notebake.markdown.obsidian.internal;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;

/**
 * Cuts {@link Text} nodes into pieces while keeping each piece's source span, so diagnostics can
 * still point at the exact line and column.
 *
 * <p>A text node's span is exact when its literal is as long as its source. When an entity or an
 * escape was folded into the literal ({@code &amp;} is one character but five in the source), the
 * lengths differ and a piece's column is an estimate: its offset in the literal.
 */
public final class TextSlicer {

  private TextSlicer() {}

  /** The source spans of {@code text.getLiteral().substring(start, end)}. */
  public static List<SourceSpan> spans(Text text, int start, int end) {
    List<SourceSpan> spans = text.getSourceSpans();
    if (spans.isEmpty()) {
      return List.of();
    }
    SourceSpan first = spans.get(0);
    int available = Math.max(0, first.getLength() - start);
    int length = Math.min(end - start, available);
    return List.of(
        SourceSpan.of(
            first.getLineIndex(),
            first.getColumnIndex() + start,
            first.getInputIndex() + start,
            Math.max(0, length)));
  }

  /** A new text node holding {@code literal[start, end)} of {@code text}, with its span. */
  public static Text slice(Text text, int start, int end) {
    Text piece = new Text(text.getLiteral().substring(start, end));
    piece.setSourceSpans(spans(text, start, end));
    return piece;
  }

  /** Merges {@code text} into adjacent text siblings; returns the surviving node. */
  public static Text mergeWithNeighbours(Text text) {
    Text merged = text;
    if (merged.getPrevious() instanceof Text previous) {
      append(previous, merged);
      merged = previous;
    }
    if (merged.getNext() instanceof Text next) {
      append(merged, next);
    }
    return merged;
  }

  private static void append(Text into, Text from) {
    SourceSpans spans = new SourceSpans();
    spans.addAll(into.getSourceSpans());
    spans.addAll(from.getSourceSpans());
    into.setLiteral(into.getLiteral() + from.getLiteral());
    into.setSourceSpans(spans.getSourceSpans());
    from.unlink();
  }

  /** 1-based line of the node's first source span, or 0 without spans. */
  public static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }

  /** 1-based column of the node's first source span, or 0 without spans. */
  public static int column(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
  }
}
