package org.notebake.album;

import java.time.LocalDateTime;
import org.notebake.vault.SourceFile;

/** Reads what an album needs from a photo's metadata before anything is published. */
@FunctionalInterface
public interface PhotoProbe {
  /**
   * @param taken when the camera says the photo was taken, for {@code order: date}; null if unknown
   * @param facts the caption line {@code privacy.photo.keep} allows, or ""
   */
  record Probed(LocalDateTime taken, String facts) {
    public static final Probed NOTHING = new Probed(null, "");
  }

  /** Never throws: a photo that cannot be read is reported when it is published. */
  Probed probe(SourceFile photo);
}
