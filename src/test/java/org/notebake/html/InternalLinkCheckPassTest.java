package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.html.PassHarness.page;
import static org.notebake.html.PassHarness.run;

import java.util.List;
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
  private final FragmentIndex fragments = new FragmentIndex();
  private final InternalLinkCheckPass pass =
      new InternalLinkCheckPass(fragments, FragmentIndex.SourceLocator.NOWHERE);

  @Test
  void aLinkToAScriptTheNotesFoldersCannotPublishSaysWhereItGoes() {
    PageContext context =
        new PageContext("essays/a.html", "content/essays/a.md", "", SITE::contains);

    List<Diagnostic> found =
        check("<a href=\"../static/js/app.JS\">js</a><a href=\"../css/site.css\">ok</a>", context);

    assertThat(found)
        .extracting(Diagnostic::message)
        .containsExactly(
            "link \"../static/js/app.JS\" on page essays/a.html points to no file of the site; a"
                + " .js file is published only from the site's assets/ folder (the notes' folders"
                + " publish notes and their attachments): move it there or fix the link (the"
                + " note's text does not hold it: its template may write it)");
  }

  @Test
  void aLinkToThePageOfANoteThatIsNotPublishedSaysSo() {
    InternalLinkCheckPass told =
        new InternalLinkCheckPass(
            fragments,
            FragmentIndex.SourceLocator.NOWHERE,
            FragmentIndex.TemplateLocator.NONE,
            java.util.Map.of("essays/plans.html", "essays/plans.md")::get);
    PageContext context =
        new PageContext("essays/a.html", "content/essays/a.md", "", SITE::contains);
    Diagnostics diagnostics = new Diagnostics();

    run(told, "<a href=\"plans.html\">plans</a><img src=\"plans.html\">", context, diagnostics);

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::message)
        .first()
        .asString()
        .startsWith(
            "link \"plans.html\" on page essays/a.html points to the page of essays/plans.md, a"
                + " note that is not published; publish the note or remove the link");
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::message)
        .last()
        .asString()
        .contains("points to no file of the site");
  }

  @Test
  void aNotesHtmlLinkToANoteFileSaysToWriteAMarkdownLink() {
    PageContext context =
        new PageContext("essays/a.html", "content/essays/a.md", "", SITE::contains);

    List<Diagnostic> found = check("<a href=\"Signal%20notes.md#Intro\">signals</a>", context);

    assertThat(found)
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .startsWith(
            "link \"Signal%20notes.md#Intro\" on page essays/a.html names a note file, which the"
                + " site does not hold: an HTML link in a note is not resolved to the note's page"
                + " as a wikilink is; write [[Signal notes|its text]] instead, outside the HTML"
                + " block (Markdown inside one stays as written)");
  }

  @Test
  void aNotesHtmlLinkNamingANoteAsQuartzDoesSaysWhereItsPageIs() {
    // Kohnnn/keith-digital-garden: <a href="./Field-Notes"> (Quartz resolves it to the note)
    // was "points to no page of the site; ... publish its target", with the note published.
    Set<String> site =
        Set.of(
            "dispatches.html",
            "field-notes.html",
            "portfolio/blog.html",
            "portfolio/projects/tech-docs/index.html");
    PageContext root =
        new PageContext("dispatches.html", "content/Dispatches.md", "", site::contains);
    assertThat(check("<a href=\"./Field-Notes\">f</a>", root))
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .startsWith(
            "link \"./Field-Notes\" on page dispatches.html points to no page of the site; the note"
                + " it names is published at field-notes.html, but a link in a note's HTML is not"
                + " made into a note's address as a wikilink is: write href=\"field-notes.html\"");
    PageContext blog =
        new PageContext("portfolio/blog.html", "content/Portfolio/Blog.md", "", site::contains);
    assertThat(check("<a href=\"./Projects/Tech-Docs\">t</a> <a href=\"field-notes\">x</a>", blog))
        .extracting(Diagnostic::message)
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .startsWith(
                        "link \"./Projects/Tech-Docs\" on page portfolio/blog.html points to no"
                            + " page of the site; the note it names is published at"
                            + " portfolio/projects/tech-docs/index.html, but a link in a note's HTML"
                            + " is not made into a note's address as a wikilink is: write"
                            + " href=\"projects/tech-docs/index.html\""),
            second ->
                assertThat(second)
                    .startsWith(
                        "link \"field-notes\" on page portfolio/blog.html points to no page of the"
                            + " site; fix the link or publish its target"));
    InternalLinkCheckPass withDrafts =
        new InternalLinkCheckPass(
            fragments,
            FragmentIndex.SourceLocator.NOWHERE,
            FragmentIndex.TemplateLocator.NONE,
            java.util.Map.of("mark-memo/2026/report-w05.html", "mark-memo/2026/Report-W05.md")
                ::get);
    Diagnostics said = new Diagnostics();
    run(withDrafts, "<a href=\"../mark-memo/2026/Report-W05\">r</a>", blog, said);
    assertThat(said.sorted())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .startsWith(
            "link \"../mark-memo/2026/Report-W05\" on page portfolio/blog.html points to the page"
                + " of mark-memo/2026/Report-W05.md, a note that is not published");
    // A link with an extension names a page as it is (a JBake template's " tags.html" on a site
    // whose tags page is tags/index.html): no note is guessed at.
    Set<String> tagged = Set.of("404.html", "tags/index.html");
    assertThat(
            check(
                "<a href=\" tags.html\">t</a>",
                new PageContext("404.html", "content/404.html", "", tagged::contains)))
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .startsWith(
            "link \" tags.html\" on page 404.html points to no page of the site; fix the link or"
                + " publish its target");
    assertThat(InternalLinkCheckPass.shortestHref("a/b/c.html", "a/x/y.html"))
        .isEqualTo("../x/y.html");
    assertThat(InternalLinkCheckPass.shortestHref("c.html", "a/y.html")).isEqualTo("a/y.html");
    assertThat(InternalLinkCheckPass.shortestHref("a/c.html", "y.html")).isEqualTo("../y.html");
    assertThat(InternalLinkCheckPass.shortestHref("a/c.html", "a/y.html")).isEqualTo("y.html");
  }

  @Test
  void misspelledRelativeLinkIsAnErrorAtTheSourceNote() {
    PageContext context =
        new PageContext(
            "essays/a.html", "content/essays/a.md", "https://avery.example.org/", SITE::contains);

    List<Diagnostic> found = check("<a href=\"../essays/sigals.html\">s</a>", context);

    assertThat(found)
        .extracting(Diagnostic::format)
        .containsExactly(
            "content/essays/a.md: error: link \"../essays/sigals.html\" on page essays/a.html"
                + " points to no page of the site; fix the link or publish its target (the note's"
                + " text does not hold it: its template may write it)");
  }

  @Test
  void aBrokenLinkIsReportedAtTheLineTheNoteWritesItsAddressOrItsText() {
    String note =
        "---\ntitle: A\n---\nFirst [s](../essays/sigals.html).\n\nThen [[Gone Note|the gone note]].\n\nTags and [[Lost]] too.\n";
    FragmentIndex.SourceLocator locator =
        (sourcePath, text) -> FragmentIndex.positionOf(note, text);
    InternalLinkCheckPass located = new InternalLinkCheckPass(fragments, locator);
    PageContext context =
        new PageContext(
            "essays/a.html", "content/essays/a.md", "https://avery.example.org/", SITE::contains);
    Diagnostics diagnostics = new Diagnostics();

    run(
        located,
        "<p>First <a href=\"../essays/sigals.html\">s</a>.</p>"
            + "<p>Then <a href=\"gone-note.html\">the gone note</a>.</p>"
            + "<p>Tags and <a href=\"lost.html\">Lost</a> too.</p>"
            + "<nav><a href=\"../tags/nowhere.html\">Tags</a><img src=\"../img/none.png\"></nav>",
        context,
        diagnostics);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.line() + ":" + d.column() + " " + d.message().split(" on page")[0])
        .containsExactly(
            "0:0 link \"../tags/nowhere.html\"",
            "0:0 src \"../img/none.png\"",
            "4:11 link \"../essays/sigals.html\"",
            "6:17 link \"gone-note.html\"",
            "8:10 link \"lost.html\"");
  }

  /** A note writes {@code (/^TK)}; its page holds the address percent-encoded, {@code %5ETK}. */
  @Test
  void aBrokenLinkThePageHoldsPercentEncodedIsReportedAtTheLineTheNoteWritesIt() {
    String note = "---\ntitle: A\n---\nIntro.\n\nIt [schedules](../essays/^TK.html) another.\n";
    FragmentIndex.SourceLocator locator =
        (sourcePath, text) -> FragmentIndex.positionOf(note, text);
    InternalLinkCheckPass located = new InternalLinkCheckPass(fragments, locator);
    PageContext context =
        new PageContext(
            "essays/a.html", "content/essays/a.md", "https://avery.example.org/", SITE::contains);
    Diagnostics diagnostics = new Diagnostics();

    run(
        located,
        "<p>It <a href=\"../essays/%5ETK.html\">schedules</a> another.</p>",
        context,
        diagnostics);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.line() + ":" + d.column() + " " + d.message())
        .containsExactly(
            "6:16 link \"../essays/%5ETK.html\" on page essays/a.html points to no page of the"
                + " site; fix the link or publish its target");
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
  void fragmentOfAnotherPageIsCheckedOnceThatPageIsKnown() {
    String html =
        "<a href=\"signals.html#loss\">1</a><a href=\"signals.html#%5Eblock-1\">2</a>"
            + "<a href=\"signals.html#caf%C3%A9\">3</a><a href=\"signals.html#gain\">4</a>"
            + "<a href=\"../index.html#unknown-ids\">5</a>";
    Diagnostics diagnostics = new Diagnostics();
    run(pass, html, page("essays/a.html", SITE), diagnostics);
    // The target is processed after the page that links to it, as parallel pages may be.
    run(
        pass,
        "<h2 id=\"loss\">L</h2><p id=\"^block-1\">b</p><h3 id=\"caf\u00e9\">C</h3>",
        page("essays/signals.html", SITE),
        diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();

    fragments.report(diagnostics, (source, url) -> new FragmentIndex.Position(0, 0));

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .containsExactly(
            "essays/a.html: warning: link \"signals.html#gain\" on page essays/a.html points to"
                + " \"#gain\", which is no heading or anchor on essays/signals.html; fix the"
                + " fragment or the heading it names");
  }

  @Test
  void missingFragmentOfAnotherPageIsReportedAtTheNotesLine() {
    PageContext context =
        new PageContext(
            "essays/a.html", "essays/a.md", "https://avery.example.org/", SITE::contains);
    Diagnostics diagnostics = new Diagnostics();
    run(pass, "<p>See <a href=\"signals.html#nope\">this</a></p>", context, diagnostics);
    run(pass, "<h2 id=\"loss\">L</h2>", page("essays/signals.html", SITE), diagnostics);
    String note = "---\ntitle: A\n---\n# A\n\nSee <a href=\"signals.html#nope\">this</a>\n";

    fragments.report(diagnostics, (source, url) -> FragmentIndex.positionOf(note, url));

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("essays/a.md:6:14: warning: link \"signals.html#nope\" on page essays/a.html");
  }

  @Test
  void positionOfCountsCharactersNotBytes() {
    assertThat(FragmentIndex.positionOf("caf\u00e9 \ud83d\ude00 x.html#a", "x.html#a"))
        .isEqualTo(new FragmentIndex.Position(1, 8));
    assertThat(FragmentIndex.positionOf("a\nb", "zzz")).isEqualTo(new FragmentIndex.Position(0, 0));
    assertThat(FragmentIndex.positionOf("a\nb", "")).isEqualTo(new FragmentIndex.Position(0, 0));
  }

  @Test
  void siteServedFromASubPathResolvesRootLinksBelowIt() {
    PageContext context =
        new PageContext("essays/a.html", null, "https://example.org/avery/", SITE::contains);
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
    pass.apply(new HtmlPipeline(List.of()).parse(html), context, diagnostics);
    return diagnostics.sorted();
  }
}
