package org.notebake.privacy.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a video or sound recording records where it was made. A phone writes the place into an
 * MP4 or QuickTime file's {@code moov} box, as Apple's {@code ©xyz} user data or the {@code
 * com.apple.quicktime.location.ISO6709} key; exiftool and Adobe's tools write it as XMP ({@code
 * exif:GPSLatitude}) in a {@code uuid} box (top level or in {@code moov/udta}) or QuickTime's
 * {@code XMP_} box; a GoPro records a GPS track (GPMF, a {@code gpmd} metadata track). That is the
 * same threat a photo's GPS is, which notebake strips. A video cannot be rewritten here, so one
 * that has it is refused, with the command that removes it.
 *
 * <pre>{@code
 * VideoLocation.of("clip.mp4", bytes).map(Found::place); // Optional["+48.8584+002.2945+030.000/"]
 * }</pre>
 *
 * <p>The boxes are walked once, without recursion, so a file of hostile sizes (zero, a 64-bit size,
 * past the end, boxes nested a thousand deep) costs time in proportion to its length.
 */
public final class VideoLocation {
  /**
   * The ISO base media file format's files: MP4, QuickTime, their kin, and the audio among them (a
   * phone's voice memo, an audiobook), which hold the same boxes.
   */
  public static final Set<String> TYPES =
      Set.of("mp4", "m4v", "mov", "qt", "3gp", "3g2", "m4a", "m4b");

  /**
   * What was found and how the author removes it.
   *
   * @param place the place as it is written ({@code +48.8584+002.2945/}, {@code 48,51.504N
   *     2,17.67E}), or "recorded" when only its key is there
   * @param kind what holds it, for the message ("a GPS position in its XMP")
   * @param removal the advice, a command with {@code FILE} for the file
   */
  public record Found(String place, String kind, String removal) {}

