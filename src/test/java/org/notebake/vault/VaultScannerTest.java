package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

class VaultScannerTest {

  @TempDir Path base;

  private final Diagnostics diagnostics = new Diagnostics();

  private Path vault() throws IOException {
    return Files.createDirectories(base.resolve("vault"));
  }

  private static Path touch(Path root, String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "x");
  }

  private Vault scan(Path root) {
    return new VaultScanner().scan(root, diagnostics);
  }

  private static List<String> paths(List<SourceFile> files) {
    return files.stream().map(SourceFile::relativePath).toList();
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void keepsNotesAndAllowListedAttachmentsOnly() throws IOException {
    Path root = vault();
    for (String name :
        List.of(
            "notes/a.md",
            "notes/b.markdown",
            "attachments/p.png",
            "attachments/doc.PDF",
            "board.canvas",
            "~$report.docx",
            "a.md~",
            ".a.md.swp",
            "x.swp",
            "x.tmp",
            "Thumbs.db",
            "desktop.ini",
            "tool.exe",
            "Board.excalidraw.md",
            "run.sh",
            "page.html")) {
      touch(root, name);
    }

    Vault vault = scan(root);

    assertThat(paths(vault.notes())).containsExactly("notes/a.md", "notes/b.markdown", "page.html");
    assertThat(vault.notes())
        .extracting(SourceFile::kind)
        .containsExactly(SourceFile.Kind.NOTE, SourceFile.Kind.NOTE, SourceFile.Kind.HTML);
    assertThat(paths(vault.attachments()))
        .containsExactly("attachments/doc.PDF", "attachments/p.png");
    assertThat(vault.skipped().ignored()).isEqualTo(10);
    assertThat(vault.skipped().hidden()).isEqualTo(1);
    // Junk is not a file a link could mean; a file of a type notebake does not publish may be.
    assertThat(vault.skipped().ofOtherTypes())
        .containsExactly("Board.excalidraw.md", "board.canvas", "run.sh", "tool.exe");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void anAttachmentThatIsAGitLfsPointerIsLeftOutWithAWarning() throws IOException {
    Path root = vault();
    String pointer =
        "version https://git-lfs.github.com/spec/v1\n"
            + "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
            + "size 48213\n";
    Files.writeString(touch(root, "images/drawing.svg"), pointer);
    Files.writeString(touch(root, "images/photo.jpg"), pointer);
    // Not a pointer: a text that only mentions one, and a real file that is longer than any.
    Files.writeString(touch(root, "notes/lfs.txt"), "About " + pointer);
    Files.writeString(touch(root, "notes/long.txt"), pointer + "x".repeat(1100));

    Vault vault = scan(root);

    assertThat(paths(vault.attachments())).containsExactly("notes/lfs.txt", "notes/long.txt");
    assertThat(vault.skipped().lfsPointers())
        .containsExactly("images/drawing.svg", "images/photo.jpg");
    assertThat(diagnostics.sorted())
        .extracting(d -> d.path() + ": " + d.message())
        .containsExactly(
            "images/drawing.svg: is a Git LFS pointer, not the file itself (the vault was cloned or"
                + " copied without its LFS files), so it is not published; run git lfs pull in the"
                + " vault, then bake again",
            "images/photo.jpg: is a Git LFS pointer, not the file itself (the vault was cloned or"
                + " copied without its LFS files), so it is not published; run git lfs pull in the"
                + " vault, then bake again");
  }

  @Test
  void hiddenFilesAndFoldersAreNeverEntered() throws IOException {
    Path root = vault();
    touch(root, ".obsidian/workspace.json");
    touch(root, ".obsidian/plugins/x/main.md");
    touch(root, ".trash/deleted.md");
    touch(root, ".git/config");
    touch(root, ".DS_Store");
    touch(root, "notes/.hidden.md");
    touch(root, "notes/kept.md");

    Vault vault = scan(root);

    assertThat(paths(vault.notes())).containsExactly("notes/kept.md");
    assertThat(vault.attachments()).isEmpty();
    assertThat(vault.skipped().hidden()).isEqualTo(5);
  }

  @Test
  void sourceFileKnowsItsRealPathSizeNameAndExtension() throws IOException {
    Path root = vault();
    Files.createDirectories(root.resolve("notes"));
    Files.writeString(root.resolve("notes/Gallery Night.MD"), "12345");

    SourceFile note = scan(root).notes().get(0);

    assertThat(note.path()).isEqualTo(root.resolve("notes/Gallery Night.MD").toRealPath());
    assertThat(note.path()).isAbsolute();
    assertThat(note.size()).isEqualTo(5);
    assertThat(note.name()).isEqualTo("Gallery Night");
    assertThat(note.extension()).isEqualTo("md");
  }

  @Test
  void filesAreSortedByRelativePath() throws IOException {
    Path root = vault();
    for (String name : List.of("z.md", "a/z.md", "B.md", "a.md", "a/b/c.md", "m/a.md")) {
      touch(root, name);
    }

    assertThat(paths(scan(root).notes()))
        .containsExactly("B.md", "a.md", "a/b/c.md", "a/z.md", "m/a.md", "z.md");
  }

  @Test
  void asciidocIsAWarningNotAFailure() throws IOException {
    Path root = vault();
    touch(root, "docs/guide.adoc");
    touch(root, "notes/readme.rst");
    touch(root, "notes/a.md");

    Vault vault = scan(root);

    assertThat(paths(vault.notes())).containsExactly("notes/a.md");
    assertThat(vault.skipped().unsupported()).isEqualTo(2);
    // A link to one is told what it found.
    assertThat(vault.skipped().ofOtherTypes())
        .containsExactly("docs/guide.adoc", "notes/readme.rst");
    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(messages())
        .containsExactly(
            "docs/guide.adoc: warning: AsciiDoc content is not rendered by notebake; convert it to"
                + " Markdown or move it out of the content folder",
            "notes/readme.rst: warning: reStructuredText content is not rendered by notebake;"
                + " convert it to Markdown or move it out of the content folder");
  }

  /** A JBake site of AsciiDoc (jbake.org's own, 193 files) had one warning a file. */
  @Test
  void manyFilesOfOneMarkupAreOneWarning() throws IOException {
    Path root = vault();
    for (String name : List.of("docs/a.adoc", "docs/b.adoc", "docs/c.adoc", "docs/d.adoc")) {
      touch(root, name);
    }
    touch(root, "notes/readme.rst");

    Vault vault = scan(root);

    assertThat(vault.skipped().unsupported()).isEqualTo(5);
    assertThat(messages())
        .containsExactly(
            "docs/a.adoc: warning: AsciiDoc content is not rendered by notebake; convert it to"
                + " Markdown or move it out of the content folder (3 more files are in that"
                + " markup: docs/b.adoc, docs/c.adoc and 1 more)",
            "notes/readme.rst: warning: reStructuredText content is not rendered by notebake;"
                + " convert it to Markdown or move it out of the content folder");
  }

  @Test
  void symlinkLeavingTheContentFolderIsSkippedWithAWarning() throws IOException {
    Path root = vault();
    Path outside = Files.createDirectories(base.resolve("private"));
    touch(outside, "diary.md");
    Files.createSymbolicLink(root.resolve("escape"), outside);
    Files.createSymbolicLink(root.resolve("diary.md"), outside.resolve("diary.md"));

    Vault vault = scan(root);

    assertThat(vault.notes()).isEmpty();
    assertThat(vault.skipped().symlinks()).isEqualTo(2);
    assertThat(messages())
        .hasSize(2)
        .allSatisfy(
            message ->
                assertThat(message).contains("warning: symbolic link points outside the content"))
        .anySatisfy(message -> assertThat(message).startsWith("escape: "))
        .anySatisfy(message -> assertThat(message).startsWith("diary.md: "));
  }

  @Test
  void siblingFolderSharingThePrefixIsOutside() throws IOException {
    Path root = vault();
    Path sibling = Files.createDirectories(base.resolve("vault-private"));
    touch(sibling, "secret.md");
    Files.createSymbolicLink(root.resolve("more"), sibling);

    Vault vault = scan(root);

    assertThat(vault.notes()).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("more: warning: symbolic link points outside the content folder");
  }

  @Test
  void symlinkInsideTheContentFolderIsFollowed() throws IOException {
    Path root = vault();
    Path real = touch(root, "notes/a.md");
    Files.createSymbolicLink(root.resolve("shortcut"), root.resolve("notes"));
    Files.createSymbolicLink(root.resolve("alias.md"), real);

    Vault vault = scan(root);

    assertThat(paths(vault.notes())).containsExactly("alias.md", "notes/a.md", "shortcut/a.md");
    assertThat(vault.notes()).extracting(SourceFile::path).containsOnly(real.toRealPath());
    assertThat(diagnostics.sorted()).isEmpty();
  }

  /**
   * Red team: a link inside the content folder was a way around what the walk leaves out: into an
   * ignored or templates folder, and a {@code .txt} link to a note published the note's source. A
   * link is followed only to what the walk reads anyway, as a file of its own kind.
   */
  @Test
  void aLinkIsFollowedOnlyToWhatTheWalkReadsAnywayAsItsOwnKind() throws IOException {
    Path root = vault();
    Files.writeString(root.resolve(".notebakeignore"), "secret/\n");
    Path secret = touch(root, "secret/s.md");
    touch(root, "tpl/t.md");
    Path diary = touch(root, "private/diary.md");
    touch(root, "essays/e.md");
    Files.createSymbolicLink(root.resolve("essays/s"), root.resolve("secret"));
    Files.createSymbolicLink(root.resolve("essays/s2.md"), secret);
    Files.createSymbolicLink(root.resolve("essays/t"), root.resolve("tpl"));
    Files.createSymbolicLink(root.resolve("c.txt"), diary);
    Files.createSymbolicLink(root.resolve("essays/d.md"), diary);
    Files.createSymbolicLink(root.resolve("essays/p"), root.resolve("private"));

    Vault vault = new VaultScanner().scan(root, List.of("tpl/"), diagnostics);

    assertThat(paths(vault.notes()))
        .containsExactly("essays/d.md", "essays/e.md", "essays/p/diary.md", "private/diary.md");
    assertThat(paths(vault.attachments())).isEmpty();
    assertThat(messages())
        .hasSize(4)
        .allMatch(m -> m.contains("warning: symbolic link points to"))
        .anyMatch(m -> m.startsWith("c.txt:") && m.contains("private/diary.md"))
        .anyMatch(m -> m.startsWith("essays/s:") && m.contains("secret"))
        .anyMatch(m -> m.startsWith("essays/s2.md:"))
        .anyMatch(m -> m.startsWith("essays/t:") && m.contains("tpl"));
  }

  @Test
  void contentRootReachedThroughASymlinkWorks() throws IOException {
    Path root = vault();
    touch(root, "a.md");
    Path link = Files.createSymbolicLink(base.resolve("link-to-vault"), root);

    Vault vault = scan(link);

    assertThat(vault.root()).isEqualTo(root.toRealPath());
    assertThat(paths(vault.notes())).containsExactly("a.md");
  }

  @Test
  void symlinkLoopIsDetectedAndSkipped() throws IOException {
    Path root = vault();
    touch(root, "notes/a.md");
    Files.createSymbolicLink(root.resolve("notes/up"), root);
    Files.createSymbolicLink(root.resolve("self"), root.resolve("self"));

    Vault vault = scan(root);

    assertThat(paths(vault.notes())).containsExactly("notes/a.md");
    assertThat(vault.skipped().symlinks()).isEqualTo(2);
    assertThat(messages())
        .containsExactly(
            "notes/up: warning: symbolic link loops back to an enclosing folder; it is not"
                + " followed. Remove the link",
            "self: warning: symbolic link is broken or loops (FileSystemException); it is not"
                + " followed. Fix or remove the link");
  }

  @Test
  void brokenSymlinkIsAWarning() throws IOException {
    Path root = vault();
    Files.createSymbolicLink(root.resolve("gone.md"), root.resolve("missing.md"));

    Vault vault = scan(root);

    assertThat(vault.notes()).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("gone.md: warning: symbolic link is broken or loops");
  }

  @Test
  void decomposedNamesAreNormalisedToNfc() throws IOException {
    Path root = vault();
    touch(root, "Cafe\u0301/Cre\u0300me.md");

    SourceFile note = scan(root).notes().get(0);

    assertThat(note.relativePath()).isEqualTo("Caf\u00e9/Cr\u00e8me.md");
    assertThat(note.name()).isEqualTo("Cr\u00e8me");
    assertThat(note.path().getFileName().toString()).isEqualTo("Cre\u0300me.md");
  }

  @Test
  void nfcAndNfdSpellingsOfOneNameAreAnError() throws IOException {
    Path root = vault();
    touch(root, "Caf\u00e9.md");
    touch(root, "Cafe\u0301.md");

    Vault vault = scan(root);

    assertThat(paths(vault.notes())).containsExactly("Caf\u00e9.md", "Caf\u00e9.md");
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("Caf\u00e9.md: error: two files are named \"Caf\u00e9.md\" once Unicode is");
  }

  @Test
  void namesDifferingOnlyByCaseAreAnErrorNamingBoth() throws IOException {
    Path root = vault();
    touch(root, "notes/Plan.md");
    touch(root, "notes/plan.md");
    touch(root, "img/Photo.png");
    touch(root, "img/photo.PNG");
    touch(root, "notes/plan.png");

    scan(root);

    assertThat(messages())
        .containsExactly(
            "img/photo.PNG: error: \"img/photo.PNG\" and \"img/Photo.png\" differ only by letter"
                + " case and collide on case-insensitive file systems; rename one of them",
            "notes/plan.md: error: \"notes/plan.md\" and \"notes/Plan.md\" differ only by letter"
                + " case and collide on case-insensitive file systems; rename one of them");
  }

  @Test
  void missingContentFolderIsAnError() {
    Vault vault = scan(base.resolve("nope"));

    assertThat(vault.notes()).isEmpty();
    assertThat(diagnostics.hasErrors()).isTrue();
    assertThat(messages()).singleElement().asString().contains("content folder cannot be read");
  }

  @Test
  void symlinkIntoAHiddenFolderIsNotFollowed() throws IOException {
    Path root = vault();
    touch(root, ".obsidian/workspace.json");
    touch(root, ".trash/old.md");
    Files.createSymbolicLink(
        root.resolve("settings.json"), root.resolve(".obsidian/workspace.json"));
    Files.createSymbolicLink(root.resolve("bin"), root.resolve(".trash"));

    Vault vault = scan(root);

    assertThat(vault.notes()).isEmpty();
    assertThat(vault.attachments()).isEmpty();
    assertThat(messages())
        .containsExactly(
            "bin: warning: symbolic link points into the hidden \".trash\" inside the content"
                + " folder; it is not followed. Remove the link",
            "settings.json: warning: symbolic link points into the hidden \".obsidian\" inside"
                + " the content folder; it is not followed. Remove the link");
  }

  @Test
  void aNotebakeIgnoreFileLeavesOutWhatItNamesInGitignoreSyntax() throws IOException {
    Path root = vault();
    for (String name :
        List.of(
            "essays/a.md",
            "essays/b.draft.md",
            "essays/keep.draft.md",
            "private/c.md",
            "daily/2025-07-01.md",
            "daily/img.png",
            "sub/daily/x.md")) {
      touch(root, name);
    }
    Files.writeString(
        root.resolve(".notebakeignore"),
        "# private things\nprivate/\n*.draft.md\n!keep.draft.md\n/daily\n");
    Files.writeString(root.resolve("sub/.notebakeignore"), "daily/x.md\n");
    Vault vault = scan(root);
    assertThat(paths(vault.notes())).containsExactly("essays/a.md", "essays/keep.draft.md");
    assertThat(paths(vault.attachments())).isEmpty();
    assertThat(messages()).isEmpty();
  }

  /**
   * Red team: a Quartz garden's {@code content/.gitignore} listed {@code journal/}, which Quartz
   * (globby, {@code gitignore: true}) leaves out, and its journal was published. What git leaves
   * out of the repository is never published; a .notebakeignore beside it may bring a path back.
   */
  @Test
  void aGitignoreLeavesOutWhatItNamesAndANotebakeIgnoreMayBringItBack() throws IOException {
    Path root = vault();
    for (String name :
        List.of("notes/a.md", "journal/2025-03-02.md", "drafts/x.md", "drafts/keep.md")) {
      touch(root, name);
    }
    Files.writeString(root.resolve(".gitignore"), "\uFEFFjournal/\ndrafts/*.md\n");
    Files.writeString(root.resolve(".notebakeignore"), "!drafts/keep.md\n");
    Vault vault = scan(root);
    assertThat(paths(vault.notes())).containsExactly("drafts/keep.md", "notes/a.md");
    assertThat(messages()).isEmpty();
  }

  /**
   * Red team: git's "track only Markdown" idiom in a folder's .gitignore ({@code *}, then folders
   * and {@code !*.md} brought back in) brought back a note the root .notebakeignore leaves out, and
   * a never-scanned folder, as the deepest file won. A .gitignore only leaves out; notebake's own
   * lists decide.
   */
  @Test
  void aGitignoresReinclusionNeverBringsBackWhatNotebakeLeavesOut() throws IOException {
    Path root = vault();
    for (String name :
        List.of("notes/a.md", "notes/journal.private.md", "notes/pic.png", "Templates/t.md")) {
      touch(root, name);
    }
    Files.writeString(root.resolve(".notebakeignore"), "*.private.md\n");
    Files.writeString(root.resolve("notes/.gitignore"), "*\n!*/\n!*.md\n");
    Files.writeString(root.resolve("Templates/.gitignore"), "!*.md\n");
    Vault vault = new VaultScanner().scan(root, List.of("/Templates/"), diagnostics);
    assertThat(paths(vault.notes())).containsExactly("notes/a.md");
    assertThat(paths(vault.attachments())).isEmpty();
  }

  @Test
  void aFolderHoldingJBakeIgnoreIsSkippedWhole() throws IOException {
    Path root = vault();
    touch(root, "essays/a.md");
    touch(root, "drafts/b.md");
    touch(root, "drafts/deeper/c.md");
    Files.writeString(root.resolve("drafts/.jbakeignore"), "whatever it says\n!b.md\n");
    assertThat(paths(scan(root).notes())).containsExactly("essays/a.md");
  }

  @Test
  void neverScannedFoldersAreSkippedWhole() throws IOException {
    Path root = vault();
    touch(root, "essays/a.md");
    Files.createDirectories(root.resolve("Meta/Templates"));
    Files.writeString(root.resolve("Meta/Templates/Daily.md"), "---\ndate: {{date}}\n---\n");
    touch(root, "Meta/Templates/icon.png");
    touch(root, "Meta/Templates Extra/b.md");
    Vault vault =
        new VaultScanner()
            .scan(root, List.of(IgnorePatterns.folder("Meta/Templates")), diagnostics);
    assertThat(paths(vault.notes())).containsExactly("Meta/Templates Extra/b.md", "essays/a.md");
    assertThat(paths(vault.attachments())).isEmpty();
  }

  @Test
  void anUnreadableIgnoreFileIsAnError() throws IOException {
    Path root = vault();
    touch(root, "a.md");
    Files.write(root.resolve(".notebakeignore"), new byte[] {'a', (byte) 0xff, '\n'});
    scan(root);
    assertThat(messages()).singleElement().asString().startsWith(".notebakeignore: error:");
  }
}
