package org.notebake.html;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.SiteAddress;

/**
 * Marks links to other sites: {@code rel="noopener noreferrer"} (merged with any rel already there)
 * so the target learns neither the opener nor the page a reader came from, and class {@code
 * external} for styling. No {@code target="_blank"}: where a link opens is the reader's choice.
 *
 * <pre>{@code
 * <a href="https://example.org/x" rel="me">x</a>
 * -> <a href="https://example.org/x" rel="me noopener noreferrer" class="external">x</a>
 * }</pre>
 */
public final class ExternalLinksPass implements HtmlPass {
  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    String siteHost = SiteAddress.of(context.siteHost()).host();
    for (Element link : page.getElementsByTag("a")) {
      if (!link.hasAttr("href")) {
        continue;
      }
      Optional<String> linkHost = SiteAddress.hostOf(link.attr("href"));
      if (linkHost.isPresent() && !linkHost.get().equals(siteHost)) {
        link.attr("rel", withNoOpener(link.attr("rel")));
        link.addClass("external");
      }
    }
  }

  private static String withNoOpener(String rel) {
    Set<String> tokens = new LinkedHashSet<>();
    for (String token : rel.trim().split("\\s+")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    tokens.add("noopener");
    tokens.add("noreferrer");
    return String.join(" ", tokens);
  }
}
