package org.notebake.album;

import org.notebake.links.Attachment;

/**
 * One public photo of an album, as its page shows it.
 *
 * @param file the photo and the site path it is published at
 * @param alt what the photo shows, for people who cannot see it; never empty, never the file name
 *     (a photo without alt text is still shown, with a warning, and this is "")
 * @param caption the author's caption, or ""
 * @param facts camera, lens, exposure and date as far as {@code privacy.photo.keep} allows, or ""
 */
public record AlbumPhoto(Attachment file, String alt, String caption, String facts) {

  /** The file name, e.g. {@code wall.jpg}. */
  public String name() {
    return AlbumFolder.fileName(file.source().relativePath());
  }
}
