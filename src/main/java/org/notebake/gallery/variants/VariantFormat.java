package org.notebake.gallery.variants;

/** The encodings variants are written in: WebP first in {@code <picture>}, then the fallback. */
public enum VariantFormat {
  WEBP("webp", "image/webp"),
  JPEG("jpg", "image/jpeg"),
  /** The fallback for photos with transparency, which JPEG cannot hold. */
  PNG("png", "image/png");

  private final String extension;
  private final String mediaType;

  VariantFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}