  private static final byte[] XYZ = {(byte) 0xA9, 'x', 'y', 'z'};
  private static final byte[] KEY =
      "com.apple.quicktime.location.ISO6709".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] XMP_UUID =
      java.util.HexFormat.of().parseHex("be7acfcb97a942e89c71999491e3afac");

  /** Boxes that hold only boxes, where a place or a track's description can be. */
  private static final Set<String> CONTAINERS =
      Set.of("moov", "trak", "mdia", "minf", "stbl", "udta");

  private static final String QUICKTIME_REMOVAL =
      "remove the place (exiftool -overwrite_original -Keys:GPSCoordinates="
          + " -UserData:GPSCoordinates= FILE) or export it without it";
  private static final String XMP_REMOVAL =
      "remove the place (exiftool -overwrite_original -XMP:all= FILE) or export it without it";
  private static final String GPMF_REMOVAL =
      "export it without that track (ffmpeg -i FILE -map 0:v -map 0:a? -c copy OUT.mp4)";

  private VideoLocation() {}

  /**
   * The place the video records; empty when none, or when {@code name} is not such a video. The
   * first found wins: the QuickTime place, then XMP, then a GoPro track.
   */
  public static Optional<Found> of(String name, byte[] bytes) {
    String type = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (!TYPES.contains(type)) {
      return Optional.empty();
    }
    Found quickTime = null;
    Found xmp = null;
    Found gpmf = null;
    // Each level: the offset of its next box and its end; the top level first.
    Deque<long[]> levels = new ArrayDeque<>();
    levels.push(new long[] {0, bytes.length, 0});
    while (!levels.isEmpty()) {
      long[] level = levels.peek();
      int at = (int) level[0];
      long end = level[1];
      long size = at + 8 <= end ? size(bytes, at, end) : -1;
      if (size < 0) {
        levels.pop(); // the level ends, or a damaged size: no later box can be found in it
        continue;
      }
      int header = raw(bytes, at) == 1 ? 16 : 8;
      int boxEnd = (int) (at + size);
      level[0] = boxEnd;
      String box = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
      boolean topLevel = level[2] == 0;
      int body = at + header;
      if (topLevel && box.equals("moov") && quickTime == null) {
        quickTime = quickTimePlace(bytes, body, boxEnd);
      }
      if (box.equals("uuid") && startsWith(bytes, body, boxEnd, XMP_UUID) && xmp == null) {
        xmp = xmpPlace(bytes, body + XMP_UUID.length, boxEnd);
      } else if (box.equals("XMP_") && xmp == null) {
        xmp = xmpPlace(bytes, body, boxEnd);
      } else if (box.equals("gpmd") && level[2] == 2) {
        gpmf = new Found("recorded", "a GoPro GPS track (GPMF)", GPMF_REMOVAL);
      }
      if (CONTAINERS.contains(box)) {
        levels.push(new long[] {body, boxEnd, 1});
      } else if (box.equals("stsd")) {
        // a full box's version and flags, then the count of sample descriptions, then them
        levels.push(new long[] {body + 8L, boxEnd, 2});
      }
    }
    return Optional.ofNullable(quickTime != null ? quickTime : xmp != null ? xmp : gpmf);
  }

  private static Found quickTimePlace(byte[] bytes, int from, int end) {
    int xyz = indexOf(bytes, XYZ, from, end);
    if (xyz >= 0) {
      // ©xyz box: size, type, then a 2-byte length and a 2-byte language before the text.
      int start = xyz + 8;
      int length = start <= end ? ((bytes[xyz + 4] & 0xFF) << 8) | (bytes[xyz + 5] & 0xFF) : 0;
      String place =
          length > 0 && start + length <= end
              ? new String(bytes, start, length, StandardCharsets.US_ASCII).strip()
              : "recorded";
      return new Found(place, "a GPS position", QUICKTIME_REMOVAL);
    }
    return indexOf(bytes, KEY, from, end) >= 0
        ? new Found("recorded", "a GPS position", QUICKTIME_REMOVAL)
        : null;
  }

  /**
   * A position in an XMP packet: a property whose name ends in {@code GPSLatitude} or {@code
   * GPSLongitude} in any case (exiftool's {@code exif:}, DJI's {@code drone-dji:GpsLatitude}), as
   * an element or an attribute, with a value.
   */
  private static Found xmpPlace(byte[] bytes, int from, int end) {
    if (from >= end) {
      return null;
    }
    String text = new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder place = new StringBuilder();
    for (String name : new String[] {"gpslatitude", "gpslongitude"}) {
      for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length())) {
        String value = valueAfter(text, at + name.length());
        if (!value.isEmpty()) {
          place.append(place.length() == 0 ? "" : " ").append(value);
          break;
        }
      }
    }
    return place.length() == 0
        ? null
        : new Found(place.toString(), "a GPS position in its XMP", XMP_REMOVAL);
  }

  /**
   * The value of the property whose name ends at {@code at}: {@code ="…"} or {@code >…<}; empty
   * when the name goes on ({@code GPSLatitudeRef}) or the value is blank. At most 100 characters
   * are read, so a hostile packet of many names is still read in linear time.
   */
  private static String valueAfter(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return "";
    }
    char c = text.charAt(i);
    char close;
    if (c == '=') {
      i++;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length() || (text.charAt(i) != '"' && text.charAt(i) != '\'')) {
        return "";
      }
      close = text.charAt(i++);
    } else if (c == '>') {
      i++;
      close = '<';
    } else {
      return "";
    }
    int stop = Math.min(text.length(), i + 100);
    int end = text.indexOf(close, i);
    if (end < 0 || end > stop) {
      end = stop;
    }
    return text.substring(i, end).strip();
  }

  /**
   * A box's size, clamped to the end of the box that holds it (a truncated file is read as far as
   * it goes); -1 for a size too small to be a box (a damaged file: nothing after it can be found).
   */
  private static long size(byte[] bytes, int at, long end) {
    long size = raw(bytes, at);
    int header = 8;
    if (size == 1) {
      if (at + 16 > end) {
        return -1;
      }
      size = 0;
      for (int i = 8; i < 16; i++) {
        size = (size << 8) | (bytes[at + i] & 0xFF);
      }
      header = 16;
      if (size < 0) {
        size = Long.MAX_VALUE; // past any file: clamped below
      }
    } else if (size == 0) {
      size = end - at; // "to the end" of the file, or of the box that holds it
    }
    if (size < header) {
      return -1;
    }
    return Math.min(size, end - at);
  }

  private static long raw(byte[] bytes, int at) {
    return ((long) (bytes[at] & 0xFF) << 24)
        | ((bytes[at + 1] & 0xFF) << 16)
        | ((bytes[at + 2] & 0xFF) << 8)
        | (bytes[at + 3] & 0xFF);
  }

  private static boolean startsWith(byte[] bytes, int from, int end, byte[] what) {
    if (from + what.length > end) {
      return false;
    }
    for (int i = 0; i < what.length; i++) {
      if (bytes[from + i] != what[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
    outer:
    for (int i = Math.max(0, from); i + what.length <= to; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
