package org.notebake.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.notebake.diagnostics.Diagnostics;

/**
 * Names a footnote's way back to its reference in the site's language: the Markdown renderer writes
 * English, which a screen reader on a French site would read out. Theme pages only, and only for a
 * site not in English.
 *
 * <pre>{@code
 * new FootnoteLabelsPass("Retour à la référence {0}") on
 * <a class="footnote-backref" aria-label="Back to reference 2">↩</a>
 * -> <a class="footnote-backref" aria-label="Retour à la référence 2">↩</a>
 * }</pre>
 */
public final class FootnoteLabelsPass implements HtmlPass {
  static final String ENGLISH = "Back to reference ";

  private final String pattern;

  /** {@code pattern} has {@code {0}} where the reference's number goes. */
  public FootnoteLabelsPass(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    for (Element link : page.getElementsByClass("footnote-backref")) {
      String label = link.attr("aria-label");
      if (label.startsWith(ENGLISH)) {
        link.attr("aria-label", pattern.replace("{0}", label.substring(ENGLISH.length())));
      }
    }
  }
}
