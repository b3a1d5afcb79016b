package org.notebake.cards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The width and height of a cover image, read from its header (the pixels are not decoded), for
 * {@code og:image:width} and {@code og:image:height}: with them the first share of a link shows the
 * large preview.
 *
 * <pre>{@code
 * CoverSize.of(Path.of("vault/covers/fleet.jpg")); // Optional[CoverSize[width=1600, height=900]]
 * }</pre>
 */
public record CoverSize(int width, int height) {

  /** The size of a PNG, JPEG, GIF or WebP (where the JVM reads it); empty for anything else. */
  public static Optional<CoverSize> of(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        return w > 0 && h > 0 ? Optional.of(new CoverSize(w, h)) : Optional.empty();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // A damaged cover is reported where it is published; here it only has no size.
      return Optional.empty();
    }
  }
}
