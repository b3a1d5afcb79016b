package org.notebake.privacy.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The Unicode encoding a text file is written in, so the scan reads what an editor shows: UTF-8, or
 * UTF-16 or UTF-32 with a byte order mark or without one (Excel's "Unicode text" and many Windows
 * tools write UTF-16 with none). Read as UTF-8, {@code 9\0 1\0 2\0} hides every number and address
 * from the scan. Without a mark the encoding is known by its NUL bytes: ASCII in UTF-16LE has one
 * after every char.
 *
 * <pre>{@code
 * TextEncoding.of("912".getBytes(UTF_16LE)); // Optional[UTF-16LE]
 * TextEncoding.of(nulsInNoUnicodeEncoding);  // Optional.empty(): no text the scan can read
 * }</pre>
 */
final class TextEncoding {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /**
   * NUL bytes below which a text is UTF-8 as it reads: UTF-16 holding a phone number (7 digits) or
   * an email ({@code a@b.co}) has at least this many, and a UTF-8 text may hold a stray one.
   */
  private static final int FEWEST_NULS = 6;

  private TextEncoding() {}

  /** A text as written, read in its encoding without its byte order mark. */
  record Decoded(Charset charset, String text) {}

  /**
   * The text in the encoding its bytes are in; empty when it holds NUL bytes and is in none of
   * UTF-8, UTF-16 and UTF-32 (then it is no text the scan can read).
   */
  static Optional<Decoded> of(byte[] bytes) {
    Optional<Decoded> marked = byOrderMark(bytes);
    if (marked.isPresent()) {
      return marked;
    }
    int[] nuls = nuls(bytes);
    if (nuls[0] + nuls[1] < FEWEST_NULS) {
      return Optional.of(new Decoded(StandardCharsets.UTF_8, utf8(bytes)));
    }
    // ASCII in UTF-16LE has its NULs at odd offsets, in UTF-16BE at even ones.
    List<Charset> candidates =
        nuls[1] >= nuls[0]
            ? List.of(UTF_32LE, UTF_32BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
            : List.of(UTF_32BE, UTF_32LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);
    for (Charset charset : candidates) {
      Optional<String> text = strict(bytes, 0, charset);
      if (text.isPresent() && text.get().indexOf('\0') < 0) {
        return Optional.of(new Decoded(charset, text.get()));
      }
    }
    // UTF-8 padded with NULs reads as it is.
    return strict(bytes, 0, StandardCharsets.UTF_8)
        .map(text -> new Decoded(StandardCharsets.UTF_8, text));
  }

  /** The text as {@link #of} reads it, or as UTF-8 with U+FFFD for what is not. */
  static String decode(byte[] bytes) {
    return of(bytes).map(Decoded::text).orElseGet(() -> utf8(bytes));
  }

  private static Optional<Decoded> byOrderMark(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
    int b3 = bytes.length > 3 ? bytes[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return marked(bytes, 4, UTF_32BE);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      // Also UTF-16LE's mark before a NUL char: UTF-32 if it reads as that.
      Optional<String> utf32 = strict(bytes, 4, UTF_32LE);
      if (utf32.isPresent()) {
        return Optional.of(new Decoded(UTF_32LE, utf32.get()));
      }
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return marked(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return marked(bytes, 2, StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Decoded> marked(byte[] bytes, int mark, Charset charset) {
    return Optional.of(new Decoded(charset, new String(bytes, mark, bytes.length - mark, charset)));
  }

  /** NUL bytes at even offsets, and at odd ones. */
  private static int[] nuls(byte[] bytes) {
    int[] nuls = new int[2];
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        nuls[i & 1]++;
      }
    }
    return nuls;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Optional<String> strict(byte[] bytes, int from, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
