package org.notebake.vault;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link VaultScanner} found in a content folder: the notes and attachments the build may use,
 * each list sorted by {@link SourceFile#relativePath()}, and how much it left out.
 *
 * <pre>{@code
 * Vault vault = new VaultScanner().scan(Path.of("content"), diagnostics);
 * for (SourceFile note : vault.notes()) { ... }
 * System.out.println(vault.skipped().hidden() + " hidden files and folders skipped");
 * }</pre>
 *
 * @param root the real path of the content folder
 * @param notes Markdown notes and JBake HTML content
 * @param attachments allow-listed files notes may link to or embed
 * @param skipped counts of what was left out, for the build summary
 */
public record Vault(
    Path root, List<SourceFile> notes, List<SourceFile> attachments, Skipped skipped) {

  public Vault {
    Objects.requireNonNull(root, "root");
    notes = List.copyOf(notes);
    attachments = List.copyOf(attachments);
    Objects.requireNonNull(skipped, "skipped");
  }

  /**
   * How many entries the scan left out, by reason.
   *
   * @param hidden files and folders whose name starts with '.' ({@code .obsidian}, {@code .git})
   * @param ignored files that are not on the allow-list: editor temp files, canvases, unknown types
   * @param unsupported content in a markup notebake does not render, such as AsciiDoc
   * @param symlinks symbolic links not followed: leaving the content folder, broken, or looping
   * @param ofOtherTypes the files left out for their type alone, among {@code ignored} (a {@code
   *     .css}, a {@code .py}) or {@code unsupported} (an {@code .adoc}), relative to the root and
   *     sorted: a link to one is told what it found
   * @param lfsPointers attachments that are Git LFS pointers, not the files (a clone without {@code
   *     git lfs pull}), relative to the root and sorted; left out, each with a warning
   */
  public record Skipped(
      int hidden,
      int ignored,
      int unsupported,
      int symlinks,
      List<String> ofOtherTypes,
      List<String> lfsPointers) {

    public Skipped {
      ofOtherTypes = List.copyOf(ofOtherTypes);
      lfsPointers = List.copyOf(lfsPointers);
    }

    /** Nothing left out. */
    public static Skipped none() {
      return new Skipped(0, 0, 0, 0, List.of(), List.of());
    }
  }
}
