package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Obsidian behaviours that need a whole bake: section embeds, heading links as Obsidian resolves
 * them, maths and diagrams loading their scripts only where needed, inline styles reported.
 */
class ObsidianFidelityTest {
  private static final String SETTINGS =
      """
      -- .obsidian/app.json --
      {"strictLineBreaks": false}
      """;

  @TempDir Path dir;

  @Test
  void embeddingAnotherSectionOfTheSameNoteIsNotACycle() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Sync.md --
                ---
                publish: true
                ---
                ## First time

                ### Log in

                Open the app and sign in.

                ## Another device

                ![[#Log in]]

                ![[Sync#Log in]]
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("cycle");
    String page = site.read("notes/sync.html");
    assertThat(page.split("class=\"transclusion\"", -1)).hasSize(3);
    assertThat(page.split("<p>Open the app and sign in.</p>", -1)).hasSize(4);
  }

  @Test
  void aSectionTheNoteLacksIsSaidMissingNotACycle() throws Exception {
    // obsidianmd/obsidian-help in Bengali: a translated note embeds its own sections by their
    // English headings, which it no longer has; each embed was an "embed cycle" error through the
    // whole note, and the vault did not bake. Another note's missing heading was already a warning.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Sync.md --
                ---
                publish: true
                ---
                ## Log in

                Open the app and sign in.

                ## Another device

                ![[Sync#Log in with your account]]

                ![[#^nowhere]]
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .doesNotContain("cycle")
        .contains(
            "Sync.md:10:1: warning: \"Sync\" has no heading \"Log in with your account\"",
            "Sync.md:12:1: warning: \"Sync\" has no block ^nowhere");
    assertThat(site.read("notes/sync.html")).contains("<p>Open the app and sign in.</p>");
  }

  @Test
  void aSectionThatLeadsBackToItselfIsACycleNamingTheSections() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Loop.md --
                ---
                publish: true
                ---
                ## A

                ![[#B]]

                ## B

                ![[#A]]

                ## C

                ![[#C]]
                """);
    SiteFixture.Result r = site.check();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "Loop.md:6:1: error: embed cycle: Notes/Loop.md → Notes/Loop.md#A → Notes/Loop.md#B;")
        .contains(
            "Loop.md:10:1: error: embed cycle: Notes/Loop.md → Notes/Loop.md#B → Notes/Loop.md#A;")
        .contains("Loop.md:14:1: error: embed cycle: Notes/Loop.md → Notes/Loop.md#C;");
  }

  @Test
  void aBlockOfTheSameNoteIsEmbeddedUnlessItHoldsTheEmbed() throws Exception {
    // ![[#^efficiency]] further down the note was "embed cycle": a block's lines were not known,
    // so any embed of a block of the embedding note counted as one.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Engines.md --
                ---
                publish: true
                ---
                ## Efficiency

                Work over heat. ^efficiency

                > [!tip] Recall
                > ![[#^recall]]
                ^recall

                ## Later

                ![[#^efficiency]]
                """);
    SiteFixture.Result r = site.check();
    assertThat(r.err())
        .doesNotContain("Engines.md:15:1")
        .contains(
            "Engines.md:9:3: error: embed cycle: Notes/Engines.md → Notes/Engines.md#^recall");
    site.add(
        """
        -- Notes/Engines.md --
        ---
        publish: true
        ---
        Work over heat. ^efficiency

        ![[#^efficiency]]
        """);
    SiteFixture.Result baked = site.bake();
    assertThat(baked.exitCode()).as(baked.toString()).isZero();
    assertThat(baked.err()).doesNotContain("Engines.md");
    assertThat(site.read("notes/engines.html"))
        .contains("<p id=\"^efficiency\">Work over heat.</p>")
        .contains("<p id=\"^efficiency--embed-1\">Work over heat.</p>");
  }

  @Test
  void headingLinksResolveNestedPathsAndPunctuationAsObsidianWritesThem() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Guide.md --
                ---
                publish: true
                ---
                ## Setup
                ### Install
                ## Upgrade
                ### Install
                ## How large can a vault be?
                ## Minecraft: The Game
                ### `move`
                -- Notes/Reader.md --
                ---
                publish: true
                ---
                [[Guide#Upgrade#Install]] [[Guide#Setup#Install|setup]]
                [[Guide#How large can a vault be]] [[Guide#Minecraft The Game]]
                [[Guide#`move`|`move`]] ![[Guide#Upgrade#Install]]
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("Reader.md");
    assertThat(site.read("notes/reader.html"))
        .contains(
            "<a class=\"internal-link\" href=\"../notes/guide.html#install-1\">"
                + "Guide › Upgrade › Install</a>",
            "<a class=\"internal-link\" href=\"../notes/guide.html#install\">setup</a>",
            "href=\"../notes/guide.html#how-large-can-a-vault-be\">",
            "href=\"../notes/guide.html#minecraft-the-game\">",
            "<a class=\"internal-link\" href=\"../notes/guide.html#move\"><code>move</code></a>",
            "<a href=\"../notes/guide.html#install-1\">Guide › Upgrade › Install</a>");
  }

  /**
   * A heading that holds a wikilink is linked as Obsidian's "Copy link to heading" and its link
   * autocomplete write it (stripHeadingForLink): {@code [[}, {@code ]]}, {@code |}, {@code #},
   * {@code ^} and {@code :} as spaces, spaces folded. So {@code ## Install [[Importer|the
   * importer]]} is {@code #Install Importer the importer}, where the page shows "Install the
   * importer"; each found no heading.
   */
  @Test
  void aHeadingThatHoldsAWikilinkIsLinkedAsObsidianWritesIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Guide.md --
                ---
                publish: true
                ---
                ## Comparison Operators [[Comparisons]] return booleans
                ## Install [[Importer|the importer]]
                ## See [[Comparisons#Equality|equality]] first
                ## Plain

                [[#Comparison Operators Comparisons return booleans]]
                [[#Install Importer the importer|install]]
                -- Notes/Comparisons.md --
                ---
                publish: true
                ---
                ## Equality
                -- Notes/Importer.md --
                ---
                publish: true
                ---
                Imports.
                -- Notes/Reader.md --
                ---
                publish: true
                ---
                [[Guide#Comparison Operators Comparisons return booleans|one]]
                [[Guide#Install Importer the importer|two]]
                [[Guide#See Comparisons Equality equality first|three]]
                [[Guide#Install the importer|four]]
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("has no heading");
    assertThat(site.read("notes/reader.html"))
        .contains(
            "href=\"../notes/guide.html#comparison-operators-comparisons-return-booleans\">one</a>",
            "href=\"../notes/guide.html#install-the-importer\">two</a>",
            "href=\"../notes/guide.html#see-equality-first\">three</a>",
            "href=\"../notes/guide.html#install-the-importer\">four</a>");
    assertThat(site.read("notes/guide.html"))
        .contains(
            "href=\"#comparison-operators-comparisons-return-booleans\">",
            "href=\"#install-the-importer\">install</a>");
  }

  @Test
  void aHeadingPathThatDoesNotExistStillWarns() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Guide.md --
                ---
                publish: true
                ---
                ## Setup
                ## Upgrade
                ### Install
                -- Notes/Reader.md --
                ---
                publish: true
                ---
                [[Guide#Setup#Install]]
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.err())
        .contains("Reader.md:4:1: warning: \"Guide\" has no heading \"Setup#Install\"");
  }

  @Test
  void mathsAndDiagramsLoadTheirBundledScriptsOnlyOnTheirPages() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Euler.md --
                ---
                publish: true
                ---
                $e^{i\\pi} = -1$ and $x_1 * y_2$
                -- Notes/Flow.md --
                ---
                publish: true
                ---
                ```mermaid
                graph TD
                  A-->B
                ```
                -- Notes/Plain.md --
                ---
                publish: true
                ---
                It costs $5 and $6.
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String euler = site.read("notes/euler.html");
    assertThat(euler)
        .contains("<span class=\"math math-inline\">e^{i\\pi} = -1</span>")
        .contains("<span class=\"math math-inline\">x_1 * y_2</span>")
        .contains("<script defer src=\"../vendor/katex/katex.min.js\"></script>")
        .contains("href=\"../vendor/katex/katex.min.css\"")
        .doesNotContain("mermaid");
    assertThat(site.read("notes/flow.html"))
        .contains("<pre class=\"mermaid\">graph TD\n  A--&gt;B\n</pre>")
        .contains("<script defer src=\"../vendor/mermaid/mermaid.min.js\"></script>")
        .doesNotContain("katex");
    assertThat(site.read("notes/plain.html"))
        .contains("It costs $5 and $6.")
        .doesNotContain("katex")
        .doesNotContain("mermaid");
    assertThat(site.files())
        .contains(
            "vendor/katex/katex.min.js",
            "vendor/katex/katex.min.css",
            "vendor/katex/notebake-math.js",
            "vendor/katex/fonts/KaTeX_Main-Regular.woff2",
            "vendor/mermaid/mermaid.min.js",
            "vendor/mermaid/notebake-diagrams.js");
  }

  @Test
  void taskStatusesSizedRemoteImagesAndVideoCardsSurviveTheSanitiser() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Misc.md --
                ---
                publish: true
                ---
                - [?] ask Ada
                - [x] done

                ![250](https://example.org/chart.png)

                ![Talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("notes/misc.html"))
        .contains(
            "<li data-task=\"?\"><input type=\"checkbox\" disabled checked data-task=\"?\"> ask"
                + " Ada</li>")
        .contains("<img src=\"https://example.org/chart.png\" alt=\"\" width=\"250\"")
        .contains(
            "<a class=\"video-card external\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\""
                + " rel=\"noopener noreferrer\"><span class=\"video-card-provider\">YouTube</span>"
                + " <span class=\"video-card-title\">Talk</span></a>")
        .doesNotContain("<iframe");
  }

  @Test
  void aSiteWithoutMathsOrDiagramsGetsNeitherLibrary() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Plain.md --
                ---
                publish: true
                ---
                Plain prose, `$x$` in code.
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).noneMatch(f -> f.startsWith("vendor/"));
  }

  @Test
  void texSurvivesTheSanitiserAndThePrivacyScanByteForByte() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Matrix.md --
                ---
                publish: true
                ---
                Raw <b>html</b> too, so the sanitiser rebuilds the page.

                $$
                \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} < \\infty, \\text{café}
                $$
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("notes/matrix.html"))
        .contains(
            "<div class=\"math math-display\">\\begin{pmatrix} a &amp; b \\\\ c &amp; d"
                + " \\end{pmatrix} &lt; \\infty, \\text{café}</div>");
  }

  @Test
  void anInlineStyleTheSanitiserRemovesIsAWarningAtItsPlace() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Styled.md --
                ---
                publish: true
                ---
                Some <span style="color: red">red</span> text.

                <div class="box"
                     style="float: left">
                boxed
                </div>

                <!-- <p style="x"> a comment is not published -->
                `<b style="code">` is code
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("Styled.md:4:12: warning: inline style attribute removed")
        .contains("Styled.md:7:6: warning: inline style attribute removed");
    assertThat(r.err().split("inline style attribute removed", -1)).hasSize(3);
    assertThat(site.read("notes/styled.html"))
        .doesNotContain("style=\"color")
        .doesNotContain("style=\"float")
        .contains("<span>red</span>");
  }

  @Test
  void textTheNotesHtmlHidIsLeftOutWithAWarningAtItsPlace() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Hid.md --
                ---
                publish: true
                ---
                Shown <span hidden>CANARY-H1</span> text.

                <div class="box"
                     style="display: none">
                CANARY-H2
                </div>

                <template>CANARY-H3</template>

                Last <noscript>CANARY-H4</noscript> line.

                <div>
                <select><option>CANARY-H5</option></select>
                </div>
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Hid.md:4:7: warning: <span> is left out with its text: it has the hidden attribute,"
                + " and text the note hid is never published")
        .contains("Hid.md:6:1: warning: <div> is left out with its text: its style hides it")
        .contains("Hid.md:11:1: warning: <template> is left out with its text")
        .contains("Hid.md:13:6: warning: <noscript> is left out with its text")
        .contains("Hid.md:16:1: warning: <select> is left out with its text")
        .doesNotContain("inline style attribute removed")
        .doesNotContain("<option> is left out");
    String page = site.read("notes/hid.html");
    assertThat(page).contains("Shown", "Last").doesNotContain("CANARY");
    assertThat(site.read("feed.xml")).doesNotContain("CANARY");
  }

  /**
   * A red team's findings: Markdown inside hidden HTML was left off the page but read for the
   * note's tags, headings, embeds and links, so it published a tag page (and its pill on the share
   * card), a contents entry, a file only the hidden part embedded, and a backlink's excerpt.
   */
  @Test
  void markdownInsideHiddenHtmlPublishesNoTagHeadingFileOrBacklink() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Search.md --
                ---
                publish: true
                ---
                Public text. <span hidden>job hunt #interview-at-acme ![[offer.txt]]</span>

                <span hidden>ask Jo about CANARY-B1 before [[Plans]]</span>

                <div hidden>

                ## Salary negotiation

                [[Plans#Salary]] and ![[salary.txt]]

                </div>

                ## Public section

                ## One <span hidden>CANARY-B2</span>

                Intro #observability.
                -- Notes/offer.txt --
                CANARY-B3
                -- Notes/salary.txt --
                CANARY-B4
                -- Notes/Plans.md --
                ---
                publish: true
                ---
                Plans.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .noneMatch(f -> f.contains("interview"))
        .noneMatch(f -> f.startsWith("notes/") && f.endsWith(".txt"))
        .anyMatch(f -> f.equals("tags/observability.html"));
    assertThat(site.everything())
        .doesNotContain("CANARY")
        .doesNotContain("interview-at-acme")
        .doesNotContain("alary");
    assertThat(site.read("notes/search.html")).contains("id=\"one\"", "Public section");
    assertThat(site.read("notes/plans.html")).doesNotContain("class=\"backlinks\"");
  }

  /**
   * A red team's finding: text a vault's enabled CSS snippet hides ({@code .private-note { display:
   * none }}) is never seen in Obsidian, and was published, in the page, its description and the
   * feeds. It is hidden as {@code hidden} hides, its Markdown read for nothing; a snippet the vault
   * does not enable hides nothing.
   */
  @Test
  void textAnEnabledCssSnippetHidesIsLeftOutWithAWarningNamingTheSnippet() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- .obsidian/appearance.json --
                {"enabledCssSnippets": ["hide"]}
                -- .obsidian/snippets/hide.css --
                .private-note { display: none; }
                -- .obsidian/snippets/colours.css --
                .shown-note { display: none; }
                -- Notes/Plans.md --
                ---
                publish: true
                ---
                Public text. <span class="private-note">ask Jo about CANARY-S1 #job-hunt</span>

                <div class='callout private-note'>

                ## CANARY-S2 heading

                </div>

                And <span class="shown-note">shown words</span> stay.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Plans.md:4:14: warning: <span> is left out with its text: a CSS snippet the vault"
                + " enables (.obsidian/snippets) hides its class");
    assertThat(site.everything())
        .doesNotContain("CANARY")
        .doesNotContain("job-hunt")
        .doesNotContain("notebake-snippet");
    assertThat(site.read("notes/plans.html")).contains("Public text.", "shown words");
  }

  @Test
  void anIframeOfAVideoSaysThePageIsLeftOutNotItsText() throws Exception {
    // A video player's embed code has no text; "left out with its text" named the wrong loss.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Clip.md --
                ---
                publish: true
                ---
                Watch: <iframe src="https://video.example.org/embed/42" title="Demo"></iframe>
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Clip.md:4:8: warning: <iframe> is left out: a note's HTML embeds no other web page,"
                + " so the video or page it frames is not shown")
        .doesNotContain("left out with its text");
    assertThat(site.read("notes/clip.html")).contains("Watch:").doesNotContain("<iframe");
  }

  /**
   * An SVG drawn in a note's HTML (the draw.io plugin writes one) is no allowed markup: the
   * sanitiser unwrapped it and left its labels as loose text, with the fallback a viewer without
   * SVG shows ("Text is not SVG - cannot display") as a link (nemossi/iknow.pub). It is left out
   * whole, with a warning saying how to publish the drawing.
   */
  @Test
  void aMarkdownLinkWrittenAroundAWikilinkOrAQuotedAddressSaysHowToWriteIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Links.md --
                ---
                publish: true
                ---
                See [the plan]([[Roadmap|plan]]), [again]([[Roadmap]]) and [docs]('https://example.org/d').
                -- Notes/Roadmap.md --
                ---
                publish: true
                ---
                Steps.
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "link target \"[[Roadmap|plan]]\" matches no published note; it is a wikilink inside"
                + " a Markdown link: write [[Roadmap|text]] or [text](Roadmap)",
            "link target \"[[Roadmap]]\" matches no published note; it is a wikilink inside",
            "link target \"'https://example.org/d'\" matches no published note; it is in quotes:"
                + " write the address without them (https://example.org/d)");
  }

  @Test
  void anSvgInTheNotesHtmlIsLeftOutWithAWarningThatSaysHowToPublishIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Flow.md --
                ---
                publish: true
                ---
                Before.

                <svg xmlns="http://www.w3.org/2000/svg" width="80" height="40" style="background: #fff"><g><text x="4" y="20" style="font-size: 12px">Start</text></g><switch><foreignObject width="80" height="40"><p>Start</p></foreignObject><a href="https://www.drawio.com/doc/faq/svg-export-text-problems"><text x="4" y="38">Text is not SVG - cannot display</text></a></switch></svg>

                After.
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Flow.md:6:1: warning: <svg> is left out: a note's HTML publishes no SVG; save the"
                + " drawing as a .svg file and embed it (![[drawing.svg]]), which is published"
                + " cleaned")
        .doesNotContain("inline style attribute removed");
    String page = site.read("notes/flow.html");
    assertThat(page).contains("Before.", "After.").doesNotContain("Start").doesNotContain("SVG");
  }

  /**
   * A style inside an element left out is left out with it: its warning ("give the element a
   * class") asked for work on text that is never published.
   */
  @Test
  void aStyleInsideAnElementLeftOutIsNoWarningOfItsOwn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Notes/Nested.md --
                ---
                publish: true
                ---
                <div hidden>
                <p style="color: red">CANARY-N1</p>
                </div>

                Text <span hidden><b style="color: red">CANARY-N2</b></span> and <i style="color: blue">kept</i>.
                """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("Nested.md:4:1: warning: <div> is left out with its text")
        .contains("Nested.md:8:6: warning: <span> is left out with its text")
        .contains("Nested.md:8:69: warning: inline style attribute removed");
    assertThat(r.err().split("inline style attribute removed", -1)).hasSize(2);
    assertThat(site.read("notes/nested.html")).contains("kept").doesNotContain("CANARY");
  }

  @Test
  void aWikilinkTargetIsMatchedAsWrittenEntitiesAndAll() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- index-note.md --
                ---
                publish: true
                ---
                See [[labels (and directives)&nbsp;]] and [[Tom &amp; Jerry|the pair]].
                Then [[labels (and directives)&nbsp;|shown&nbsp;here]].
                -- labels (and directives)&nbsp;.md --
                ---
                publish: true
                ---
                Directives.
                -- Tom &amp; Jerry.md --
                ---
                publish: true
                ---
                Cartoon.
                -- labels .md --
                ---
                publish: true
                ---
                Other.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("matches no published note");
    String page = site.read("index-note.html");
    assertThat(page)
        .doesNotContain("broken-link")
        .contains(">the pair</a>")
        .contains(">shown&nbsp;here</a>");
  }

  @Test
  void aSuggestionThatLooksLikeTheTargetShowsHowItDiffers() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- index-note.md --
                ---
                publish: true
                ---
                See [[labels ]].
                -- labels .md --
                ---
                publish: true
                ---
                Other.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.err())
        .contains("wikilink target \"labels\\u00a0\" matches no published note; did you mean");
  }

  @Test
  void anUnclosedScriptLosesOnlyItsBlockWithAWarningAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SETTINGS
                + """
                -- Page.md --
                ---
                publish: true
                ---
                The page I tried:

                <div>
                    <script type="module">
                        import { App } from './app.js';

                        new App().init();
                    </script>
                </div>

                ## After the HTML

                This paragraph comes after.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("Page.md:7:5: warning: <script> is not closed in its HTML block");
    assertThat(site.read("page.html"))
        .contains(">After the HTML<", "<p>This paragraph comes after.</p>")
        .doesNotContain("import {");
  }

  @Test
  void anInlineStyleInJBakeHtmlContentIsAWarningAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("html"),
            """
            -- jbake.properties --
            site.host=https://example.org/
            site.title=Notes
            site.author=Avery Quinn
            -- content/about.html --
            title=About
            type=page
            status=published
            ~~~~~~
            <p>Plain</p>
            <p class="x" style="color: red">red</p>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("about.html:6:14: warning: inline style attribute removed");
    assertThat(site.read("about.html")).doesNotContain("color: red");
  }
}
