package org.notebake.html;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.notebake.diagnostics.Diagnostics;

/** Runs one pass over an HTML string the way the pipeline would, and returns the body. */
final class PassHarness {
  private PassHarness() {}

  static PageContext page(String outputPath, Set<String> siteFiles) {
    return new PageContext(outputPath, null, "https://avery.example.org/", siteFiles::contains);
  }

  static String run(HtmlPass pass, String bodyHtml) {
    return run(pass, bodyHtml, page("index.html", Set.of("index.html")), new Diagnostics());
  }

  static String run(HtmlPass pass, String bodyHtml, PageContext context, Diagnostics diagnostics) {
    Document page = Jsoup.parse(bodyHtml);
    page.outputSettings().prettyPrint(false);
    pass.apply(page, context, diagnostics);
    return page.body().html();
  }
}
