package org.notebake.album;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.publish.Note;

/**
 * A published album: its {@code index.md} (title, date, reflection) and its public photos in the
 * order the album asks for. Private photos are not in it.
 *
 * @param index the album's note
 * @param photos the public photos, in order
 * @param cover the photo {@code cover:} names when it is one of the album's, else the first; empty
 *     for an album without photos
 * @param withheld the photos its {@code photos:} list opts out ({@code publish: false}), by path
 *     relative to the content folder: private to the whole site, as a sidecar's opt-out makes them
 * @param missingAlt the warning about each photo without alt text, by path relative to the content
 *     folder: told unless the album's page embeds the photo, which gives it alt text there
 */
public record Album(
    Note index,
    List<AlbumPhoto> photos,
    Optional<AlbumPhoto> cover,
    List<String> withheld,
    Map<String, Diagnostic> missingAlt) {

  public Album {
    photos = List.copyOf(photos);
    withheld = List.copyOf(withheld);
    missingAlt = Map.copyOf(missingAlt);
  }

  /** The album's folder relative to the content folder, e.g. {@code gallery/spring-show}. */
  public String folder() {
    return AlbumFolder.of(index.path());
  }
}
