package org.notebake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * Red team: a jbake.properties that is a named pipe (or a folder) was read as none, the vault
   * baked without its settings.
   */
  @Test
  void aJbakePropertiesThatIsNoFileIsRefused() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("pipe"), "-- content/a.md --\nhi\n");
    Files.createDirectories(site.root().resolve("jbake.properties"));
    SiteFixture.Result r = SiteFixture.run("check", "--source", site.root().toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("jbake.properties: error: is not a file");
  }

  /**
   * Red team: a broken symbolic link was named from the content folder ({@code essays/l1}) where
   * every other diagnostic names its file from the working folder, and {@code a\\b.md} (one name on
   * Linux) was shown as {@code a/b.md}, a file that does not exist.
   */
  @Test
  void diagnosticsNameFilesAsTheyAre() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("names"),
            "-- jbake.properties --\npublish.folders=essays\n-- content/essays/a.md --\nhi\n");
    Path essays = site.root().resolve("content/essays");
    Files.createSymbolicLink(essays.resolve("l1"), essays.resolve("missing.md"));
    Files.writeString(essays.resolve("a\\b.md"), "---\ntitle: [unclosed\n---\n");
    SiteFixture.Result r = SiteFixture.run("check", "--source", site.root().toString());
    assertThat(r.err())
        .contains(essays.resolve("l1") + ": warning: symbolic link is broken")
        .contains(essays.resolve("a\\b.md") + ":2:");
  }

  /** Red team: {@code --output /} was refused with a Java stack trace (a root has no name). */
  @Test
  void theFilesystemRootAsOutputIsRefusedInWords() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("vault"), "-- jbake.properties --\n-- content/a.md --\nhi\n");
    SiteFixture.Result r =
        SiteFixture.run("bake", "--source", site.root().toString(), "--output", "/");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("filesystem root")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  /**
   * A bake leaves both memos beside the output, and the next bake of an unchanged vault reads both
   * and takes every body and page from them: the second bake's, since a note changed before it.
   */
  @Test
  void aSecondBakeReadsBothMemosTheFirstLeft() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            "-- a.md --\n---\npublish: true\n---\nhi\n-- b.md --\n---\npublish: true\n---\nho\n");
    for (int bake = 1; bake <= 3; bake++) {
      if (bake == 2) {
        // The third bake then reuses every page only if the second one's memo was written.
        Files.writeString(site.root().resolve("b.md"), "---\npublish: true\n---\nho ho\n");
      }
      SiteFixture.Result r = site.bake("--verbose");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      Path cache = org.notebake.incremental.BodyMemo.folderFor(site.output());
      assertThat(cache.resolve("bodies.bin")).as("bake " + bake).isRegularFile();
      assertThat(cache.resolve("pages.bin")).as("bake " + bake).isRegularFile();
      if (bake == 3) {
        java.util.regex.Matcher reused =
            java.util.regex.Pattern.compile(
                    "reused: (\\d+) of (\\d+) note bodies, (\\d+) of (\\d+) pages")
                .matcher(r.out());
        assertThat(reused.find()).as(r.toString()).isTrue();
        assertThat(reused.group(1)).as(r.out()).isEqualTo(reused.group(2)).isEqualTo("2");
        assertThat(reused.group(3)).as(r.out()).isEqualTo(reused.group(4)).isNotEqualTo("0");
      }
    }
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

  /**
   * Red team (repro-12): a refused bake ("nothing is changed") made the share cards' cache beside
   * the output all the same, for someone else's folder, a symbolic link, and a folder holding the
   * vault.
   */
  @Test
  void aRefusedBakeWritesNothingBesideTheOutput() throws Exception {
    Path parent = Files.createDirectories(dir.resolve("parent"));
    SiteFixture site =
        SiteFixture.of(
            parent.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            -- a.md --
            ---
            publish: true
            ---
            hi
            """);
    Path theirs = Files.createDirectories(parent.resolve("theirs"));
    Files.writeString(theirs.resolve("thesis.docx"), "precious");
    Path link = Files.createSymbolicLink(parent.resolve("link"), theirs);
    java.util.List<String> before;
    try (var files = Files.list(parent)) {
      before = files.map(p -> p.getFileName().toString()).sorted().toList();
    }

    for (Path output : java.util.List.of(theirs, link, parent)) {
      SiteFixture.Result r =
          SiteFixture.run(
              "bake", "--source", site.root().toString(), "--output", output.toString());

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
      try (var files = Files.list(parent)) {
        assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
            .as("beside " + output.getFileName())
            .isEqualTo(before);
      }
      try (var files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString()).toList())
            .as("beside the parent")
            .containsExactly("parent");
      }
    }
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
    assertThat(r.err()).contains("a.md:4:8: error: phone number \"912 *** **42\"");
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
  void aNameTooLongToWriteNamesTheNoteAndWhatToDo() throws Exception {
    String slug = "x".repeat(300);
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"), "-- a.md --\n---\npublish: true\nslug: " + slug + "\n---\nhi\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "a.md: error: would write "
                + slug
                + ".html, whose name is 305 bytes, over the 255 a file name may have on most file"
                + " systems; give it a shorter file name or a shorter slug in its front matter")
        .doesNotContain(".staging-");
    assertThat(Files.exists(site.output())).isFalse();
  }

  @Test
  void aPageWhoseCardsNameWouldBeTooLongShowsTheSitesCard() throws Exception {
    String slug = "x".repeat(253); // x….h is 255 bytes, its card x….png 257
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            "-- jbake.properties --\nsite.host=https://avery.example.org/\noutput.extension=.h\n"
                + "-- a.md --\n---\npublish: true\nslug: "
                + slug
                + "\n---\nhi\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read(slug + ".h"))
        .contains(
            "<meta property=\"og:image\" content=\"https://avery.example.org/cards/_site.png\">");
  }

  @Test
  void aTagTooLongForItsPageIsOneErrorAtTheNote() throws Exception {
    String tag = "t".repeat(252);
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            "-- a.md --\n---\npublish: true\ntags: [gpu, " + tag + "]\n---\nhi\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "a.md:3: error: the tag \""
                + "t".repeat(40)
                + "…\" would be published as tags/"
                + tag
                + ".html, a name of 257 bytes, over the 255 a file name may have on most file"
                + " systems; shorten the tag")
        .doesNotContain("cannot write")
        .doesNotContain("template tags.ftlh");
    assertThat(r.err().split(": error: ", -1)).as(r.err()).hasSize(2); // no failed links after it
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
  void aSecondBakeLinksUnchangedPagesAndACorruptStampFileOnlyCostsARead() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            "-- a.md --\n---\npublish: true\n---\nhi\n-- b.md --\n---\npublish: true\n---\nbee\n");
    assertThat(site.bake().exitCode()).isZero();
    Path output = site.output();
    Path stamps = dir.resolve(".vault-out.notebake-cache/output-stamps.bin");
    assertThat(stamps).isRegularFile();
    Object untouched = Files.getAttribute(output.resolve("a.html"), "unix:ino");
    Files.writeString(site.root().resolve("b.md"), "---\npublish: true\n---\nbee, edited\n");

    assertThat(site.bake().exitCode()).isZero();
    assertThat(Files.getAttribute(output.resolve("a.html"), "unix:ino")).isEqualTo(untouched);
    assertThat(site.read("b.html")).contains("bee, edited");

    Files.writeString(stamps, "notebake-output-stamps 1 but not really");
    Files.writeString(site.root().resolve("b.md"), "---\npublish: true\n---\nbee, again\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("b.html")).contains("bee, again");
    assertThat(Files.getAttribute(output.resolve("a.html"), "unix:ino")).isEqualTo(untouched);
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
      // The bake's cache of rendered notes (.vault-site.notebake-cache) is meant to stay.
      assertThat(
              siblings
                  .map(p -> p.getFileName().toString())
                  .filter(name -> !name.endsWith(".notebake-cache"))
                  .sorted())
          .containsExactly("vault", "vault-site");
    }
  }

  @Test
  void aMisspeltCommandGetsDidYouMeanAndExitTwo() {
    SiteFixture.Result r = SiteFixture.run("bkae", "--source", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("notebake: error: unknown command \"bkae\"; did you mean \"bake\"?\n")
        .contains("Usage: notebake bake");
    assertThat(SiteFixture.run("chek").err()).contains("did you mean \"check\"?");
    SiteFixture.Result far = SiteFixture.run("deploy");
    assertThat(far.exitCode()).isEqualTo(2);
    assertThat(far.err()).startsWith("notebake: error: unknown command \"deploy\"\n");
  }

  @Test
  void noCommandPrintsAShortUsageToStderrAndExitsTwo() {
    SiteFixture.Result r = SiteFixture.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("notebake: error: no command given\nUsage: notebake bake ")
        .contains("notebake check")
        .contains("notebake help");
  }

  /** A vault that names its site, so the only warnings are the ones a test plants. */
  private static final String NAMED =
      "-- jbake.properties --\nsite.host=https://example.org/\nsite.title=Notes\n"
          + "site.author=Avery Quinn\n";

  private SiteFixture privateLinks(int count) throws Exception {
    StringBuilder vault = new StringBuilder(NAMED);
    for (int i = 1; i <= count; i++) {
      vault.append("-- p").append(100 + i).append(".md --\n---\npublish: true\n---\n");
      vault.append("[[secret").append(i).append("]]\n");
      vault.append("-- secret").append(i).append(".md --\nprivate\n");
    }
    return SiteFixture.of(dir.resolve("vault"), vault.toString());
  }

  @Test
  void warningsArePrintedByDefaultFoldedAfterTenThenTheSummary() throws Exception {
    SiteFixture site = privateLinks(12);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0))
        .endsWith(
            "p101.md:4:1: warning: wikilink target \"secret1\" is a private note; the link is"
                + " shown as plain text. Publish it (publish: true) or remove the link");
    assertThat(lines.get(10)).isEqualTo("… and 2 more like the line above (--verbose for all)");
    assertThat(r.out()).contains(", 0 errors, 12 warnings in ");
  }

  @Test
  void verboseAndCheckPrintEveryDiagnostic() throws Exception {
    SiteFixture site = privateLinks(12);
    SiteFixture.Result verbose = site.bake("--verbose");
    assertThat(verbose.err().lines())
        .hasSize(12)
        .noneMatch(l -> l.contains("more like the line above"));
    SiteFixture.Result check = site.check();
    assertThat(check.err().lines())
        .hasSize(12)
        .noneMatch(l -> l.contains("more like the line above"));
  }

  @Test
  void quietPrintsErrorsOnly() throws Exception {
    SiteFixture site = privateLinks(3);
    SiteFixture.Result clean = site.bake("--quiet");
    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    assertThat(clean.err()).isEmpty();
    assertThat(clean.out()).isEmpty();

    site.add("-- p101.md --\n---\npublish: true\n---\n![[secret1]]\n");
    SiteFixture.Result failed = site.bake("-q");
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err().lines())
        .singleElement()
        .asString()
        .endsWith(
            "p101.md:4:1: error: embed target \"secret1\" is a private note; nothing of it is"
                + " rendered. Publish it (publish: true) or remove the embed");
    assertThat(SiteFixture.run("bake", "-q", "-v", "--source", site.root().toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void oneWarningIsSingular() throws Exception {
    SiteFixture.Result r = privateLinks(1).bake();
    assertThat(r.out()).contains(", 0 errors, 1 warning in ");
  }

  @Test
  void aForgedLineInALinkTargetIsPrintedEscaped() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            NAMED
                + "-- a.md --\n---\npublish: true\n---\n"
                + "see [x](zz%0Anotebake:%20baked%20everything%20fine.md)\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .endsWith(
            "a.md:4:5: warning: link target \"zz\\nnotebake: baked everything fine.md\" matches no"
                + " published note; create the note or fix the link");
  }

  @Test
  void anAnsiCodeInAFileNameIsPrintedEscaped() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"), "-- \u001B[31mred.md --\n---\npublish: true\n---\n[[nothere]]\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.err()).contains("\\u001B[31mred.md:4:1: warning: wikilink target \"nothere\"");
    assertThat(r.err() + r.out()).doesNotContain("\u001B");
  }
}
