package org.notebake.gallery;

/**
 * The image formats notebake publishes, recognised by their first bytes, never by file name.
 *
 * <pre>{@code
 * ImageFormat format = ImageFormat.detect("a.jpg", bytes); // JPEG, or ImageException
 * }</pre>
 */
public enum ImageFormat {
  JPEG("jpg"),
  PNG("png"),
  WEBP("webp"),
  GIF("gif");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * @throws ImageException for anything else, TIFF, HEIC and BMP included: their metadata cannot be
   *     stripped here, and copying them through would publish it
   */
  public static ImageFormat detect(String file, byte[] bytes) throws ImageException {
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return WEBP;
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
      return GIF;
    }
    if (bytes.length == 0) {
      // A real vault's circuit sketch: a sync or a paste that never finished, not a format.
      throw new ImageException(
          file,
          "image file is empty (0 bytes: a copy, sync or paste that did not finish); add it again");
    }
    if (org.notebake.text.GitCrypt.isEncrypted(bytes)) {
      throw new ImageException(
          file,
          "the image " + org.notebake.text.GitCrypt.WHAT + "; " + org.notebake.text.GitCrypt.FIX);
    }
    throw new ImageException(
        file, "unsupported image format" + describe(bytes) + ", convert it to JPEG, PNG or WebP");
  }

  private static String describe(byte[] bytes) {
    if (startsWith(bytes, 0, 'I', 'I', 42, 0) || startsWith(bytes, 0, 'M', 'M', 0, 42)) {
      return " (TIFF or camera raw)";
    }
    if (startsWith(bytes, 4, 'f', 't', 'y', 'p')) {
      return " (HEIC/AVIF)";
    }
    if (startsWith(bytes, 0, 'B', 'M')) {
      return " (BMP)";
    }
    return "";
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
