package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems that used to pass in silence are warnings; a successful build prints nothing else. */
class SilentProblemsTest {
  @TempDir Path dir;

  @Test
  void aMalformedObsidianAppJsonIsAWarning() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- a.md --
            ---
            publish: true
            ---
            hi
            -- .obsidian/app.json --
            {"strictLineBreaks": true,
             "attachmentFolderPath": "files"
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            ".obsidian/app.json:4: warning: the Obsidian settings file is not valid JSON"
                + " (unexpected token at character 62); strictLineBreaks and attachmentFolderPath"
                + " may be missed");
  }

  @Test
  void aWellFormedAppJsonSaysNothing() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            "-- a.md --\n---\npublish: true\n---\nhi\n-- .obsidian/app.json --\n{\"x\": [1, {}]}\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.err()).isEmpty();
  }

  @Test
  void aMapValuedTitleIsAWarning() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            "-- notes/b.md --\n---\npublish: true\ntitle: {a: 1}\n---\nhello\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "notes/b.md:3:1: warning: title is a map, not text, so the page is titled \"b\" after"
                + " the file; write it as title: \"...\"");
  }

  @Test
  void aTemplatesAttemptBlockLogsNothingWhenItRecovers() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/a.md --
            hello
            -- templates/post.ftlh --
            <#attempt>${nope.x}<#recover>fallback</#attempt>
            """);
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    SiteFixture.Result r;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      r = site.bake();
    } finally {
      System.setErr(original);
    }

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/a.html")).contains("fallback");
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(r.err()).isEmpty();
  }
}
