package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;

class HtmlPipelineTest {
  private static final String PAGE =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>A &amp; B</title>"
          + "</head>\n<body>\n<main>\n<h2 id=\"why\">Why</h2>\n<p>Caf\u00e9 \u2014 <a"
          + " href=\"https://example.org/\">out</a> <a href=\"#why\">up</a></p>\n"
          + "<pre><code>  keep\n\n\tthis   spacing\n</code></pre>\n<img src=\"cat.webp\" alt=\"\">\n"
          + "</main>\n</body>\n</html>\n";
  private final PageContext context =
      PassHarness.page("index.html", Set.of("index.html", "cat.webp"));

  /** The site's own assembly, as SiteWriter builds it for theme pages. */
  private static HtmlPipeline site() {
    return HtmlPipeline.site(
        "Link to this section",
        null,
        Map.of(),
        new FragmentIndex(),
        (page, context, d) -> {},
        (page, context, d) -> {},
        FragmentIndex.SourceLocator.NOWHERE,
        FragmentIndex.TemplateLocator.NONE,
        page -> null);
  }

  @Test
  void sitePipelineRunsEveryPassAndKeepsTheDoctype() {
    Diagnostics diagnostics = new Diagnostics();

    String html = site().process(PAGE, context, diagnostics);

    assertThat(html).startsWith("<!doctype html>");
    assertThat(html)
        .contains(
            "<h2 id=\"why\">Why<a class=\"heading-anchor\"",
            "rel=\"noopener noreferrer\" class=\"external\"",
            "<img src=\"cat.webp\" alt=\"\" loading=\"eager\" fetchpriority=\"high\"");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void sitesOwnTemplatesGetNoHeadingAnchorsAndThePrivacyScanSeesTheFinalPage() {
    List<String> scanned = new ArrayList<>();
    HtmlPipeline own =
        HtmlPipeline.site(
            null,
            null,
            Map.of("cat.webp", new ImageSizePass.Size(640, 480)),
            new FragmentIndex(),
            (page, ctx, d) -> {},
            (page, ctx, d) -> scanned.add(page.select("img").outerHtml()),
            FragmentIndex.SourceLocator.NOWHERE,
            FragmentIndex.TemplateLocator.NONE,
            page -> null);

    String html = own.process(PAGE, context, new Diagnostics());

    assertThat(html).contains("<h2 id=\"why\">Why</h2>").doesNotContain("heading-anchor");
    assertThat(scanned)
        .containsExactly(
            "<img src=\"cat.webp\" alt=\"\" loading=\"eager\" fetchpriority=\"high\" decoding=\"async\""
                + " width=\"640\" height=\"480\">");
  }

  @Test
  void preformattedTextAndNonAsciiCharactersSurviveAsWritten() {
    String html = site().process(PAGE, context, new Diagnostics());

    assertThat(html)
        .contains("<pre><code>  keep\n\n\tthis   spacing\n</code></pre>", "Caf\u00e9 \u2014");
  }

  @Test
  void processingTheSamePageTwiceGivesIdenticalBytes() {
    String first = site().process(PAGE, context, new Diagnostics());
    String second = site().process(PAGE, context, new Diagnostics());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void processingItsOwnOutputChangesNothing() {
    HtmlPipeline pipeline = site();
    String once = pipeline.process(PAGE, context, new Diagnostics());

    assertThat(pipeline.process(once, context, new Diagnostics())).isEqualTo(once);
  }

  @Test
  void passesRunInOrderOnOneParsedDocument() {
    List<String> seen = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    HtmlPass first =
        (page, ctx, d) -> {
          seen.add("first");
          documents.add(page);
          page.body().appendElement("p").text("added");
        };
    HtmlPass second =
        (page, ctx, d) -> {
          seen.add("second:" + page.select("p").last().text());
          documents.add(page);
        };

    String html =
        new HtmlPipeline(List.of(first, second)).process(PAGE, context, new Diagnostics());

    assertThat(seen).containsExactly("first", "second:added");
    assertThat(documents.get(0)).isSameAs(documents.get(1));
    assertThat(html).contains("</main>\n<p>added</p></body>");
  }

  @Test
  void xmlOutputsPassThroughUntouched() {
    String feed =
        "<?xml version=\"1.0\"?><feed><link href=\"missing.html\"/><title>A</title></feed>";
    PageContext feedContext = PassHarness.page("feed.xml", Set.of());
    Diagnostics diagnostics = new Diagnostics();

    assertThat(site().process(feed, feedContext, diagnostics)).isSameAs(feed);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void brokenLinkOnTheProcessedPageIsReported() {
    Diagnostics diagnostics = new Diagnostics();

    site().process(PAGE.replace("cat.webp", "dog.webp"), context, diagnostics);

    assertThat(diagnostics.sorted())
        .extracting(d -> d.format())
        .containsExactly(
            "index.html:12:1: error: src \"dog.webp\" on page index.html points to no file of the"
                + " site; fix the path or publish the file");
  }

  @Test
  void onlyHtmlPathsAreHtml() {
    assertThat(HtmlPipeline.isHtml("essays/a.html")).isTrue();
    assertThat(HtmlPipeline.isHtml("OLD.HTM")).isTrue();
    assertThat(HtmlPipeline.isHtml("feed.xml")).isFalse();
    assertThat(HtmlPipeline.isHtml("sitemap.xml")).isFalse();
  }
}
