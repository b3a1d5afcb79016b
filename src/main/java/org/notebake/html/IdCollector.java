package org.notebake.html;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lists the fragment targets of a page, which {@link InternalLinkCheckPass} checks links against
 * (through the {@link FragmentIndex} for links from other pages).
 *
 * <pre>{@code
 * IdCollector.ids(Jsoup.parse("<h2 id=\"intro\">Intro</h2><a name=\"old\"></a>"))  // [intro, old]
 * }</pre>
 */
public final class IdCollector {
  private IdCollector() {}

  /** Every non-empty {@code id}, plus {@code a[name]}, which browsers also scroll to. */
  public static Set<String> ids(Document page) {
    Set<String> ids = new LinkedHashSet<>();
    for (Element element : page.getAllElements()) {
      addIfPresent(ids, element.id());
      if (element.normalName().equals("a")) {
        addIfPresent(ids, element.attr("name"));
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  private static void addIfPresent(Set<String> ids, String id) {
    if (!id.isEmpty()) {
      ids.add(id);
    }
  }
}
