package org.notebake.vault;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.notebake.vault.SourceFile.Kind;

/**
 * Decides from a file name alone whether the scanner keeps a file and as what. Discovery is an
 * allow-list: a file whose extension is not named here never reaches the site.
 */
final class FileClassifier {

  private static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown");

  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");

  private static final Set<String> ATTACHMENT_EXTENSIONS =
      Set.of(
          // images
          "png",
          "jpg",
          "jpeg",
          "gif",
          "webp",
          "svg",
          "avif",
          "bmp",
          "tif",
          "tiff",
          "heic",
          "heif",
          "ico",
          // documents
          "pdf",
          "txt",
          "csv",
          "tsv",
          "json",
          "epub",
          "docx",
          "xlsx",
          "pptx",
          "odt",
          "ods",
          "odp",
          // audio
          "mp3",
          "wav",
          "ogg",
          "oga",
          "opus",
          "m4a",
          "flac",
          "aac",
          // video
          "webm",
          "mp4",
          "m4v",
          "mov",
          "mkv",
          "ogv",
          // archives and captions
          "zip",
          "vtt",
          "srt");

  /** Markup another tool renders; named in the warning so the user knows what was skipped. */
  private static final Map<String, String> UNSUPPORTED_MARKUP =
      Map.of(
          "adoc", "AsciiDoc",
          "asciidoc", "AsciiDoc",
          "ad", "AsciiDoc",
          "org", "Org",
          "rst", "reStructuredText");

  /** OS droppings and editor leftovers that sit next to notes but are never content. */
  private static final Set<String> JUNK_NAMES = Set.of("thumbs.db", "desktop.ini", "ehthumbs.db");

  private static final Set<String> JUNK_EXTENSIONS = Set.of("swp", "swo", "tmp", "bak");

  private FileClassifier() {}

  /** Hidden by the Unix convention; this covers {@code .obsidian}, {@code .trash}, {@code .git}. */
  static boolean isHidden(String name) {
    return name.startsWith(".");
  }

  /**
   * Temp, backup and system files: Office locks {@code ~$x.docx}, {@code x~}, {@code #x#}. (An
   * Obsidian canvas or base is no junk: it is left out for its type, and a link to it is told so.)
   */
  static boolean isJunk(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return JUNK_NAMES.contains(lower)
        || lower.startsWith("~$")
        || lower.endsWith("~")
        || (lower.startsWith("#") && lower.endsWith("#"))
        || JUNK_EXTENSIONS.contains(SourceFile.extensionOf(lower));
  }

  /** The kind of a regular file, or empty when it is not on the allow-list. */
  static Optional<Kind> kindOf(String name) {
    return kindOf(name, false);
  }

  /**
   * As {@link #kindOf(String)}; in a JBake site's content folder ({@code jbakeContent}) an {@code
   * .htm} is a file, not a page: JBake 2.7 renders {@code .html} alone (its raw engine's one
   * extension) and copies every file no engine reads as it is.
   */
  static Optional<Kind> kindOf(String name, boolean jbakeContent) {
    String extension = SourceFile.extensionOf(name);
    if (NOTE_EXTENSIONS.contains(extension)) {
      return Optional.of(Kind.NOTE);
    }
    if (jbakeContent && extension.equals("htm")) {
      return Optional.of(Kind.ATTACHMENT);
    }
    if (HTML_EXTENSIONS.contains(extension)) {
      return Optional.of(Kind.HTML);
    }
    if (ATTACHMENT_EXTENSIONS.contains(extension)) {
      return Optional.of(Kind.ATTACHMENT);
    }
    if (UNSUPPORTED_MARKUP.containsKey(extension)) {
      return Optional.of(Kind.UNSUPPORTED);
    }
    return Optional.empty();
  }

  /** The human name of an unsupported markup, such as {@code "AsciiDoc"} for {@code adoc}. */
  static String markupName(String extension) {
    return UNSUPPORTED_MARKUP.getOrDefault(extension, extension);
  }
}
