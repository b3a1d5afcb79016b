package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.html.PassHarness.page;
import static org.notebake.html.PassHarness.run;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

class InternalLinkCheckPassTest {
  private static final Set<String> SITE =
      Set.of(
          "index.html",
          "essays/a.html",
          "essays/signals.html",
          "essays/index.html",
          "photos/index.html",
          "notes/Caf\u00e9 notes.html",
          "img/cat.webp",
          "css/site.css");
  private final InternalLinkCheckPass pass = new InternalLinkCheckPass();

  @Test
  void misspelledRelativeLinkIsAnErrorAtTheSourceNote() {
    PageContext context =
        new PageContext(
            "essays/a.html",
            "content/essays/a.md",
            "https://avery.example.org/",
            SITE::contains,
            page -> null);

    List<Diagnostic> found = check("<a href=\"../essays/sigals.html\">s</a>", context);

    assertThat(found)
        .extracting(Diagnostic::format)
        .containsExactly(
            "content/essays/a.md: error: link \"../essays/sigals.html\" on page essays/a.html"
                + " points to no page of the site; fix the link or publish its target");
  }

  @Test
  void linksToPagesTheSiteWritesPass() {
    String html =
        "<a href=\"signals.html\">1</a><a href=\"../index.html\">2</a><a href=\"./\">3</a>"
            + "<a href=\"../photos/\">4</a><a href=\"../photos\">5</a><a href=\"/essays/a.html\">6</a>"
            + "<a href=\"../notes/Caf%C3%A9%20notes.html?ref=x\">7</a><a href=\"..\">8</a>"
            + "<img src=\"../img/cat.webp\"><link rel=\"stylesheet\" href=\"../css/site.css\">"
            + "<a href=\"https://avery.example.org/essays/signals.html\">9</a>"
            + "<a href=\"https://avery.example.org\">10</a>";

    assertThat(check(html, page("essays/a.html", SITE))).isEmpty();
  }

  @Test
  void otherSchemesHostsAndBareHashesAreNotChecked() {
    String html =
        "<a href=\"https://example.org/missing.html\">1</a><a href=\"//cdn.example.org/x.js\">2</a>"
            + "<a href=\"mailto:avery@example.org\">3</a><a href=\"tel:+19125550142\">4</a>"
            + "<img src=\"data:image/png;base64,iVBORw0KGgo=\"><a href=\"#\">5</a><a href=\"\">6</a>";

    assertThat(check(html, page("essays/a.html", SITE))).isEmpty();
  }

  @Test
  void brokenTemplateLinkOnAGeneratedPageNamesItsLineAndColumn() {
    List<Diagnostic> found =
        checkParsedWithPositions(
            "<!doctype html>\n<html><body>\n  <nav><a href=\"/tags/\">Tags</a></nav>\n",
            page("index.html", SITE));

    assertThat(found)
        .extracting(Diagnostic::format)
        .containsExactly(
            "index.html:3:8: error: link \"/tags/\" on page index.html points to no page of the"
                + " site; fix the link or publish its target");
  }

  @Test
  void missingImageIsReportedAsASource() {
    assertThat(check("<img src=\"cat.png\">", page("essays/a.html", SITE)))
        .extracting(Diagnostic::message)
        .containsExactly(
            "src \"cat.png\" on page essays/a.html points to no file of the site; fix the path or"
                + " publish the file");
  }

  @Test
  void linkClimbingAboveTheRootLeavesTheSite() {
    assertThat(check("<a href=\"../../x.html\">x</a>", page("essays/a.html", SITE)))
        .extracting(Diagnostic::message)
        .containsExactly(
            "link \"../../x.html\" on page essays/a.html leads outside the site; make it relative"
                + " to the page or absolute");
  }

  @Test
  void fragmentMustBeAnIdOfTheOwnPage() {
    String html = "<h2 id=\"why\">Why</h2><a href=\"#why\">ok</a><a href=\"#^block-1\">bad</a>";

    assertThat(check(html, page("essays/a.html", SITE)))
        .extracting(Diagnostic::message)
        .containsExactly(
            "link \"#^block-1\" on page essays/a.html points to \"#^block-1\", which is no heading"
                + " or anchor on essays/a.html; fix the fragment or the heading it names");
  }

  @Test
  void fragmentIsCheckedAgainstTheTargetPageWhenItsIdsAreKnown() {
    PageContext context =
        page(
            "essays/a.html",
            SITE,
            Map.of("essays/signals.html", Set.of("loss", "^block-1", "caf\u00e9")));
    String html =
        "<a href=\"signals.html#loss\">1</a><a href=\"signals.html#%5Eblock-1\">2</a>"
            + "<a href=\"signals.html#caf%C3%A9\">3</a><a href=\"signals.html#gain\">4</a>"
            + "<a href=\"../index.html#unknown-ids\">5</a>";

    assertThat(check(html, context))
        .extracting(Diagnostic::message)
        .containsExactly(
            "link \"signals.html#gain\" on page essays/a.html points to \"#gain\", which is no"
                + " heading or anchor on essays/signals.html; fix the fragment or the heading it"
                + " names");
  }

  @Test
  void siteServedFromASubPathResolvesRootLinksBelowIt() {
    PageContext context =
        new PageContext(
            "essays/a.html", null, "https://example.org/avery/", SITE::contains, page -> null);
    String html =
        "<a href=\"/avery/essays/signals.html\">1</a><a href=\"/avery/\">2</a>"
            + "<a href=\"https://example.org/avery/photos/\">3</a><a href=\"/essays/a.html\">4</a>";

    assertThat(check(html, context))
        .extracting(Diagnostic::message)
        .containsExactly(
            "link \"/essays/a.html\" on page essays/a.html leads outside the site; make it relative"
                + " to the page or absolute");
  }

  @Test
  void passDoesNotChangeThePage() {
    String html = "<a href=\"missing.html\">x</a>";

    assertThat(run(pass, html, page("a.html", SITE), new Diagnostics())).isEqualTo(html);
  }

  private List<Diagnostic> check(String bodyHtml, PageContext context) {
    Diagnostics diagnostics = new Diagnostics();
    run(pass, bodyHtml, context, diagnostics);
    return diagnostics.sorted();
  }

  private List<Diagnostic> checkParsedWithPositions(String html, PageContext context) {
    Diagnostics diagnostics = new Diagnostics();
    pass.apply(HtmlPipeline.standard().parse(html), context, diagnostics);
    return diagnostics.sorted();
  }
}
