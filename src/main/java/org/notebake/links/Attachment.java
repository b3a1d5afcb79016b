package org.notebake.links;

import org.notebake.vault.SourceFile;

/**
 * A vault file that is not a note, with the site path it gets if a published note references it.
 *
 * @param source the file
 * @param uri its slugged site-relative path, e.g. {@code attachments/pasted-image-20250626.png}
 */
public record Attachment(SourceFile source, String uri) {

  public String extension() {
    return source.extension();
  }

  /**
   * Where it is, its address, its size and time as the scan read them, NUL between them: what
   * changes when the file is moved, renamed or saved again.
   *
   * <pre>{@code
   * wall.stamp(); // "gallery/Wall.png", "gallery/wall.png", "812", "1764350000000" joined by '\0'
   * }</pre>
   */
  public String stamp() {
    return source.relativePath()
        + "\u0000"
        + uri
        + "\u0000"
        + source.size()
        + "\u0000"
        + source.modified();
  }
}
