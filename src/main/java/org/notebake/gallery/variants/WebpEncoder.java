package org.notebake.gallery.variants;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Encodes pixels as WebP. No maintained pure-Java WebP encoder is published on Maven Central (the
 * ImageIO plugins there read WebP only, or wrap libwebp through JNI with a native library per
 * platform), so the encoder is libwebp's own {@code cwebp} (Debian package {@code webp}), found on
 * the {@code PATH} at run time; without it variants are JPEG only.
 *
 * <pre>{@code
 * Optional<WebpEncoder> webp = WebpEncoder.detect();
 * byte[] bytes = webp.get().encode(image); // a RIFF/WEBP file, no metadata
 * }</pre>
 */
public interface WebpEncoder {
  /**
   * The longest side WebP can hold; a taller or wider variant (a long scanned page at its own
   * width) is published as JPEG only.
   */
  int MAX_SIDE = 16383;

  /** Whether a variant of this size can be WebP. */
  static boolean fits(int width, int height) {
    return width <= MAX_SIDE && height <= MAX_SIDE;
  }

  /** Names the encoder, its version and settings; part of the cache key. */
  String id();

  /** Encodes an {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} image. */
  byte[] encode(BufferedImage image) throws IOException;

  /** {@code cwebp} from the {@code PATH}, when it is there and answers. */
  static Optional<WebpEncoder> detect() {
    return onPath("cwebp").flatMap(CwebpEncoder::of);
  }

  /** The executable {@code name} in a folder of {@code PATH}. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      try {
        Path candidate = Path.of(folder, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (java.nio.file.InvalidPathException e) {
        // A PATH entry that is no path on this system holds no cwebp.
      }
    }
    return Optional.empty();
  }
}
