package org.notebake.gallery.variants;

import java.util.Comparator;
import java.util.List;

/**
 * A photo after processing: its displayed size, the caption facts the keep-list allows, a
 * placeholder colour and its variants.
 *
 * <pre>{@code
 * ProcessedPhoto photo = photos.get("gallery/spring/tulips.jpg");
 * photo.largest(VariantFormat.JPEG).path(); // "gallery/spring/tulips-2400w.jpg"
 * }</pre>
 *
 * @param uri the original's site path, which pages refer to
 * @param width pixels, orientation applied
 * @param height pixels, orientation applied
 * @param facts caption facts ("X100V · f/2 · ISO 400"), "" when none are kept
 * @param color the dominant colour as {@code #rrggbb}, or "" when not known (notebake check)
 * @param variants every variant, narrowest first within each format
 * @param originalPublished whether the stripped original is published at {@code uri} too
 */
public record ProcessedPhoto(
    String uri,
    int width,
    int height,
    String facts,
    String color,
    List<ImageVariant> variants,
    boolean originalPublished) {

  public ProcessedPhoto {
    variants =
        variants.stream()
            .sorted(
                Comparator.comparing(ImageVariant::format).thenComparingInt(ImageVariant::width))
            .toList();
  }

  /** The variants in {@code format}, narrowest first; empty when there are none. */
  public List<ImageVariant> in(VariantFormat format) {
    return variants.stream().filter(v -> v.format() == format).toList();
  }

  /** The format browsers without WebP get: JPEG, or PNG for a photo with transparency. */
  public VariantFormat fallback() {
    return in(VariantFormat.PNG).isEmpty() ? VariantFormat.JPEG : VariantFormat.PNG;
  }

  /** The widest variant in {@code format}. */
  public ImageVariant largest(VariantFormat format) {
    List<ImageVariant> list = in(format);
    return list.get(list.size() - 1);
  }

  /** The narrowest fallback variant at least {@code width} wide, else the widest. */
  public ImageVariant atLeast(int width) {
    for (ImageVariant v : in(fallback())) {
      if (v.width() >= width) {
        return v;
      }
    }
    return largest(fallback());
  }
}
