package org.notebake.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code data:} URL read as a browser reads it (the URL parser, then the Fetch standard's data:
 * URL processor), so that what notebake strips is exactly what a page would show: tabs and line
 * breaks anywhere are dropped, the fragment is not part of the body, the body is percent-decoded,
 * {@code ;base64} is found in any case after any other parameter, and base64 is decoded forgivingly
 * (spaces and line breaks skipped, padding optional).
 *
 * <pre>{@code
 * DataUrl.read("DATA:image/JPEG;name=a.jpg; BASE64,/9j/%34AA\nQ")
 *   -> DataUrl[mediaType=image/jpeg, bytes=FF D8 FF E0 00 10]
 * DataUrl.read("data:image/png;base64,!!") -> empty (a browser shows nothing)
 * DataUrl.read("data:image/png;base64,AAA=").get().canonical() -> "data:image/png;base64,AAA="
 * }</pre>
 *
 * @param mediaType the type and subtype, lowercase, without parameters ({@code image/jpeg}); {@code
 *     text/plain} when the URL names none
 * @param bytes the body as a browser decodes it
 */
public record DataUrl(String mediaType, byte[] bytes) {
  private static final int NONE = -1;

  /** The URL in the one form notebake writes: {@code data:<type>;base64,<standard base64>}. */
  public String canonical() {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  /** True if {@code url}, read as a browser reads a URL, has the scheme {@code data}. */
  public static boolean isDataUrl(String url) {
    String cleaned = urlParserInput(url);
    return cleaned.regionMatches(true, 0, "data:", 0, 5);
  }

  /**
   * {@code url} as a browser decodes it, or empty when a browser would not load it (no comma,
   * base64 that does not decode) or it is not a {@code data:} URL.
   */
  public static Optional<DataUrl> read(String url) {
    String input = urlParserInput(url);
    if (!input.regionMatches(true, 0, "data:", 0, 5)) {
      return Optional.empty();
    }
    int hash = input.indexOf('#');
    String rest = input.substring(5, hash < 0 ? input.length() : hash);
    int comma = rest.indexOf(',');
    if (comma < 0) {
      return Optional.empty();
    }
    String mimeType = stripWhitespace(rest.substring(0, comma));
    byte[] body = percentDecode(rest.substring(comma + 1).getBytes(StandardCharsets.UTF_8));
    int base64 = base64Parameter(mimeType);
    if (base64 != NONE) {
      mimeType = mimeType.substring(0, base64);
      Optional<byte[]> decoded = forgivingBase64(body);
      if (decoded.isEmpty()) {
        return Optional.empty();
      }
      body = decoded.get();
    }
    return Optional.of(new DataUrl(essence(mimeType), body));
  }

  /**
   * What the URL parser leaves of an attribute's value: leading and trailing C0 controls and spaces
   * stripped, every tab and line break removed.
   */
  private static String urlParserInput(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && url.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && url.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder out = null;
    for (int i = start; i < end; i++) {
      char c = url.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        if (out == null) {
          out = new StringBuilder(end - start).append(url, start, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out != null ? out.toString() : url.substring(start, end);
  }

  /**
   * Where {@code ;base64} begins if {@code mimeType} ends with it (any case, spaces before it),
   * else {@link #NONE}: the data: URL processor's test.
   */
  private static int base64Parameter(String mimeType) {
    int end = mimeType.length();
    if (end < 6 || !mimeType.regionMatches(true, end - 6, "base64", 0, 6)) {
      return NONE;
    }
    int i = end - 6;
    while (i > 0 && mimeType.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && mimeType.charAt(i - 1) == ';' ? i - 1 : NONE;
  }

  /** {@code type/subtype} in lowercase, {@code text/plain} when there is none. */
  private static String essence(String mimeType) {
    int semicolon = mimeType.indexOf(';');
    String type = stripWhitespace(semicolon < 0 ? mimeType : mimeType.substring(0, semicolon));
    int slash = type.indexOf('/');
    if (slash <= 0 || slash == type.length() - 1 || !isToken(type)) {
      return "text/plain";
    }
    return type.toLowerCase(Locale.ROOT);
  }

  private static boolean isToken(String type) {
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"[]?={}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String stripWhitespace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isAsciiWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isAsciiWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** {@code %XX} to its byte; a {@code %} not followed by two hex digits stays as it is. */
  static byte[] percentDecode(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
    for (int i = 0; i < input.length; i++) {
      int high = i + 2 < input.length ? hex(input[i + 1]) : NONE;
      int low = i + 2 < input.length ? hex(input[i + 2]) : NONE;
      if (input[i] == '%' && high != NONE && low != NONE) {
        out.write(high << 4 | low);
        i += 2;
      } else {
        out.write(input[i]);
      }
    }
    return out.toByteArray();
  }

  private static int hex(byte b) {
    return Character.digit((char) (b & 0xff), 16);
  }

  /**
   * The Infra standard's forgiving-base64 decode: ASCII whitespace removed, one or two {@code =} at
   * the end of a length divisible by four dropped, then a length of 1 modulo 4 or a character
   * outside the alphabet fails; the bits that do not fill a byte are dropped.
   */
  static Optional<byte[]> forgivingBase64(byte[] input) {
    byte[] data = new byte[input.length];
    int length = 0;
    for (byte b : input) {
      if (!isAsciiWhitespace(b)) {
        data[length++] = b;
      }
    }
    if (length % 4 == 0 && length > 0 && data[length - 1] == '=') {
      length -= length > 1 && data[length - 2] == '=' ? 2 : 1;
    }
    if (length % 4 == 1) {
      return Optional.empty();
    }
    byte[] out = new byte[length / 4 * 3 + Math.max(0, length % 4 - 1)];
    int buffer = 0;
    int bits = 0;
    int written = 0;
    for (int i = 0; i < length; i++) {
      int value = sextet(data[i]);
      if (value == NONE) {
        return Optional.empty();
      }
      buffer = buffer << 6 | value;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[written++] = (byte) (buffer >> bits);
        buffer &= (1 << bits) - 1;
      }
    }
    return Optional.of(out);
  }

  private static int sextet(byte b) {
    if (b >= 'A' && b <= 'Z') {
      return b - 'A';
    }
    if (b >= 'a' && b <= 'z') {
      return b - 'a' + 26;
    }
    if (b >= '0' && b <= '9') {
      return b - '0' + 52;
    }
    return b == '+' ? 62 : b == '/' ? 63 : NONE;
  }
}
