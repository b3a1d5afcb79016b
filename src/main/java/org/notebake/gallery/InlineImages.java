package org.notebake.gallery;

import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.diagnostics.Diagnostics;

/**
 * A photo pasted into a note as a {@code data:} URL is a published photo like any other: its EXIF,
 * XMP and IPTC (GPS above all) are stripped, as {@link ImageStripper} does for files. It is done on
 * each output's text, so a page and a feed (where the same {@code <img>} is escaped) get the same
 * stripped bytes. One that cannot be stripped is emptied and reported.
 *
 * <pre>{@code
 * <img src="data:image/jpeg;base64,/9j/4AAQ...(EXIF, GPS)...">
 *   -> <img src="data:image/jpeg;base64,/9j/2wBD...(pixels only)...">
 * }</pre>
 */
public final class InlineImages {
  private static final Pattern DATA_IMAGE =
      Pattern.compile("(?i)data:image/(png|jpeg|jpg|gif|webp);base64,([A-Za-z0-9+/=]+)");

  private final ImageStripper images;

  /**
   * The same photo recurs on its note's page, the index, tag pages and feeds: stripped once, and
   * reported once if it cannot be.
   */
  private final java.util.Map<String, java.util.Optional<String>> stripped =
      new java.util.concurrent.ConcurrentHashMap<>();

  public InlineImages(ImageStripper images) {
    this.images = images;
  }

  /**
   * @param where the note a page comes from, named in a diagnostic; null for a list page or feed,
   *     which repeat notes' bodies: the note's own page reports the photo, whichever thread gets to
   *     it first
   */
  public String strip(String text, String where, Diagnostics diagnostics) {
    if (text.indexOf("ase64,") < 0 && text.indexOf("ASE64,") < 0) {
      return text;
    }
    Matcher data = DATA_IMAGE.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (data.find()) {
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, data.start());
      String type = data.group(1).toLowerCase(Locale.ROOT);
      out.append("data:image/").append(type).append(";base64,");
      java.util.Optional<String> clean = stripped.computeIfAbsent(data.group(2), this::strip);
      if (clean.isPresent()) {
        out.append(clean.get());
      } else if (where != null) {
        diagnostics.error(
            where,
            0,
            0,
            "an inline data:image/"
                + type
                + " cannot be stripped of its metadata, so it is not published; save it as a"
                + " JPEG, PNG or WebP file and embed that");
      }
      copied = data.end();
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private java.util.Optional<String> strip(String base64) {
    try {
      byte[] clean = images.strip("inline image", Base64.getDecoder().decode(base64)).bytes();
      return java.util.Optional.of(Base64.getEncoder().encodeToString(clean));
    } catch (IllegalArgumentException | ImageStripper.Failure e) {
      return java.util.Optional.empty();
    }
  }
}
