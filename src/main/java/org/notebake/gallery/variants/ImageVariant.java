package org.notebake.gallery.variants;

/**
 * One published, resized copy of a photo.
 *
 * <pre>{@code
 * new ImageVariant("gallery/spring/tulips-960w.webp", VariantFormat.WEBP, 960, 640);
 * }</pre>
 *
 * @param path where it is published, relative to the site root
 * @param format its encoding
 * @param width pixels
 * @param height pixels
 */
public record ImageVariant(String path, VariantFormat format, int width, int height) {

  /** The file name alone, the last segment of {@link #path}. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
