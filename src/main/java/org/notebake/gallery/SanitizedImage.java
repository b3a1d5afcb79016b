package org.notebake.gallery;

/**
 * What {@link ImageSanitizer} wrote: a photo with no metadata left, displayed the right way up.
 *
 * <pre>{@code
 * SanitizedImage image = sanitizer.sanitize(source, target, keep);
 * html.attr("width", image.width()).attr("height", image.height());
 * }</pre>
 *
 * @param format the format written, the same as the source's
 * @param width pixels, after orientation
 * @param height pixels, after orientation
 * @param facts the facts the keep list allows (others null), for captions
 * @param reencoded true when pixels were decoded and encoded again (to apply the orientation);
 *     false when only metadata was removed and the image data is byte-for-byte the original
 */
public record SanitizedImage(
    ImageFormat format, int width, int height, PhotoFacts facts, boolean reencoded) {}
