package org.notebake.html;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.notebake.diagnostics.Diagnostics;

/** Runs one pass over an HTML string the way the pipeline would, and returns the body. */
final class PassHarness {
  private PassHarness() {}

  static PageContext page(String outputPath, Set<String> siteFiles) {
    return page(outputPath, siteFiles, Map.of());
  }

  static PageContext page(
      String outputPath, Set<String> siteFiles, Map<String, Set<String>> idsByPage) {
    return new PageContext(
        outputPath, null, "https://avery.example.org/", siteFiles::contains, idsByPage::get);
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
