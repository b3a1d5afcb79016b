package org.notebake.gallery;

import java.util.Base64;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.text.DataUrl;

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
  /** The types {@link ImageStripper} reads; any other {@code data:} URL is left as it is. */
  private static final java.util.Set<String> STRIPPED_TYPES =
      java.util.Set.of("image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp");

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
   * {@code text} with every {@code data:image/...} URL of a type {@link ImageStripper} reads
   * replaced by the stripped image, as {@code data:<type>;base64,<base64>}. The URL is read as a
   * browser reads it ({@link DataUrl}): {@code DATA:IMAGE/JPEG;BaSe64,}, parameters before {@code
   * ;base64}, a percent-encoded body and one that is not base64 at all are all shown by a browser,
   * and all stripped here.
   *
   * @param where the note a page comes from, named in a diagnostic; null for a list page or feed,
   *     which repeat notes' bodies: the note's own page reports the photo, whichever thread gets to
   *     it first
   */
  public String strip(String text, String where, Diagnostics diagnostics) {
    int at = nextDataImage(text, 0);
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (; at >= 0; at = nextDataImage(text, copied)) {
      int end = urlEnd(text, at);
      String url = text.substring(at, end);
      java.util.Optional<DataUrl> data =
          DataUrl.read(url).filter(d -> STRIPPED_TYPES.contains(d.mediaType()));
      out.append(text, copied, at);
      copied = end;
      if (data.isEmpty() || data.get().bytes().length == 0) {
        // An SVG, a type no note's page carries (the sanitizer's list), or no image a browser
        // shows: "data:image/png;base64,..." written in prose, as a tutorial writes it.
        out.append(url);
        continue;
      }
      String type = data.get().mediaType();
      java.util.Optional<String> clean = stripped.computeIfAbsent(url, u -> strip(data.get()));
      out.append("data:").append(type).append(";base64,");
      if (clean.isPresent()) {
        out.append(clean.get());
      } else if (where != null) {
        diagnostics.error(
            where,
            0,
            0,
            "an inline data:"
                + type
                + " ("
                + url.substring(0, Math.min(url.length(), 40))
                + "...) cannot be stripped of its metadata, so it is not published; save it as a"
                + " JPEG, PNG or WebP file and embed that (an example written as text is read as"
                + " an image too: end it with \"...\" where it is cut short)");
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Where the next {@code data:image/} (any case) starts at or after {@code from}, or -1. Colons
   * are few in a page, and each is looked at, so no spelling of the scheme is missed.
   */
  static int nextDataImage(String text, int from) {
    for (int colon = text.indexOf(':', from + 4);
        colon >= 0;
        colon = text.indexOf(':', colon + 1)) {
      if (text.regionMatches(true, colon - 4, "data", 0, 4)
          && text.regionMatches(true, colon + 1, "image/", 0, 6)) {
        return colon - 4;
      }
    }
    return -1;
  }

  /**
   * Where a URL that starts at {@code start} ends in a page, a feed's escaped HTML or a JSON
   * string: at a quote, an angle bracket, a parenthesis, a backslash, an {@code &} (an escaped
   * quote), whitespace other than the tabs and line breaks a browser removes from a URL, or the
   * end. Before its comma a space does not end it ({@code data:image/jpeg; base64,}).
   */
  static int urlEnd(String text, int start) {
    int i = start;
    boolean head = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ',') {
        head = false;
      } else if ((c == ' ' && !head) || "\"'<>()\\&\f`".indexOf(c) >= 0) {
        break;
      }
      i++;
    }
    return i;
  }

  private java.util.Optional<String> strip(DataUrl data) {
    try {
      byte[] clean = images.strip("inline image", data.bytes()).bytes();
      return java.util.Optional.of(Base64.getEncoder().encodeToString(clean));
    } catch (ImageStripper.Failure e) {
      return java.util.Optional.empty();
    }
  }
}
