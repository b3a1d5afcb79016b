package org.notebake.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.notebake.diagnostics.Diagnostics;

/**
 * Finds the files of a content folder by allow-list: Markdown notes, JBake HTML content and
 * attachments. Everything else is left out and counted, so nothing reaches the site by accident.
 *
 * <p>Rules: a file or folder whose name starts with '.' is skipped ({@code .obsidian/}, {@code
 * .trash/}, {@code .git/}); so are canvases, OS files and editor temp files; so is what a {@code
 * .notebakeignore} file names (gitignore syntax, in any folder, patterns relative to that folder),
 * a folder holding JBake's {@code .jbakeignore} (as in JBake, whatever the file says), and what the
 * configuration never scans (Obsidian's templates folder, Quartz's ignorePatterns). A symbolic link
 * is followed only when its real target stays inside the content folder; links leading out, broken
 * links and links looping back to an enclosing folder are skipped with a warning. Names are
 * normalised to Unicode NFC, and two files whose names are equal after normalisation or differ only
 * by letter case are an error, since they collide on macOS and Windows. AsciiDoc and other markup
 * notebake does not render is a warning. Notes are not read here: {@link NoteReader} reads them and
 * enforces the size limit.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * Vault vault = new VaultScanner().scan(Path.of("content"), diagnostics);
 * vault.notes();        // [journal/2025-07-01.md, projects/Gallery.md]
 * vault.attachments();  // [attachments/Pasted image 20250626173302.png]
 * }</pre>
 */
public final class VaultScanner {
  /**
   * True for a file that says what a scan leaves out ({@code .notebakeignore}, {@code
   * .jbakeignore}): a change to one is a change to which notes the vault has.
   */
  public static boolean isIgnoreFile(String name) {
    return name.equals(VaultWalk.IGNORE_FILE) || name.equals(VaultWalk.JBAKE_IGNORE_FILE);
  }

  /** Deeper than any real vault; a guard against link chains the loop check cannot see. */
  static final int MAX_DEPTH = 64;

  private final boolean jbakeContent;

  /** A scanner of a vault, or of any content folder but a JBake site's. */
  public VaultScanner() {
    this(false);
  }

  /**
   * @param jbakeContent whether the folder is a JBake site's content, where an {@code .htm} is a
   *     file (JBake copies it as it is), not a page
   */
  public VaultScanner(boolean jbakeContent) {
    this.jbakeContent = jbakeContent;
  }

  /**
   * Scans {@code contentRoot} and reports every problem into {@code diagnostics}.
   *
   * @return the notes and attachments in a stable order; empty when the folder cannot be read
   */
  public Vault scan(Path contentRoot, Diagnostics diagnostics) {
    return scan(contentRoot, List.of(), diagnostics);
  }

  /**
   * Scans {@code contentRoot}, skipping what the gitignore patterns {@code neverScanned} (relative
   * to it) match, whatever the vault's own ignore files say.
   *
   * @return the notes and attachments in a stable order; empty when the folder cannot be read
   */
  public Vault scan(Path contentRoot, List<String> neverScanned, Diagnostics diagnostics) {
    Path root;
    try {
      root = contentRoot.toRealPath();
    } catch (IOException e) {
      diagnostics.error(
          contentRoot.toString(),
          0,
          0,
          "content folder cannot be read (" + e.getMessage() + "); check the --source path");
      return new Vault(contentRoot, List.of(), List.of(), Vault.Skipped.none());
    }
    if (!Files.isDirectory(root)) {
      diagnostics.error(
          contentRoot.toString(), 0, 0, "content folder is not a directory; point it at a folder");
      return new Vault(root, List.of(), List.of(), Vault.Skipped.none());
    }
    Vault vault = new VaultWalk(root, neverScanned, jbakeContent, diagnostics).walk();
    // A JBake site of AsciiDoc (jbake.org's own: 193 files) is one warning, not one a file.
    org.notebake.diagnostics.ToldOnce.group(
        diagnostics,
        VaultWalk.UNRENDERED_RULE,
        "more file is in that markup",
        "more files are in that markup");
    new NameCollisionCheck(diagnostics).check(vault);
    return vault;
  }
}
