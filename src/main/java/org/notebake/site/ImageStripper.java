package org.notebake.site;

import java.nio.file.Path;

/** Bridges to the gallery's image sanitiser: bytes of the image without any metadata. */
final class ImageStripper {
  private ImageStripper() {}

  /** A photo that cannot be published safely; the message names the problem and the fix. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static byte[] strip(Path image) throws Failure {
    throw new Failure("image publishing is not wired yet", null);
  }
}
