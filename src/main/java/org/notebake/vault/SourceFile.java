package org.notebake.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One file found in the content folder, with the name the rest of the build uses for it.
 *
 * <pre>{@code
 * SourceFile note = vault.notes().get(0);
 * note.relativePath(); // "journal/Café.md" (NFC, '/' separators)
 * note.name();         // "Café"
 * note.extension();    // "md"
 * }</pre>
 *
 * @param path the absolute real path of the file on disk (symbolic links resolved)
 * @param relativePath the path as seen from the content root, through any followed link, with '/'
 *     separators and every name normalised to Unicode NFC
 * @param kind what the build does with the file
 * @param size the file size in bytes when it was scanned
 * @param modified the file's last modification in milliseconds since the epoch, read with its size
 *     when it was scanned
 */
public record SourceFile(Path path, String relativePath, Kind kind, long size, long modified) {

  /** What the build does with a file, decided by its extension. */
  public enum Kind {
    /** Markdown ({@code .md}, {@code .markdown}): parsed, published only when its note opts in. */
    NOTE,
    /** JBake HTML content ({@code .html}, {@code .htm}) with a JBake header. */
    HTML,
    /** An allow-listed file a note may link or embed: image, PDF, audio, video, data. */
    ATTACHMENT,
    /** Markup notebake does not render (AsciiDoc, Org, reStructuredText): warned about, skipped. */
    UNSUPPORTED
  }

  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(kind, "kind");
  }

  /** The file name without its last extension: {@code "notes/Café.md"} gives {@code "Café"}. */
  public String name() {
    String fileName = fileName();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The last extension in lower case, without the dot, or {@code ""} when there is none. */
  public String extension() {
    return extensionOf(fileName());
  }

  private String fileName() {
    return relativePath.substring(relativePath.lastIndexOf('/') + 1);
  }

  /** True if a file of this name is read as a note: Markdown, or JBake's HTML content. */
  public static boolean isNoteName(String name) {
    return FileClassifier.kindOf(name).filter(k -> k == Kind.NOTE || k == Kind.HTML).isPresent();
  }

  /**
   * True for an Excalidraw drawing's file ({@code Board.excalidraw.md}, or the older {@code
   * Board.excalidraw}), by its name or path: the plugin's data, not prose, so no note.
   */
  public static boolean isDrawing(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".excalidraw.md") || lower.endsWith(".excalidraw");
  }

  /**
   * The markup notebake does not render that a file of this name or path is written in, if any:
   * {@code "AsciiDoc"} for {@code docs/guide.adoc}, {@code "Org"}, {@code "reStructuredText"}.
   */
  public static Optional<String> unrenderedMarkup(String name) {
    return FileClassifier.kindOf(name)
        .filter(k -> k == Kind.UNSUPPORTED)
        .map(k -> FileClassifier.markupName(extensionOf(name)));
  }

  static String extensionOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
