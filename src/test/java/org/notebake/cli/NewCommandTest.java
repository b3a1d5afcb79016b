package org.notebake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.site.SiteFixture;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class NewCommandTest {
  @TempDir Path dir;

  private static String frontMatter(String title, String type) {
    return "---\ntitle: "
        + title
        + "\ndate: "
        + LocalDate.now(ZoneId.systemDefault())
        + "\ntype: "
        + type
        + "\ntags: []\npublish: false\n---\n\n";
  }

  private Path vault() throws Exception {
    return SiteFixture.of(dir.resolve("vault"), "-- .obsidian/app.json --\n{}\n").root();
  }

  @Test
  void anEssayInABareVaultGoesToTheEssaysFolderUnderItsSlug() throws Exception {
    Path vault = vault();

    SiteFixture.Result r = SiteFixture.run("new", "essay", "Signals lost", "-s", vault.toString());

    Path file = vault.resolve("essays/signals-lost.md");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(file + "\n");
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(frontMatter("\"Signals lost\"", "post"));
  }

  @Test
  void aGalleryIsAnAlbumFolderWithAnIndexNote() throws Exception {
    Path vault = vault();

    SiteFixture.Result r =
        SiteFixture.run("new", "gallery", "Small prints", "--source", vault.toString());

    Path file = vault.resolve("gallery/small-prints/index.md");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(file + "\n");
    assertThat(Files.readString(file))
        .isEqualTo(
            frontMatter("\"Small prints\"", "gallery")
                + "%% Put the photos in this folder: the album shows each one below this text."
                + " Say what each shows,\nfor people who cannot see it: write alt: in a sidecar"
                + " beside it (photo.jpg.md), or embed it here\nwith its alt text, ![[photo.jpg|what"
                + " it shows]], to show it here instead. %%\n");
  }

  @Test
  void aNoteGoesToTheTopOfTheVaultWithTheDefaultType() throws Exception {
    Path vault = vault();

    SiteFixture.Result r = SiteFixture.run("new", "note", "Reading list", "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(vault.resolve("reading-list.md")))
        .isEqualTo(frontMatter("\"Reading list\"", "post"));
  }

  /**
   * Red team: with type.folders=essays:post,notes:note, a note was an essay at the content root
   * (type post), joining the essays and their feed once published.
   */
  @Test
  void aNoteGoesWhereTypeFoldersKeepNotes() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("garden"),
            """
            -- jbake.properties --
            type.folders=essays:post,notes:note
            -- content/essays/a.md --
            An essay.
            """);

    SiteFixture.Result r =
        SiteFixture.run("new", "note", "Garden thought", "-s", site.root().toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(site.root().resolve("content/notes/garden-thought.md")))
        .isEqualTo(frontMatter("\"Garden thought\"", "note"));
  }

  /** Red team: a type folder climbing out of the content folder was a NoSuchFileException. */
  @Test
  void aTypeFolderOutsideTheContentFolderIsRefusedInWords() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("out"),
            "-- jbake.properties --\ntype.folders=essays/../../esc2:post\n-- content/a.md --\nA.\n");

    SiteFixture.Result r = SiteFixture.run("new", "essay", "X", "-s", site.root().toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("error: type.folders gives post a folder outside the content folder")
        .doesNotContain("Exception");
    assertThat(site.root().resolve("esc2")).doesNotExist();
    assertThat(dir.resolve("esc2")).doesNotExist();
  }

  @Test
  void aJBakeSiteUsesItsContentFolderTypeFoldersAndTimeZone() throws Exception {
    // Kiritimati is UTC+14: on most hours of the day its date differs from UTC's.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            content.folder=notes
            site.timezone=Pacific/Kiritimati
            type.folders=work:project,writing:post
            -- notes/keep.md --
            hi
            """);

    SiteFixture.Result r =
        SiteFixture.run("new", "project", "Queue weather", "-s", site.root().toString());

    Path file = site.root().resolve("notes/work/queue-weather.md");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(file + "\n");
    assertThat(Files.readString(file))
        .isEqualTo(
            "---\ntitle: \"Queue weather\"\ndate: "
                + LocalDate.now(ZoneId.of("Pacific/Kiritimati"))
                + "\ntype: project\ntags: []\npublish: false\n---\n\n");
  }

  @Test
  void theSitesOwnArchetypeWinsAndATrickyTitleStaysOneYamlString() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            content.folder=content
            -- content/keep.md --
            hi
            -- archetypes/essay.md --
            ---
            title: {{title}}
            date: {{date}}
            type: {{type}}
            slug: {{slug}}
            publish: false
            ---
            # {{title}}
            """);
    String title = "#1: \"Quotes\", \\back\\ & {{date}} [x]";

    SiteFixture.Result r = SiteFixture.run("new", "essay", title, "-s", site.root().toString());

    Path file = site.root().resolve("content/essays/1-quotes-back-date-x.md");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String text = Files.readString(file);
    assertThat(text)
        .isEqualTo(
            "---\ntitle: \"#1: \\\"Quotes\\\", \\\\back\\\\ & {{date}} [x]\"\ndate: "
                + LocalDate.now(ZoneId.systemDefault())
                + "\ntype: post\nslug: 1-quotes-back-date-x\npublish: false\n---\n# "
                + title
                + "\n\n");
    String yaml = text.substring(4, text.indexOf("\n---\n"));
    Map<?, ?> parsed = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    assertThat(parsed.get("title")).isEqualTo(title);

    // Red team: an archetype quoting the title itself made YAML that no longer parsed.
    for (String quoted : List.of("\"{{title}}\"", "'{{title}}'")) {
      Files.writeString(
          site.root().resolve("archetypes/note.md"),
          "---\ntitle: " + quoted + "\npublish: false\n---\n");
      String again = "Say \"hi\" it's " + quoted.charAt(0);
      SiteFixture.Result n = SiteFixture.run("new", "note", again, "-s", site.root().toString());
      assertThat(n.exitCode()).as(n.toString()).isZero();
      Path made = Path.of(n.out().strip()); // as printed: from the working folder
      String front = Files.readString(made).split("\n---\n")[0].substring(4);
      Map<?, ?> note = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(front);
      assertThat(note.get("title")).as(quoted).isEqualTo(again);
      Files.delete(made);
    }
  }

  @Test
  void anExistingFileIsNeverReplaced() throws Exception {
    Path vault = vault();
    Files.createDirectories(vault.resolve("essays"));
    Files.writeString(vault.resolve("essays/signals-lost.md"), "my draft\n");

    SiteFixture.Result r = SiteFixture.run("new", "essay", "Signals LOST", "-s", vault.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            vault.resolve("essays/signals-lost.md")
                + ": error: the file exists and is left as it is; choose another title or edit"
                + " that note\n");
    assertThat(Files.readString(vault.resolve("essays/signals-lost.md"))).isEqualTo("my draft\n");
  }

  @Test
  void slashesAndDotsInATitleNeverLeaveTheTypesFolder() throws Exception {
    Path vault = vault();

    SiteFixture.Result r =
        SiteFixture.run("new", "page", "../../etc/passwd", "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(vault.resolve("pages/etc-passwd.md") + "\n");
    assertThat(vault.resolve("pages/etc-passwd.md")).exists();
  }

  @Test
  void lettersOfEveryScriptStayAndInvisibleControlsGo() throws Exception {
    Path vault = vault();

    SiteFixture.Result r =
        SiteFixture.run(
            "new", "essay", "Ärger\u202Egnp.exe\u200B über 東京 Café", "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(vault.resolve("essays/ärger-gnp.exe-über-東京-café.md") + "\n");
  }

  @Test
  void aVeryLongTitleIsCutAtAWordToAFileNameTheSystemTakes() throws Exception {
    Path vault = vault();
    String title = "語り ".repeat(100);

    SiteFixture.Result r = SiteFixture.run("new", "note", title, "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String name = Path.of(r.out().strip()).getFileName().toString();
    assertThat(name).isEqualTo("語り-".repeat(26) + "語り.md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "..", "/", "— !?", "two\nlines", "tab\there", "nel\u0085x"})
  void aTitleThatCannotNameAFileIsUsageErrorTwoAndWritesNothing(String title) throws Exception {
    Path vault = vault();

    SiteFixture.Result r = SiteFixture.run("new", "essay", title, "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("notebake: error: the title");
    assertThat(vault.resolve("essays")).doesNotExist();
  }

  @Test
  void helpListsNewWithItsKinds() {
    assertThat(SiteFixture.run("--help").out()).contains("new");
    SiteFixture.Result r = SiteFixture.run("new", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("Usage: notebake new [-hV] [-s=DIR] KIND TITLE")
        .contains("essay, project, gallery, note or page")
        .contains(".notebake/archetypes/KIND.md");
  }

  @Test
  void anUnknownKindIsUsageErrorTwo() throws Exception {
    SiteFixture.Result r = SiteFixture.run("new", "poem", "Rain", "-s", vault().toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "notebake: error: unknown kind \"poem\"; use one of essay, project, gallery, note or"
                + " page\n");
  }

  @Test
  void aNewNoteBakesCleanlyAndStaysPrivate() throws Exception {
    Path vault = vault();
    // Named, so the site's identity warnings do not count against the notes.
    java.nio.file.Files.writeString(
        vault.resolve("jbake.properties"),
        "site.host=https://example.org/\nsite.title=Notes\nsite.author=Avery Quinn\n");
    for (String kind : new String[] {"essay", "project", "gallery", "note", "page"}) {
      assertThat(SiteFixture.run("new", kind, "First " + kind, "-s", vault.toString()).exitCode())
          .isZero();
    }

    SiteFixture.Result r = SiteFixture.run("check", "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("notes published 0 of 5").contains("0 errors, 0 warnings");
  }

  /**
   * An archetype of the site's own that does not say {@code publish: false} made a note that the
   * next bake published at once, its folder being in {@code publish.folders}: {@code new} promises
   * a private note.
   */
  @Test
  void anArchetypeThatWouldPublishTheNoteIsRefusedAndNothingIsWritten() throws Exception {
    Path vault = vault();
    Files.writeString(vault.resolve("jbake.properties"), "publish.folders=essays,projects\n");
    Files.createDirectories(vault.resolve(".notebake/archetypes"));
    Files.writeString(
        vault.resolve(".notebake/archetypes/essay.md"), "---\ntitle: {{title}}\n---\n");
    Files.writeString(
        vault.resolve(".notebake/archetypes/project.md"),
        "---\ntitle: {{title}}\npublish: true\n---\n");

    SiteFixture.Result essay = SiteFixture.run("new", "essay", "Diary", "-s", vault.toString());
    SiteFixture.Result project = SiteFixture.run("new", "project", "Diary", "-s", vault.toString());

    assertThat(essay.exitCode()).as(essay.toString()).isEqualTo(2);
    assertThat(essay.err())
        .startsWith(vault.resolve(".notebake/archetypes/essay.md") + ": error: ")
        .contains("add publish: false to its front matter");
    assertThat(project.exitCode()).as(project.toString()).isEqualTo(2);
    assertThat(vault.resolve("essays")).doesNotExist();
    assertThat(vault.resolve("projects")).doesNotExist();
  }

  /**
   * Obsidian names a note after its title: {@code essays/Signals Lost.md} is published as {@code
   * essays/signals-lost.html}. On a file system that tells case apart, {@code new essay "Signals
   * Lost"} wrote {@code signals-lost.md} beside it, and the two collided once both were published.
   */
  @Test
  void aNoteWhoseNameGivesTheSameAddressIsNamedAndNothingIsWritten() throws Exception {
    Path vault = vault();
    Files.createDirectories(vault.resolve("essays"));
    Files.writeString(vault.resolve("essays/Signals Lost.md"), "my essay\n");
    Files.createDirectories(vault.resolve("gallery/Spring Show"));

    SiteFixture.Result r = SiteFixture.run("new", "essay", "Signals lost", "-s", vault.toString());
    SiteFixture.Result album =
        SiteFixture.run("new", "gallery", "Spring show", "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(vault.resolve("essays/Signals Lost.md") + ": error: has the address")
        .contains("choose another title");
    assertThat(vault.resolve("essays/signals-lost.md")).doesNotExist();
    assertThat(album.exitCode()).as(album.toString()).isEqualTo(2);
    assertThat(album.err()).startsWith(vault.resolve("gallery/Spring Show") + ": error: ");
    assertThat(vault.resolve("gallery/spring-show")).doesNotExist();
  }

  /** A file where the type's folder should be was reported as the note itself existing. */
  @Test
  void aFileWhereTheFolderShouldBeIsNamedAsSuch() throws Exception {
    Path vault = vault();
    Files.writeString(vault.resolve("essays"), "not a folder\n");

    SiteFixture.Result r = SiteFixture.run("new", "essay", "Hello", "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            vault.resolve("essays")
                + ": error: is a file where the note's folder should be, and is left as it is;"
                + " move it, or name another folder for the type in type.folders\n");
    assertThat(Files.readString(vault.resolve("essays"))).isEqualTo("not a folder\n");
  }

  /**
   * A type's folder that is a symbolic link out of the vault: the note was written there, outside
   * the vault, where bake (which does not follow such a link) never saw it.
   */
  @Test
  void aTypesFolderLinkedOutOfTheVaultIsRefusedAndNothingIsWrittenThere() throws Exception {
    Path vault = vault();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(vault.resolve("projects"), elsewhere);

    SiteFixture.Result r = SiteFixture.run("new", "project", "Hello", "-s", vault.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(vault.resolve("projects") + ": error: leads out of the content folder");
    try (var files = Files.list(elsewhere)) {
      assertThat(files).isEmpty();
    }
  }
}
