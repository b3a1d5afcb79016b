package org.notebake.privacy.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a video or sound recording records where it was made. A phone writes the place into an
 * MP4 or QuickTime file's {@code moov} box, as Apple's {@code ©xyz} user data or the {@code
 * com.apple.quicktime.location.ISO6709} key: the same threat a photo's GPS is, which notebake
 * strips. A video cannot be rewritten here, so one that has it is refused, with the command that
 * removes it.
 *
 * <pre>{@code
 * VideoLocation.of("clip.mp4", bytes); // Optional["+48.8584+002.2945+030.000/"]
 * }</pre>
 */
public final class VideoLocation {
  /**
   * The ISO base media file format's files: MP4, QuickTime, their kin, and the audio among them (a
   * phone's voice memo, an audiobook), which hold the same boxes.
   */
  public static final Set<String> TYPES =
      Set.of("mp4", "m4v", "mov", "qt", "3gp", "3g2", "m4a", "m4b");

  private static final byte[] XYZ = {(byte) 0xA9, 'x', 'y', 'z'};
  private static final byte[] KEY =
      "com.apple.quicktime.location.ISO6709".getBytes(StandardCharsets.US_ASCII);

  private VideoLocation() {}

  /**
   * The place the video records, as it is written (ISO 6709, {@code +48.8584+002.2945/}), or
   * "recorded" when only the key is found; empty when none, or when {@code name} is not such a
   * video.
   */
  public static Optional<String> of(String name, byte[] bytes) {
    String type = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (!TYPES.contains(type)) {
      return Optional.empty();
    }
    int moov = box(bytes, "moov");
    if (moov < 0) {
      return Optional.empty();
    }
    int end = (int) Math.min(bytes.length, moov + size(bytes, moov));
    int xyz = indexOf(bytes, XYZ, moov, end);
    if (xyz >= 0) {
      // ©xyz box: size, type, then a 2-byte length and a 2-byte language before the text.
      int start = xyz + 8;
      int length = start <= end ? ((bytes[xyz + 4] & 0xFF) << 8) | (bytes[xyz + 5] & 0xFF) : 0;
      if (length > 0 && start + length <= end) {
        return Optional.of(new String(bytes, start, length, StandardCharsets.US_ASCII).strip());
      }
      return Optional.of("recorded");
    }
    return indexOf(bytes, KEY, moov, end) >= 0 ? Optional.of("recorded") : Optional.empty();
  }

  /** The offset of the top-level box of {@code type}, or -1. */
  private static int box(byte[] bytes, String type) {
    long at = 0;
    while (at + 8 <= bytes.length) {
      long size = size(bytes, (int) at);
      if (new String(bytes, (int) at + 4, 4, StandardCharsets.ISO_8859_1).equals(type)) {
        return (int) at;
      }
      if (size < 8) {
        return -1; // 0 ("to the end") or damaged: no later box
      }
      at += size;
    }
    return -1;
  }

  /** A box's size: its 32-bit size, or the 64-bit one after the type when that is 1. */
  private static long size(byte[] bytes, int at) {
    long size =
        ((long) (bytes[at] & 0xFF) << 24)
            | ((bytes[at + 1] & 0xFF) << 16)
            | ((bytes[at + 2] & 0xFF) << 8)
            | (bytes[at + 3] & 0xFF);
    if (size == 1 && at + 16 <= bytes.length) {
      size = 0;
      for (int i = 8; i < 16; i++) {
        size = (size << 8) | (bytes[at + i] & 0xFF);
      }
    } else if (size == 0) {
      size = bytes.length - at;
    }
    return size;
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
