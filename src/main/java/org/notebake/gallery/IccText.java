package org.notebake.gallery;

/**
 * A colour profile without its words. An ICC profile's text tags (its description, copyright,
 * device maker and model, viewing conditions) are free text: exiftool writes any description, and a
 * display calibrated on a Mac names its profile as its owner typed it. Decoders read none of it to
 * draw colours, so every character of a {@code text}, {@code desc} or {@code mluc} tag is set to
 * NUL (an empty string to a reader), the lengths and the rest of the profile kept, and the profile
 * ID (a checksum the change would belie) set to zero, meaning "not computed". The colours are the
 * same.
 *
 * <pre>{@code
 * IccText.withoutText(profile); // the same profile, its description "" instead of "jo@example.org"
 * }</pre>
 */
final class IccText {
  private static final int PROFILE_ID = 84;
  private static final int PROFILE_ID_LENGTH = 16;

  private IccText() {}

  /**
   * The profile with its text tags emptied; {@code icc} itself when it has no text to empty; null
   * when it is not one whole ICC profile ({@link JpegSegmentShape#isWholeIccProfile}), which
   * decoders ignore.
   */
  static byte[] withoutText(byte[] icc) {
    if (!JpegSegmentShape.isWholeIccProfile(icc)) {
      return null;
    }
    byte[] out = icc.clone();
    boolean changed = false;
    long tags = int32(out, 128);
    for (int i = 0; i < tags; i++) {
      int entry = 132 + 12 * i;
      int offset = (int) int32(out, entry + 4);
      int end = (int) (offset + int32(out, entry + 8)); // inside the profile: checked above
      String type = new String(out, offset, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      changed |=
          switch (type) {
            case "text" -> clear(out, offset + 8, end);
            case "desc" -> clearDescription(out, offset, end);
            case "mluc" -> clearLocalized(out, offset, end);
            default -> false;
          };
    }
    if (!changed) {
      return icc;
    }
    java.util.Arrays.fill(out, PROFILE_ID, PROFILE_ID + PROFILE_ID_LENGTH, (byte) 0);
    return out;
  }

  /**
   * ICC v2's {@code desc}: an ASCII count and its chars, a Unicode language, count and UTF-16
   * chars, then a ScriptCode code, count and 67 bytes. The counts stay; every char is cleared.
   */
  private static boolean clearDescription(byte[] icc, int at, int end) {
    long ascii = at + 12L;
    long asciiEnd = ascii + (end - at >= 12 ? int32(icc, at + 8) : 0);
    boolean changed = clear(icc, (int) Math.min(ascii, end), (int) Math.min(asciiEnd, end));
    long unicode = asciiEnd + 8; // language code, then count
    if (unicode <= end) {
      long unicodeEnd = unicode + 2 * int32(icc, (int) unicode - 4);
      changed |= clear(icc, (int) unicode, (int) Math.min(unicodeEnd, end));
      long script = unicodeEnd + 3; // ScriptCode code (2) and count (1)
      if (script < end) {
        changed |= clear(icc, (int) script, (int) Math.min(script + 67, end));
      }
    }
    return changed;
  }

  /**
   * ICC v4's {@code mluc}: a count of records, their size, then records of language, country,
   * length and offset (from the tag's start) of UTF-16 text. Each record's text is cleared.
   */
  private static boolean clearLocalized(byte[] icc, int at, int end) {
    if (end - at < 16) {
      return false;
    }
    long records = int32(icc, at + 8);
    long recordSize = int32(icc, at + 12);
    if (recordSize < 12) {
      return false;
    }
    boolean changed = false;
    for (long r = 0, record = at + 16L; r < records && record + 12 <= end; r++) {
      long length = int32(icc, (int) record + 4);
      long from = at + int32(icc, (int) record + 8);
      if (from < end) {
        changed |= clear(icc, (int) from, (int) Math.min(from + length, end));
      }
      record += recordSize;
    }
    return changed;
  }

  /** Sets {@code icc[from, to)} to zero; whether any byte was not. */
  private static boolean clear(byte[] icc, int from, int to) {
    boolean changed = false;
    for (int i = from; i < to; i++) {
      changed |= icc[i] != 0;
      icc[i] = 0;
    }
    return changed;
  }

  private static long int32(byte[] in, int at) {
    return ((long) (in[at] & 0xFF) << 24)
        | ((in[at + 1] & 0xFF) << 16)
        | ((in[at + 2] & 0xFF) << 8)
        | (in[at + 3] & 0xFF);
  }
}
