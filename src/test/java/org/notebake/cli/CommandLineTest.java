package org.notebake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

class CommandLineTest {
  @TempDir Path dir;

  @Test
  void helpListsTheSubcommandsAndExitsZero() {
    SiteFixture.Result r = SiteFixture.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("bake").contains("check");
    assertThat(SiteFixture.run("bake", "--help").out())
        .contains("--source")
        .contains("--output")
        .contains("--force");
  }

  @Test
  void anUnknownOptionIsUsageErrorTwo() {
    SiteFixture.Result r = SiteFixture.run("bake", "--frobnicate");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }

  @Test
  void aMissingSourceIsUsageErrorTwoNamingIt() {
    SiteFixture.Result r = SiteFixture.run("bake", "--source", dir.resolve("nope").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nope").contains("does not exist");
  }

  @Test
  void anOutputInsideTheVaultIsRefusedWithExitTwo() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), "-- a.md --\nhello\n");
    SiteFixture.Result r =
        SiteFixture.run(
            "bake",
            "--source",
            site.root().toString(),
            "--output",
            site.root().resolve("site").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("error:");
    assertThat(Files.exists(site.root().resolve("site"))).isFalse();
  }

  @Test
  void aForeignNonEmptyOutputIsRefusedUnlessForced() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), "-- a.md --\n---\npublish: true\n---\nhi\n");
    Files.createDirectories(site.output());
    Files.writeString(site.output().resolve("thesis.docx"), "precious");
    SiteFixture.Result refused = site.bake();
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(Files.readString(site.output().resolve("thesis.docx"))).isEqualTo("precious");
    SiteFixture.Result forced = site.bake("--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(site.files()).contains("a.html").doesNotContain("thesis.docx");
  }

  @Test
  void aBareVaultBakesBesideItselfWithTheBuiltInTheme() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
        -- Hello.md --
        ---
        publish: true
        ---
        Hi.
        -- .obsidian/app.json --
        {}
        """);
    SiteFixture.Result r = SiteFixture.run("bake", "--source", site.root().toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path out = dir.resolve("vault-site");
    assertThat(out.resolve("hello.html")).exists();
    assertThat(out.resolve("css/site.css")).exists();
    assertThat(out.resolve(".obsidian")).doesNotExist();
    assertThat(r.out()).startsWith("notebake: baked").contains("notes published 1 of 1");
  }

  @Test
  void checkWritesNothingAndExitsOneOnFindings() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
        -- a.md --
        ---
        publish: true
        ---
        Call me at (912) 555-0142.
        """);
    SiteFixture.Result r = site.check();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("a.md:4:12: error: phone number");
    assertThat(r.out()).contains("checked (nothing written)").contains("private-data findings 1");
    assertThat(Files.exists(site.output())).isFalse();
  }

  @Test
  void anInlineAllowMarkerLetsTheAuthorPublishANumber() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
        -- a.md --
        ---
        publish: true
        ---
        Studio line: (912) 555-0142 %%privacy:allow 912 555 0142%%
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("a.html")).contains("(912) 555-0142").doesNotContain("privacy:allow");
  }

  @Test
  void aNumberSplitByMarkupIsStillFoundAndBlamedOnItsNote() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
        -- a.md --
        ---
        publish: true
        ---
        Call **912** 555 0142 today.
        """);
    SiteFixture.Result r = site.check();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("a.md: error: phone number \"912 *** **42\"");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", "\t"})
  void aBlankOutputIsUsageErrorTwoAndTouchesNothing(String blank) throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), "-- a.md --\n---\npublish: true\n---\nhi\n");
    Path cwdFile = Path.of("").toAbsolutePath().resolve("pom.xml");
    byte[] before = Files.readAllBytes(cwdFile);

    SiteFixture.Result r =
        SiteFixture.run("bake", "--source", site.root().toString(), "--output", blank, "--force");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("notebake: error: Invalid value for option '--output': the folder name is")
        .contains("an unset shell variable?");
    assertThat(Files.readAllBytes(cwdFile)).isEqualTo(before);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"bake", "check"})
  void aBlankSourceIsUsageErrorTwo(String command) {
    SiteFixture.Result r = SiteFixture.run(command, "--source", "");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("Invalid value for option '--source': the folder name is empty")
        .doesNotContain("Exception");
  }

  @Test
  void aWriteErrorNamesTheNoteAndTheCauseFromTheSystem() throws Exception {
    String slug = "x".repeat(300);
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"), "-- a.md --\n---\npublish: true\nslug: " + slug + "\n---\nhi\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("a.md: error: cannot write " + slug + ".html: file name too long")
        .doesNotContain(".staging-");
    assertThat(Files.exists(site.output())).isFalse();
  }

  @Test
  void aGitHubPagesCheckoutInTheOutputSurvivesTheNextBake() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), "-- a.md --\n---\npublish: true\n---\nhi\n");
    assertThat(site.bake().exitCode()).isZero();
    Files.createDirectories(site.output().resolve(".git"));
    Files.writeString(site.output().resolve(".git/config"), "[core]\n");
    Files.writeString(site.output().resolve("CNAME"), "notes.example.org\n");
    Files.writeString(site.output().resolve(".nojekyll"), "");
    site.add("-- b.md --\n---\npublish: true\n---\nsecond\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains(".git/config", "CNAME", ".nojekyll", "a.html", "b.html");
    assertThat(site.read("CNAME")).isEqualTo("notes.example.org\n");
  }

  @Test
  void aUserFileInTheWayOfANewPageIsRefusedWithExitTwoNamingIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), "-- a.md --\n---\npublish: true\n---\nhi\n");
    assertThat(site.bake().exitCode()).isZero();
    Files.writeString(site.output().resolve("b.html"), "my hand-made page");
    site.add("-- b.md --\n---\npublish: true\n---\nsecond\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("error: the output holds files notebake did not write at paths the new site")
        .contains("(b.html)");
    assertThat(site.read("b.html")).isEqualTo("my hand-made page");
    assertThat(site.files()).doesNotContain("b.html.tmp");
  }

  @Test
  void anEmptyMarkerCopiedIntoAFolderIsRefusedWithExitTwo() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), "-- a.md --\n---\npublish: true\n---\nhi\n");
    Files.createDirectories(site.output());
    Files.writeString(site.output().resolve(".notebake-output"), "");
    Files.writeString(site.output().resolve("thesis.docx"), "years of work");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("its .notebake-output file is empty").contains("--force");
    assertThat(site.read("thesis.docx")).isEqualTo("years of work");
  }

  @Test
  void checkPutsBackASiteThatAKilledSwapLeftAside() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), "-- a.md --\n---\npublish: true\n---\nhi\n");
    assertThat(SiteFixture.run("bake", "--source", site.root().toString()).exitCode()).isZero();
    Path output = dir.resolve("vault-site");
    Files.move(output, dir.resolve(".vault-site.old-1764350000000-k3j9")); // killed mid-swap

    SiteFixture.Result r =
        SiteFixture.run("check", "--verbose", "--source", site.root().toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(output.resolve("a.html")).exists();
    assertThat(r.err()).contains("the previous site was put back from .vault-site.old-");
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("vault", "vault-site");
    }
  }
}
