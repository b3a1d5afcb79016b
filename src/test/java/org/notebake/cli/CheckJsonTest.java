package org.notebake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.BuildReport;
import org.notebake.site.SiteFixture;

class CheckJsonTest {
  /** A vault that names its site, so the only diagnostics are the ones a test plants. */
  private static final String NAMED =
      "-- jbake.properties --\nsite.host=https://example.org/\nsite.title=Notes\n"
          + "site.author=Avery Quinn\n";

  @TempDir Path dir;

  private static SiteFixture.Result checkJson(SiteFixture site) {
    return SiteFixture.run("check", "--format", "json", "--source", site.root().toString());
  }

  @Test
  void everyDiagnosticIsOneJsonObjectWithItsRuleAndTheExitCodeStaysOne() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            NAMED
                + """
            -- a.md --
            ---
            publish: true
            ---
            Call me at (912) 555-0142, see [[Nowhere]].
            -- b.md --
            ---
            title: [unclosed
            publish: true
            ---
            text
            """);

    SiteFixture.Result r = checkJson(site);

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    String a = site.root().resolve("a.md").toString();
    String b = site.root().resolve("b.md").toString();
    assertThat(r.out())
        .startsWith("{\"diagnostics\":[\n")
        .contains(
            "{\"file\":\""
                + a
                + "\",\"line\":4,\"column\":12,\"severity\":\"error\",\"rule\":\"privacy.phone\","
                + "\"message\":\"phone number \\\"(912) ***-**42\\\" would be published in 5 outputs"
                + " (id phone:")
        .contains(
            "{\"file\":\""
                + a
                + "\",\"line\":4,\"column\":32,\"severity\":\"warning\",\"rule\":"
                + "\"link.unresolved\",\"message\":\"wikilink target \\\"Nowhere\\\" matches no"
                + " published note; create the note or fix the link\",\"finding\":null}")
        .contains("{\"file\":\"" + b + "\",\"line\":2,\"column\":8,")
        .contains("\"severity\":\"error\",\"rule\":\"frontmatter.invalid\"")
        .endsWith(
            "\n],\n\"summary\":{\"errors\":2,\"warnings\":2,\"notes_found\":2,"
                + "\"notes_published\":1,\"privacy_findings\":1}}\n");
    JSONObject doc = (JSONObject) new JSONParser().parse(r.out());
    assertThat((JSONArray) doc.get("diagnostics")).hasSize(4);
    Map<?, ?> phone = null;
    for (Object each : (JSONArray) doc.get("diagnostics")) {
      if ("privacy.phone".equals(((Map<?, ?>) each).get("rule"))) {
        phone = (Map<?, ?>) each;
      }
    }
    assertThat(phone).as(r.out()).isNotNull();
    String id = (String) phone.get("finding");
    assertThat(id).matches("phone:[0-9a-f]+");
    assertThat((String) phone.get("message")).contains("(id " + id + ")", "add " + id + " to");
  }

  /**
   * Real content (a vault of 1,064 warnings, 950 of them with a null rule): a link to a heading or
   * block that is not there, a name several notes answer to, and two notes that write one page have
   * their rules, so an editor or CI can pick them out.
   */
  @Test
  void linkAndCollisionDiagnosticsHaveTheirRules() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("rules"),
            NAMED
                + """
            -- Target.md --
            ---
            publish: true
            ---
            # Present
            -- a/Dup.md --
            ---
            publish: true
            ---
            one
            -- bb/Dup.md --
            ---
            publish: true
            ---
            two
            -- C.md --
            ---
            publish: true
            ---
            c
            -- C++.md --
            ---
            publish: true
            ---
            c plus plus
            -- Links.md --
            ---
            publish: true
            ---
            [[Target#Missing heading]], [[Target#^noblock]] and [[Dup]].
            """);

    SiteFixture.Result r = checkJson(site);

    assertThat(r.out())
        .contains("\"rule\":\"link.anchor\",\"message\":\"\\\"Target\\\" has no heading")
        .contains("\"rule\":\"link.anchor\",\"message\":\"\\\"Target\\\" has no block")
        .contains("\"rule\":\"link.ambiguous\",\"message\":\"\\\"Dup\\\" matches several notes")
        .contains("\"rule\":\"output.collision\",\"message\":\"writes c.html");
  }

  @Test
  void aCleanSiteIsAnEmptyListAndExitZero() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), NAMED + "-- a.md --\n---\npublish: true\n---\nhi\n");

    SiteFixture.Result r = checkJson(site);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "{\"diagnostics\":[],\n\"summary\":{\"errors\":0,\"warnings\":0,\"notes_found\":1,"
                + "\"notes_published\":1,\"privacy_findings\":0}}\n");
  }

  @Test
  void theTextFormatIsUnchangedByDefault() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"), NAMED + "-- a.md --\n---\npublish: true\n---\nsee [[Nowhere]]\n");

    SiteFixture.Result r = site.check();

    assertThat(r.err())
        .isEqualTo(
            site.root().resolve("a.md")
                + ":4:5: warning: wikilink target \"Nowhere\" matches no published note; create"
                + " the note or fix the link\n");
    assertThat(r.out()).startsWith("notebake: checked (nothing written)");
  }

  @Test
  void aHostileLinkTargetInANoteCannotBreakTheDocument() throws Exception {
    String target = "Evil\"},{\\ \u0001\u001b\u2028\u007f";
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            NAMED + "-- a.md --\n---\npublish: true\n---\nsee [[" + target + "]]\n");

    SiteFixture.Result r = checkJson(site);

    assertThat(r.out()).doesNotContain("\u0001").doesNotContain("\u001b").doesNotContain("\u2028");
    JSONObject doc = (JSONObject) new JSONParser().parse(r.out());
    JSONArray list = (JSONArray) doc.get("diagnostics");
    assertThat(list).hasSize(1);
    assertThat((String) ((Map<?, ?>) list.get(0)).get("message"))
        .startsWith("wikilink target \"" + target + "\" matches no published note");
  }

  @Test
  void everyControlCharacterQuoteAndLoneSurrogateIsEscaped() throws Exception {
    StringBuilder hostile = new StringBuilder("\"\\/");
    for (char c = 0; c < 0x20; c++) {
      hostile.append(c);
    }
    hostile.append("\u007f\u0085\u009f\u2028\u2029 ok é 😀 \ud800 x \udc00");

    String json = JsonDiagnostics.string(hostile.toString());

    assertThat(json)
        .startsWith("\"\\\"\\\\/\\u0000\\u0001")
        .contains("\\b\\t\\n\\u000b\\f\\r\\u000e")
        .endsWith("\\u007f\\u0085\\u009f\\u2028\\u2029 ok é 😀 \\ud800 x \\udc00\"");
    assertThat(json.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isEmpty();
    Object parsed = new JSONParser().parse(json);
    assertThat(parsed).isEqualTo(hostile.toString());
  }

  @Test
  void aRulelessDiagnosticHasANullRule() {
    BuildReport report = new BuildReport(0, 0, 0, 0, 0, List.of(), 0, Map.of(), false);
    String json =
        JsonDiagnostics.format(
            List.of(org.notebake.diagnostics.Diagnostic.warning("x.md", 0, 0, "m")), 0, 1, report);

    assertThat(json)
        .isEqualTo(
            "{\"diagnostics\":[\n{\"file\":\"x.md\",\"line\":0,\"column\":0,\"severity\":"
                + "\"warning\",\"rule\":null,\"message\":\"m\",\"finding\":null}\n],\n\"summary\":{\"errors\":0,"
                + "\"warnings\":1,\"notes_found\":0,\"notes_published\":0,\"privacy_findings\":0}}");
  }

  @Test
  void aWarningAboutAKeyCarriesItsFileAndLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            NAMED
                + "# what is public\npublish.folders = essays,\\\n    topics\n"
                + "-- essays/a.md --\nhi\n");

    SiteFixture.Result r = checkJson(site);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    JSONArray list = (JSONArray) ((JSONObject) new JSONParser().parse(r.out())).get("diagnostics");
    assertThat(list).hasSize(1);
    Map<?, ?> only = (Map<?, ?>) list.get(0);
    assertThat(only.get("file")).isEqualTo(site.root().resolve("jbake.properties").toString());
    assertThat(only.get("line")).as("publish.folders, continued on the next line").isEqualTo(5L);
    assertThat(only.get("column")).isEqualTo(1L);
    assertThat(only.get("severity")).isEqualTo("warning");
    assertThat((String) only.get("message"))
        .startsWith("publish.folders entry \"topics\" matches no folder of the vault");
  }

  @Test
  void aConfigurationErrorIsOneJsonDiagnosticAtItsLineAndTheExitCodeStaysTwo() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), NAMED + "\n  render.tags : maybe\n-- a.md --\nhi\n");

    SiteFixture.Result r = checkJson(site);
    SiteFixture.Result text = site.check();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "{\"diagnostics\":[\n{\"file\":\""
                + site.root().resolve("jbake.properties")
                + "\",\"line\":5,\"column\":3,\"severity\":\"error\",\"rule\":null,"
                + "\"message\":\"render.tags=maybe must be true or false\",\"finding\":null}\n],\n"
                + "\"summary\":{\"errors\":1,\"warnings\":0,\"notes_found\":0,"
                + "\"notes_published\":0,\"privacy_findings\":0}}\n");
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.err())
        .isEqualTo(
            site.root().resolve("jbake.properties")
                + ":5:3: error: render.tags=maybe must be true or false\n");
  }

  /**
   * An error before any build (an option misspelt, a folder that is not there) still gives a JSON
   * document on stdout, so an editor or CI reading it gets the message, not an empty stream; the
   * text on stderr and the exit code are as without --format json.
   */
  @Test
  void anErrorBeforeAnyBuildIsStillOneJsonDocument() throws Exception {
    Path missing = dir.resolve("no-such-vault");
    SiteFixture.Result noFolder =
        SiteFixture.run("check", "--format", "json", "--source", missing.toString());
    SiteFixture.Result misspelt =
        SiteFixture.run("check", "--format=json", "--sorce", dir.toString());
    for (SiteFixture.Result r : List.of(noFolder, misspelt)) {
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
      JSONObject document = (JSONObject) new JSONParser().parse(r.out());
      JSONArray diagnostics = (JSONArray) document.get("diagnostics");
      assertThat(diagnostics).hasSize(1);
      assertThat(((JSONObject) diagnostics.get(0)).get("severity")).isEqualTo("error");
      assertThat(((JSONObject) document.get("summary")).get("errors")).isEqualTo(1L);
    }
    assertThat(misspelt.err()).startsWith("notebake: error: Unknown options: '--sorce'");
    JSONObject usage =
        (JSONObject)
            ((JSONArray) ((JSONObject) new JSONParser().parse(misspelt.out())).get("diagnostics"))
                .get(0);
    assertThat(usage.get("rule")).isEqualTo("usage");
    assertThat((String) usage.get("message")).startsWith("Unknown options: '--sorce'");
    // The folder is the diagnostic's file, as an editor shows it; the message is the error alone.
    JSONObject folder =
        (JSONObject)
            ((JSONArray) ((JSONObject) new JSONParser().parse(noFolder.out())).get("diagnostics"))
                .get(0);
    assertThat(folder.get("file")).isEqualTo(missing.toString());
    assertThat(folder.get("message"))
        .isEqualTo("the source folder does not exist; pass --source with a site or vault");
  }
}
