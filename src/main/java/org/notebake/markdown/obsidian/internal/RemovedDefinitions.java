package org.notebake.markdown.obsidian.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * Link reference definitions removed with a private part of a note, and the links elsewhere that
 * used them.
 *
 * <p>CommonMark registers {@code [x]: https://example.org/secret} while it parses blocks, before
 * any post-processor can remove the callout or comment holding it, so a public {@code [plan][x]}
 * would still link to the private URL. {@link #unlinkUses} turns every link or image whose
 * destination and title are those of a removed definition into its plain text. A public inline link
 * to exactly the same URL and title loses its link too: private wins.
 */
public final class RemovedDefinitions {

  private record Target(String destination, String title) {}

  private final Set<Target> targets = new HashSet<>();

  /** Remembers the definitions in {@code removed} (the node itself included), before it goes. */
  public void collect(Node removed) {
    if (removed instanceof LinkReferenceDefinition definition) {
      targets.add(new Target(definition.getDestination(), definition.getTitle()));
      return;
    }
    removed.accept(
        new AbstractVisitor() {
          @Override
          public void visit(LinkReferenceDefinition definition) {
            targets.add(new Target(definition.getDestination(), definition.getTitle()));
          }
        });
  }

  /** Replaces each link or image that points where a removed definition did with its text. */
  public void unlinkUses(Node document) {
    if (targets.isEmpty()) {
      return;
    }
    List<Node> uses = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            check(link, link.getDestination(), link.getTitle());
          }

          @Override
          public void visit(Image image) {
            check(image, image.getDestination(), image.getTitle());
          }

          private void check(Node node, String destination, String title) {
            if (targets.contains(new Target(destination, title))) {
              uses.add(node);
            } else {
              visitChildren(node);
            }
          }
        });
    uses.forEach(RemovedDefinitions::replaceWithChildren);
  }

  private static void replaceWithChildren(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }
}
