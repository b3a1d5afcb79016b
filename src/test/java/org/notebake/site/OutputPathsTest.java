package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostics;

class OutputPathsTest {
  /**
   * A name over 255 bytes cannot be written on Linux, macOS or Windows: said at the note, while
   * planning, not as a failed write at the end naming the output folder. Bytes, not characters: 85
   * CJK letters are 255 bytes, 86 are too many.
   */
  /**
   * {@code CON.md} gives {@code con.html}, which a Windows checkout of the site cannot hold (nor
   * {@code nul/}, {@code aux.txt}, {@code COM1.tar.gz}): a warning at its source, the path kept.
   */
  @Test
  void aNameWindowsReservesIsAWarningAtItsSource() {
    OutputPaths paths = new OutputPaths();
    Diagnostics diagnostics = new Diagnostics();

    assertThat(paths.claim("con.html", "CON.md", diagnostics)).isTrue();
    assertThat(paths.claim("nul/index.html", "nul/index.md", diagnostics)).isTrue();
    assertThat(paths.claim("files/aux.txt", "files/aux.txt", diagnostics)).isTrue();
    assertThat(paths.claim("com1.tar.gz", "COM1.tar.gz", diagnostics)).isTrue();
    assertThat(paths.claim("console.html", "Console.md", diagnostics)).isTrue();
    assertThat(paths.claim("com10.html", "com10.md", diagnostics)).isTrue();
    assertThat(paths.claim("essays/null.html", "essays/null.md", diagnostics)).isTrue();

    assertThat(diagnostics.sorted())
        .extracting(d -> d.path() + ": " + d.message())
        .containsExactly(
            "COM1.tar.gz: writes com1.tar.gz, and com1.tar.gz is a device name Windows reserves,"
                + " so a Windows checkout of the site (and a host that builds there) cannot hold"
                + " it; rename it",
            "CON.md: writes con.html, and con.html is a device name Windows reserves, so a"
                + " Windows checkout of the site (and a host that builds there) cannot hold it;"
                + " rename it or give it a slug in its front matter",
            "files/aux.txt: writes files/aux.txt, and aux.txt is a device name Windows reserves,"
                + " so a Windows checkout of the site (and a host that builds there) cannot hold"
                + " it; rename it",
            "nul/index.md: writes nul/index.html, and nul is a device name Windows reserves, so"
                + " a Windows checkout of the site (and a host that builds there) cannot hold it;"
                + " rename it or give it a slug in its front matter");
    assertThat(diagnostics.sorted()).allMatch(d -> !d.isError());
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  /** The whole bake: the note and its attachment are published, each with its warning. */
  @Test
  void aVaultsNoteNamedConBakesWithAWarningAtTheNote() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- Notes/CON.md --
            ---
            publish: true
            ---
            See [the log](aux.txt).
            -- Notes/aux.txt --
            a log
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("notes/con.html", "notes/aux.txt");
    assertThat(r.err())
        .contains("Notes/CON.md: warning: writes notes/con.html, and con.html is a device name")
        .contains("Notes/aux.txt: warning: writes notes/aux.txt, and aux.txt is a device name");
  }

  @Test
  void aNameTooLongToWriteIsAnErrorAtItsSource() {
    OutputPaths paths = new OutputPaths();
    Diagnostics diagnostics = new Diagnostics();

    assertThat(paths.claim("essays/" + "a".repeat(250) + ".html", "essays/a.md", diagnostics))
        .isTrue();
    assertThat(paths.claim("essays/" + "b".repeat(251) + ".html", "essays/b.md", diagnostics))
        .isFalse();
    assertThat(paths.claim("观".repeat(85) + "/x.html", "c.md", diagnostics)).isTrue();
    assertThat(paths.claim("观".repeat(86) + "/x.html", "d.md", diagnostics)).isFalse();
    assertThat(paths.claim("files/" + "e".repeat(252) + ".pdf", "files/e.pdf", diagnostics))
        .isFalse();

    assertThat(diagnostics.sorted())
        .extracting(d -> d.path() + ": " + d.message())
        .containsExactly(
            "d.md: would write "
                + "观".repeat(86)
                + "/x.html, whose name is 258 bytes, over the 255 a file name may have on most"
                + " file systems; give it a shorter file name or a shorter slug in its front"
                + " matter",
            "essays/b.md: would write essays/"
                + "b".repeat(251)
                + ".html, whose name is 256 bytes, over the 255 a file name may have on most"
                + " file systems; give it a shorter file name or a shorter slug in its front"
                + " matter",
            "files/e.pdf: would write files/"
                + "e".repeat(252)
                + ".pdf, whose name is 256 bytes, over the 255 a file name may have on most"
                + " file systems; give it a shorter file name");
    assertThat(paths.all()).hasSize(2);
  }

  /**
   * "writes resume.html, which resume.html writes too" named an output and a source alike: a file
   * of a content folder apart from the source is named with its folder, as the author finds it.
   */
  @Test
  void aCollisionNamesTheOtherSourceWithItsContentFolder(@TempDir Path site) throws IOException {
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("content/resume.html"), "<p>Résumé</p>");
    Files.writeString(site.resolve("content/resume.md"), "title=Résumé\n~~~~~~\n");
    OutputPaths paths = new OutputPaths(site, site.resolve("content"));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(paths.claim("resume.html", "resume.html", diagnostics)).isTrue();
    assertThat(paths.claim("resume.html", "resume.md", diagnostics)).isFalse();
    assertThat(paths.claim("archive.html", "template archive.ftlh", diagnostics)).isTrue();
    assertThat(paths.claim("archive.html", "resume.md", diagnostics)).isFalse();

    assertThat(diagnostics.sorted())
        .extracting(d -> d.path() + ": " + d.message())
        .containsExactly(
            "resume.md: writes archive.html, which template archive.ftlh writes too; rename one"
                + " of them or give one a permalink/slug in its front matter",
            "resume.md: writes resume.html, which content/resume.html writes too; rename one of"
                + " them or give one a permalink/slug in its front matter");
  }
}
