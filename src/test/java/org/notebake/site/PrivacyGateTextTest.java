package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12.3, 11.20 and 11.21 through a real bake: every channel of every output is read, assets
 * are read whole as what they are, and each finding is reported once, by an id privacy.allow takes.
 */
class PrivacyGateTextTest {
  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org/
      site.title=Avery Quinn
      publish.folders=essays
      -- content/essays/signals.md --
      ---
      title: Signals
      date: 2025-07-01
      tags: [observability]
      ---
      Why traces beat dashboards.
      """;

  @TempDir Path dir;

  private SiteFixture.Result bake(String files) throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("s" + Math.abs(files.hashCode())), SITE + files);
    return site.bake();
  }

  private SiteFixture.Result bakePage(String leak) throws Exception {
    return bake(
        "-- templates/index.ftlh --\n<!doctype html><html><head><title>x</title></head><body><main>"
            + leak
            + "</main></body></html>\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<span data-phone=\"912 555 0142\">x</span>",
        "<span data-x=\"&#57;&#49;&#50; &#x35;55 0142\">x</span>",
        "<abbr title=\"\uff19\uff11\uff12 \uff15\uff15\uff15 \uff10\uff11\uff14\uff12\">x</abbr>",
        "<b aria-label=\"\u0669\u0661\u0662 \u0665\u0665\u0665 \u0660\u0661\u0664\u0662\">x</b>",
        "<a href=\"https://x.example/call?tel=9125550142\">x</a>",
        "<a href=\"https://x.example/?u=jo@example.org\">x</a>",
        "<a href=\"mailto:jo%40example.org\">x</a>",
        "<a href=\"https://x.example/?u=jo%2540example.org\">x</a>",
        "<a href=\"https://jo:hunter2@x.example/\">x</a>",
        "<a href=\"https://x.example/f?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE\">x</a>",
        "<img src=\"https://x.example/912-555-0142.png\" alt=\"\">",
        "<img srcset=\"https://x.example/a.png 1x, https://x.example/912-555-0142.png 2x\" alt=\"\">",
        "<div style=\"background:url(https://x.example/?tel=9125550142)\">x</div>",
        "<form action=\"https://x.example/?phone=%2B19125550142\"></form>",
        "<script>if (a < b) { token = \"ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8\" } c = d > e;</script>",
        "<script type=\"application/ld+json\">{\"telephone\":\"\\u0039\\u0031\\u0032 555 0142\"}</script>",
        "<style>.a{background:url(\"https://x.example/jo%40example.org.png\")}</style>",
        "<!-- call 912 555 0142 -->",
        "<code>git config user.email \"jo@example.org\"</code>",
        "<pre><code><span>password</span><span>=</span><span>\"hunter22\"</span></code></pre>",
        "<a href=\"https://lists.example.org/list.html?users@example.org\">archive</a>",
        "<pre>curl http://admin:admin@localhost:8080/system</pre>"
      })
  void everyChannelOfAPageIsRead(String leak) throws Exception {
    SiteFixture.Result r = bakePage(leak);
    assertThat(r.exitCode()).as(leak + "\n" + r).isEqualTo(1);
    // At the template's line where the text is there as written, else at the page that shows it.
    assertThat(r.err())
        .as(leak)
        .containsPattern(
            "(index\\.html|templates/index\\.ftlh:1:\\d+): error: .* would be published");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<code>y = X@np.transpose(W)</code> and X@np.transpose",
        "<span data-v=\"2269.974834\" title=\"2023-09-15 10.53.21\">135481183.19</span>",
        "<script>var o={password:!0,remember:!1};n.password=e.password;</script>",
        "<a href=\"https://cdn.example.org/npm/katex@0.16.9/dist/katex.min.css\">k</a>",
        "<a href=\"https://arxiv.org/abs/2301.12345\">paper</a> <time datetime=\"2023-09-15T10:53:21Z\">t</time>",
        "<table><tr><td><code>pwd</code></td><td>the password</td></tr>"
            + "<tr><td><code>:disabled</code></td><td>no</td></tr></table>",
        "<p>Integer.MIN_VALUE is <code>-2147483648</code>, or -2147483648.</p>"
      })
  void whatIsNotPrivateIsQuiet(String page) throws Exception {
    SiteFixture.Result r = bakePage(page);
    assertThat(r.err()).as(page).doesNotContain("would be published");
  }

  /**
   * A browser runs inline elements together: the number or address a reader sees is one, though
   * markup or a code span splits it. The description keeps the summary, which is plain text, from
   * finding it instead.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Call `912` 555 0142 now.",
        "Call 912 <kbd>555</kbd> 0142 now.",
        "Call $912$ 555 0142 now.",
        "Write `avery.quinn`@example.org now.",
        "Write avery.quinn<em>@</em>example.org now.",
        "Write <b>avery.quinn</b>@<i>example</i>.org now."
      })
  void aNumberOrAddressSplitByInlineMarkupIsFoundAsItReads(String body) throws Exception {
    SiteFixture.Result r =
        bake(
            "-- content/essays/split.md --\n---\ntitle: Split\ndate: 2025-07-02\n"
                + "description: How to reach me.\n---\n"
                + body
                + "\n");
    assertThat(r.exitCode()).as(body + "\n" + r).isEqualTo(1);
    assertThat(r.err()).as(body).containsPattern("essays/split\\.md.*: error: (phone|email)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>Use <code>y = X@np.transpose(W)</code> here, or <code>W = x@weights.com[0]</code>.</p>",
        "<p>Version <code>3.2</code></p><pre>555 0142 items</pre>"
      })
  void codeAloneIsStillReadAsCode(String page) throws Exception {
    SiteFixture.Result r = bakePage(page);
    assertThat(r.err()).as(page).doesNotContain("would be published");
  }

  @Test
  void aNotesOwnAllowCoversThatNoteAloneNotAnotherNoteWithTheSameNumber() throws Exception {
    SiteFixture.Result r =
        bake(
            "-- content/essays/office.md --\n---\ntitle: Office\ndate: 2025-07-02\n---\n"
                + "Office line 912 555 0190. %%privacy:allow 912 555 0190%%\n"
                + "-- content/essays/home.md --\n---\ntitle: Home\ndate: 2025-07-03\n---\n"
                + "Line one.\nAvery at home: 912 555 0190.\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.contains("would be published")).toList();
    assertThat(errors).as(r.err()).hasSize(1);
    assertThat(errors.get(0)).contains("essays/home.md:6:16: error: phone number");
  }

  @Test
  void anAttributeInAFeedIsRead() throws Exception {
    SiteFixture.Result r =
        bake(
            "-- templates/feed.ftlx --\n<?xml version=\"1.0\"?><feed><entry>"
                + "<link href=\"https://x.example/?tel=9125550142\"/></entry></feed>\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern("templates/feed\\.ftlx:1:\\d+: error: phone number .*first in feed\\.xml");
  }

  @Test
  void scriptAndStyleAssetsAreReadWholeAndAsCode() throws Exception {
    SiteFixture.Result leak =
        bake(
            "-- assets/js/app.js --\n"
                + "if (a < b) { token = \"ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8\" } c = d > e;\n");
    assertThat(leak.exitCode()).as(leak.toString()).isEqualTo(1);
    assertThat(leak.err()).contains("js/app.js:1:23: error: GitHub token \"ghp_****\"");

    SiteFixture.Result quiet =
        bake(
            "-- assets/js/vendor.min.js --\n"
                + "!function(e){var t={password:!0,remember:!1};e.password=t.password}(window);\n"
                + "-- assets/css/site.css --\n"
                + ".a{width:100%}.b{content:\"2023-09-15 10.53.21\"}\n"
                + "-- assets/data/points.json --\n"
                + "{\"x\":[135481183.19,2269.974834],\"v\":\"10.0.19041.1234\"}\n");
    assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
  }

  @Test
  void mathsAndDiagramsAreFoundAsTheBrowserShowsThemAtTheNoteLine() throws Exception {
    SiteFixture.Result r =
        bake(
            "-- content/essays/maths.md --\n---\ntitle: Maths\ndate: 2025-07-02\n---\n"
                + "Line one.\nCall $(415)\\,867\\text{-}5309$ now.\n\n"
                + "```mermaid\ngraph TD\nA[\"jane13#64;example.org\"]-->B\n```\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("essays/maths.md:6:7: error: phone number")
        .contains("essays/maths.md:10:4: error: email address \"ja***@example.org\"");
  }

  @Test
  void aNumberSplitByTexOrAcrossMathsAndProseIsFoundAtItsLine() throws Exception {
    SiteFixture.Result r =
        bake(
            "-- content/essays/maths.md --\n---\ntitle: Maths\ndate: 2025-07-02\n---\n"
                + "Line one.\nCall $912\\,555$ 0141 now.\n\n"
                + "Or $912\\,555\\,0142$.\n\n"
                + "Or $\\mathrm{912}\\hspace{1em}555\\kern1em 0143$.\n\n"
                + "Or 912 $555$ 0144 and $912$-$555$-$0145$.\n\n"
                + "Quiet: $x^2 + 912$, $\\frac{1}{2}$, $1\\,000\\,000$ and "
                + "$\\begin{pmatrix}912 & 555\\\\0146 & 1\\end{pmatrix}$.\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.contains("would be published")).toList();
    assertThat(errors)
        .as(r.err())
        .hasSize(5)
        .anySatisfy(e -> assertThat(e).contains("essays/maths.md:6:7: error: phone number"))
        .anySatisfy(e -> assertThat(e).contains("essays/maths.md:8:5: error: phone number"))
        .anySatisfy(e -> assertThat(e).contains("essays/maths.md:10:13: error: phone number"))
        .anySatisfy(e -> assertThat(e).contains("essays/maths.md:12:4: error: phone number"))
        .anySatisfy(e -> assertThat(e).contains("essays/maths.md:12:24: error: phone number"));
  }

  @Test
  void aJsonFeedReadsTheHtmlItCarriesAsThePageDoes() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("placeholders"),
            SITE
                + "-- content/essays/remote.md --\n---\ntitle: Remote\ndate: 2025-07-02\n---\n"
                + "Change the remote to `url = https://<username>:<password>@github.com/"
                + "<username>/<repository>.git`.\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("feed.json")).contains("&lt;password&gt;@github.com");
  }

  @Test
  void aCredentialInAJsonFeedIsStillFoundAtTheNoteLine() throws Exception {
    SiteFixture.Result r =
        bake(
            "-- content/essays/remote.md --\n---\ntitle: Remote\ndate: 2025-07-02\n---\n"
                + "Line one.\nChange the remote to `url = https://alice:hunter2@example.org/a.git`.\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.contains("would be published")).toList();
    assertThat(errors).as(r.err()).hasSize(1);
    assertThat(errors.get(0))
        .contains(
            "essays/remote.md:6:37: error: user name or password in a URL \"a****@example.org\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"content_html\": \"<p>https://alice:hunter2&#64;example.org/</p>\"}",
        "{\"content_html\": \"<p>see <a href=\\\"https://alice:hunter2@example.org/\\\">x</a></p>\"}",
        "{\"content_html\": \"\\u003cp>call 912 555 0142\\u003c/p>\"}",
        "{\"url\": \"https://alice:hunter2@example.org/\", \"html\": \"<p>hi</p>\"}",
        "{\"html\": \"<p>hi</p>\", \"password\": \"hunter22\"}",
        "{\"html\": \"<p>unclosed</p>, \"u\": \"https://alice:hunter2@example.org/"
      })
  void aJsonFeedIsReadAsCodeAndTheHtmlInItAsAPage(String json) throws Exception {
    // The JSON Feed's template by its name here and by the name later versions give it.
    SiteFixture.Result r =
        bake(
            "-- templates/feed-json.ftl --\n"
                + json
                + "\n-- templates/feed.json.ftl --\n"
                + json
                + "\n");
    assertThat(r.exitCode()).as(json + "\n" + r).isEqualTo(1);
    // At the template's line where the text is there as written, else at the feed that shows it.
    assertThat(r.err())
        .as(json)
        .containsPattern(
            "(feed\\.json|templates/feed[.-]json\\.ftl:1:\\d+): error: .* would be published");
  }

  @Test
  void anAllowListWrittenAsAKeyIsNamedAndAllowsNothingWhileTheFileTheHintNamesDoes()
      throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("allow-key"),
            "-- jbake.properties --\nsite.host=https://avery.example.org/\nsite.title=Avery Quinn\n"
                + "publish.folders=essays\nprivacy.allow=rule:phone,rule:email\n"
                + "privacy.deny=Jordan Vale\n"
                + "-- content/essays/call.md --\n---\ntitle: Call\ndate: 2025-07-03\n---\n"
                + "Ring 912 555 0142.\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "jbake.properties:4:1: warning: privacy.allow is not a key and is not read here, so it"
                + " allows nothing; write its entries one a line in the file privacy.allow beside"
                + " jbake.properties, and remove this line")
        .contains("jbake.properties:5:1: warning: privacy.deny is not a key")
        .containsPattern(
            "essays/call\\.md:5:6: error: phone number .* add phone:[0-9a-f]{6} to the file"
                + " privacy\\.allow beside jbake\\.properties, or %%privacy:allow");
    String id = r.err().replaceAll("(?s).*\\(id (phone:[0-9a-f]{6}).*", "$1");

    site.add("-- privacy.allow --\n" + id + "\n");
    SiteFixture.Result allowed = site.bake();
    assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
  }

  @Test
  void aValueOnEveryPageIsOneFindingWithACountAndItsIdAllowsIt() throws Exception {
    String template =
        "-- templates/post.ftlh --\n<html><body><main>${content.body}</main>"
            + "<footer>Call 912 555 0142</footer></body></html>\n"
            + "-- templates/index.ftlh --\n<html><body><footer>Call 912 555 0142</footer>"
            + "</body></html>\n"
            + "-- content/essays/two.md --\n---\ntitle: Two\ndate: 2025-07-02\n---\nMore.\n";
    SiteFixture site = SiteFixture.of(dir.resolve("every"), SITE + template);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.contains("would be published")).toList();
    assertThat(errors).as(r.err()).hasSize(1);
    assertThat(errors.get(0))
        .containsPattern(
            "templates/(post|index)\\.ftlh:1:\\d+: error: phone number \"912 \\*\\*\\* \\*\\*42\""
                + " would be published in 3 outputs by a template that prints this file"
                + " \\(id phone:[0-9a-f]{6}; first in ");
    String id = errors.get(0).replaceAll(".*\\(id (phone:[0-9a-f]{6}).*", "$1");

    assertThat(r.err()).contains(".notebake/finding-id.key: warning: created the key");
    site.add("-- privacy.allow --\n" + id + "\n");
    SiteFixture.Result allowed = site.bake("--verbose");
    assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
    assertThat(allowed.err()).doesNotContain("finding-id.key");
  }

  @Test
  void theSameNumberInOneNoteIsFoundAtItsLineWithItsIdWhateverTheSpelling() throws Exception {
    SiteFixture.Result r =
        bake(
            "-- content/essays/call.md --\n---\ntitle: Call\ndate: 2025-07-03\n---\n"
                + "Line two.\nRing (912) 555-0142 or\n+1 912 555 0142 or [me](tel:9125550142).\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.contains("would be published")).toList();
    assertThat(errors).as(r.err()).hasSize(1);
    assertThat(errors.get(0))
        .contains("essays/call.md:6:6: error: phone number \"(912) ***-**42\" would be published");
  }

  @Test
  void aNumberInAFileNameOrTitleNamesTheNote() throws Exception {
    SiteFixture.Result r =
        bake("-- content/essays/Call 912-555-0142.md --\n---\ndate: 2025-07-03\n---\nHello.\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern(
            "essays/Call 912-555-0142\\.md:1: error: phone number \"912-\\*\\*\\*-\\*\\*42\" "
                + "would be published in \\d+ outputs from its file name \\(id phone:[0-9a-f]{6}\\)");
  }
}
