package org.notebake.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.notebake.markdown.obsidian.ObsidianResolver;
import org.notebake.markdown.obsidian.ObsidianUri;

/**
 * The Markdown links of a note whose destination has a scheme ({@code [text](sms:+1...)}, {@code
 * <irc://example.org>}), where the note writes them, for the site to say which of them the
 * sanitiser takes the target of. An {@code obsidian://open} link to a note of this vault is no such
 * link: it is resolved as a wikilink ({@link ObsidianUri}).
 *
 * <pre>{@code
 * SchemeLinks.find(document, resolver);
 * // [Found[destination=sms:+19125550142, line=3, column=6]]
 * }</pre>
 */
public final class SchemeLinks {
  private static final Pattern SCHEME = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9+.\\-]*:");

  private SchemeLinks() {}

  /**
   * One link: its destination as written, and the 1-based line and column of its {@code [} or
   * {@code <} in the note (0 when not known).
   */
  public record Found(String destination, int line, int column) {}

  /** Every link in {@code document} with a scheme, in document order. */
  public static List<Found> find(Node document, ObsidianResolver resolver) {
    List<Found> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            String destination = link.getDestination();
            if (destination != null
                && SCHEME.matcher(destination).find()
                && (resolver == null || ObsidianUri.ofNote(destination, resolver).isEmpty())) {
              List<SourceSpan> spans = link.getSourceSpans();
              found.add(
                  spans.isEmpty()
                      ? new Found(destination, 0, 0)
                      : new Found(
                          destination,
                          spans.get(0).getLineIndex() + 1,
                          spans.get(0).getColumnIndex() + 1));
            }
            visitChildren(link);
          }
        });
    return found;
  }
}
