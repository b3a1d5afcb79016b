package org.notebake.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Unlinks the address the autolinker found in git's SCP-style remote: in {@code git clone
 * git@gitlab.com:group/project.git} it linked {@code git@gitlab.com} as {@code mailto:}, so the
 * page offered to e-mail a git host and the remote was cut in two (its address alone, without the
 * path that tells it is a remote, then read as an e-mail address by the privacy gate). The remote
 * stays plain text, as in a code span. The render parser runs it after the autolinker.
 *
 * <pre>{@code
 * // "git@gitlab.com:group/project.git": one Text, no Link
 * }</pre>
 */
final class GitRemotes implements PostProcessor {

  @Override
  public Node process(Node document) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            if (isRemotesAddress(link)) {
              Text address = (Text) link.getFirstChild();
              Text rest = (Text) link.getNext();
              rest.setLiteral(address.getLiteral() + rest.getLiteral());
              link.unlink();
            } else {
              visitChildren(link);
            }
          }
        });
    return document;
  }

  /** {@code git@host} linked as {@code mailto:git@host}, followed by {@code :path}. */
  private static boolean isRemotesAddress(Link link) {
    if (!(link.getFirstChild() instanceof Text address)
        || address.getNext() != null
        || !(link.getNext() instanceof Text rest)) {
      return false;
    }
    String text = address.getLiteral();
    String after = rest.getLiteral();
    return text.startsWith("git@")
        && writtenAsText(link, text)
        && ("mailto:" + text).equals(link.getDestination())
        && after.length() >= 2
        && after.charAt(0) == ':'
        && isPathStart(after.charAt(1));
  }

  /** Written as the bare address (the autolinker's), not as {@code [text](mailto:…)}. */
  private static boolean writtenAsText(Link link, String text) {
    int written = 0;
    for (org.commonmark.node.SourceSpan span : link.getSourceSpans()) {
      written += span.getLength();
    }
    return written == text.length();
  }

  private static boolean isPathStart(char c) {
    return Character.isLetterOrDigit(c) || c == '/' || c == '~' || c == '_';
  }
}
