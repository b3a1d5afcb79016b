package org.notebake.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
  private static final String HEADINGS =
      "main :is(h2, h3, h4, h5, h6)[id], article :is(h2, h3, h4, h5, h6)[id]";

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    for (Element heading : page.select(HEADINGS)) {
      if (heading.id().isEmpty() || !heading.select("> a.heading-anchor").isEmpty()) {
        continue;
      }
      heading
          .appendElement("a")
          .addClass("heading-anchor")
          .attr("href", "#" + heading.id())
          .attr("aria-label", "Link to this section")
          .text("#");
    }
  }
}
