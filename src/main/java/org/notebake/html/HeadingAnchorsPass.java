package org.notebake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.notebake.diagnostics.Diagnostics;

/**
 * Gives every h2-h6 with an id inside {@code main} or {@code article} a self-link, so a reader can
 * copy a link to the section. Running it twice adds nothing the second time.
 *
 * <pre>{@code
 * <main><h2 id="why">Why</h2></main>
 * -> <main><h2 id="why">Why<a class="heading-anchor" href="#why" aria-label="Link to this section">#</a></h2></main>
 * }</pre>
 */
public final class HeadingAnchorsPass implements HtmlPass {
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  private final String label;

  /** Self-links labelled in English. */
  public HeadingAnchorsPass() {
    this("Link to this section");
  }

  /** Self-links whose accessible name is {@code label}, in the site's language. */
  public HeadingAnchorsPass(String label) {
    this.label = label;
  }

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    for (Element heading : headingsInMainOrArticle(page)) {
      if (heading.id().isEmpty() || hasAnchor(heading)) {
        continue;
      }
      heading
          .appendElement("a")
          .addClass("heading-anchor")
          .attr("href", "#" + heading.id())
          .attr("aria-label", label)
          .text("#");
    }
  }

  /**
   * {@code main :is(h2, h3, h4, h5, h6)[id], article :is(...)[id]} in one walk: a CSS query is
   * evaluated against every element of every page, and this pass runs on all of them.
   */
  private static List<Element> headingsInMainOrArticle(Document page) {
    List<Element> headings = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int containers;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element element) {
              if (isContainer(element)) {
                containers++;
              } else if (containers > 0
                  && HEADINGS.contains(element.normalName())
                  && element.hasAttr("id")) {
                headings.add(element);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && isContainer(element)) {
              containers--;
            }
          }
        },
        page);
    return headings;
  }

  private static boolean isContainer(Element element) {
    return element.normalName().equals("main") || element.normalName().equals("article");
  }

  private static boolean hasAnchor(Element heading) {
    for (Element child : heading.children()) {
      if (child.normalName().equals("a") && child.hasClass("heading-anchor")) {
        return true;
      }
    }
    return false;
  }
}
