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
}
