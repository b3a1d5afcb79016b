package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's summary and description come from its prose: no diagram source, no code, no headings.
 */
class SummaryTest {
  @TempDir Path dir;

  @Test
  void summariesAndDescriptionsLeaveOutDiagramsAndCode() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- Flow.md --
            ---
            publish: true
            ---
            ```mermaid
            graph TD
              A[Start] --> B{Is it?}
            ```

            This diagram shows the decision flow.

            ```python
            print("hello")
            ```

            And `inline code` stays prose.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document page = Jsoup.parse(site.read("flow.html"));
    String prose = "This diagram shows the decision flow. And inline code stays prose.";
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(page.select("pre.mermaid").text()).contains("graph TD");
    assertThat(site.read("feed.xml")).contains("<summary>" + prose + "</summary>");
    assertThat(site.read("index.html")).doesNotContain("graph TD").contains(prose);
  }

  /**
   * Real content (a maths vault): "Let $a_{ii} > 0$ hold. #maths" was described as "Let a_{ii} > 0
   * hold. #maths"; Obsidian Publish and Quartz show a tag as a pill, not as words.
   */
  @Test
  void summariesLeaveOutTagsStandingApartAndKeepATagsWordInsideASentence() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("tagged"),
            """
            -- Positive.md --
            ---
            publish: true
            ---
            #draft #maths
            Let $a_{ii} > 0$ hold. #maths

            Notes on #observability and traces.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document page = Jsoup.parse(site.read("positive.html"));
    String prose = "Let a_{ii} > 0 hold. Notes on observability and traces.";
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(site.read("feed.xml"))
        .contains("<summary>" + prose.replace(">", "&gt;") + "</summary>");
    assertThat(page.select("a.tag").eachText()).contains("#maths", "#observability");
  }

  /** A Zettelkasten note opens with its title as a heading; the summary had it twice. */
  @Test
  void summariesLeaveOutHeadingsUnlessThereIsNothingElse() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("headed"),
            """
            -- Cassette Exchange.md --
            ---
            publish: true
            ---
            # Cassette Exchange

            You and some friends decide to run a cassette exchange.

            ## Module 5: The Contract

            - Everyone lends a tape.
            -- Outline.md --
            ---
            publish: true
            ---
            # Outline
            ## Part one
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String prose = "You and some friends decide to run a cassette exchange. Everyone lends a tape.";
    Document page = Jsoup.parse(site.read("cassette-exchange.html"));
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(page.select("h2").text()).contains("Module 5: The Contract");
    assertThat(site.read("feed.xml")).contains("<summary>" + prose + "</summary>");
    Document outline = Jsoup.parse(site.read("outline.html"));
    assertThat(outline.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Outline Part one");
  }

  /**
   * Footnotes are asides: their markers ran into the word before them ("tables1") and their text,
   * back arrows and all, filled the description of a note that cites early.
   */
  @Test
  void summariesLeaveOutFootnotesAndTheirMarkers() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("cited"),
            """
            -- Tide Tables.md --
            ---
            publish: true
            ---
            The harbour keeps its own tide tables[^1], printed each spring.

            A ferry runs at slack water^[Twice a day, weather allowing.].

            [^1]: Kept since 1921 by the harbour office.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String prose =
        "The harbour keeps its own tide tables, printed each spring. A ferry runs at slack water.";
    Document page = Jsoup.parse(site.read("tide-tables.html"));
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(page.select("section.footnotes").text()).contains("Kept since 1921");
    assertThat(site.read("feed.xml")).contains("<summary>" + prose + "</summary>");
  }

  /**
   * A formula set apart on its own lines is read by the browser as a picture, as a diagram is, so
   * its TeX stays out of the description; one written inside a sentence stays in it, but as its own
   * line it was shown, not run into the next word ("UDV^Twhere").
   */
  @Test
  void summariesLeaveOutDisplayMathsAndKeepItsWordsApart() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("maths"),
            """
            -- Orbits.md --
            ---
            publish: true
            ---
            An orbit is closed when $$e < 1$$and open otherwise.

            $$
            r = \\frac{p}{1 + e\\cos\\theta}
            $$

            Here $p$ is the semi-latus rectum.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String prose =
        "An orbit is closed when e < 1 and open otherwise. Here p is the semi-latus rectum.";
    Document page = Jsoup.parse(site.read("orbits.html"));
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(page.select("div.math-display").text()).contains("\\frac{p}");
    assertThat(site.read("feed.xml")).contains("<summary>" + prose.replace("<", "&lt;"));
  }

  /**
   * A formula written {@code $...$} alone on its line is set apart as much as a {@code $$...$$}
   * one, and its TeX stayed in the description, the home page and the feeds ("Z = \frac{x -
   * \mu}{\sigma}"); inline maths inside a sentence keeps its source, as short as it is there.
   */
  @Test
  void summariesLeaveOutAParagraphOfInlineFormulasAlone() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("z"),
            """
            -- Z score.md --
            ---
            publish: true
            ---
            $Z = \\frac{x - \\mu}{\\sigma}$
            $\\mu = \\text{sample mean}$,

            The z score standardises a value $x$.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String prose = "The z score standardises a value x.";
    Document page = Jsoup.parse(site.read("z-score.html"));
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(page.select("span.math").text()).contains("\\frac{x");
    assertThat(site.read("feed.xml")).contains("<summary>" + prose + "</summary>");
    assertThat(site.read("index.html")).doesNotContain("sample mean");
  }

  /**
   * A callout's title is its heading, and the type's name when none is written: "Abstract The
   * evidence lower bound is..." opened the description of a note that starts with an abstract.
   */
  @Test
  void summariesLeaveOutCalloutTitles() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("called"),
            """
            -- Lower Bound.md --
            ---
            publish: true
            ---
            > [!abstract]
            > The lower bound is what we can compute.

            > [!tip]- Why it works
            > It never exceeds the true value.

            Then we maximise it.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String prose =
        "The lower bound is what we can compute. It never exceeds the true value. Then we maximise"
            + " it.";
    Document page = Jsoup.parse(site.read("lower-bound.html"));
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(prose);
    assertThat(page.select(".callout-title").eachText())
        .containsExactly("Abstract", "Why it works");
    assertThat(site.read("feed.xml")).contains("<summary>" + prose + "</summary>");
  }

  /**
   * Real content (a Hugo blog, 96 posts): Hugo's summary divider,
   * <!--more-->
   * , ends the summary, which was the first 200 characters instead. Only the note's own divider
   * counts: one in a note it embeds cuts nothing of it (whose words are not its summary's), and the
   * page shows no trace of either.
   */
  @Test
  void aSummaryEndsAtHugosDivider() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("more"),
            """
            -- Divided.md --
            ---
            publish: true
            ---
            We show that **p** holds here.

            <!--more-->

            This paragraph is after the summary marker and is long enough to be cut otherwise.

            ![[Inner]]
            -- Host.md --
            ---
            publish: true
            ---
            The host begins.

            ![[Inner]]

            And goes on after the embed.
            -- Inner.md --
            ---
            publish: true
            ---
            Inner start.

            <!--more-->

            Inner end.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document divided = Jsoup.parse(site.read("divided.html"));
    assertThat(divided.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("We show that p holds here.");
    assertThat(divided.text()).contains("This paragraph is after the summary marker");
    Document host = Jsoup.parse(site.read("host.html"));
    assertThat(host.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("The host begins. And goes on after the embed.");
    assertThat(
            Jsoup.parse(site.read("inner.html"))
                .selectFirst("meta[name=description]")
                .attr("content"))
        .isEqualTo("Inner start.");
    assertThat(site.everything()).doesNotContain("summary-end").doesNotContain("<!--more");
  }

  /**
   * An embedded note's title and words described the note that embeds it ("The rate is ... Other
   * note Other body text"): a summary is the note's own prose. A note of embeds alone is described
   * by what it embeds, without their titles.
   */
  @Test
  void summariesLeaveOutEmbeddedNotes() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("embeds"),
            """
            -- Host.md --
            ---
            publish: true
            ---
            The rate is steady.

            ![[Other]]

            More prose after the embed.
            -- Hub.md --
            ---
            publish: true
            ---
            ![[Other]]
            -- Other.md --
            ---
            publish: true
            ---
            Other body text with **bold**.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document host = Jsoup.parse(site.read("host.html"));
    assertThat(host.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("The rate is steady. More prose after the embed.");
    assertThat(host.select(".transclusion").text()).contains("Other body text with bold.");
    Document hub = Jsoup.parse(site.read("hub.html"));
    assertThat(hub.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Other body text with bold.");
    assertThat(site.read("feed.xml"))
        .contains("<summary>The rate is steady. More prose after the embed.</summary>");
  }

  /**
   * A note with its own HTML lost the divider's mark on the way to its document, and its summary
   * was cut at 200 characters (the page's meta description is cut at 160 by the theme, always).
   */
  @Test
  void aSummaryEndsAtTheDividerInANoteWithItsOwnHtml() throws Exception {
    String opening =
        "The collector keeps every <b>span</b> for a week. "
            + "It samples the rest by trace, so one request is kept or dropped whole. ".repeat(4);
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("raw"),
            "-- Spans.md --\n---\npublish: true\n---\n"
                + opening
                + "\n\n<!--more-->\n\nAfter the divider.\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String whole = Jsoup.parse(opening).text();
    assertThat(whole.length()).isGreaterThan(250);
    assertThat(site.read("feed.xml")).contains("<summary>" + whole + "</summary>");
  }
}
