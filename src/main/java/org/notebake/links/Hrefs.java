package org.notebake.links;

/**
 * Links between site pages, always relative so a site works under any sub-path and from file://.
 */
public final class Hrefs {
  private Hrefs() {}

  /**
   * From the page at {@code fromUri} to {@code targetUri}: {@code essays/a.html} → {@code
   * ../x.png}.
   */
  public static String relative(String fromUri, String targetUri) {
    int depth = (int) fromUri.chars().filter(c -> c == '/').count();
    return "../".repeat(depth) + encode(targetUri);
  }

  /** Percent-encodes what a slugged path may still hold that is not safe in a URL. */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%#?".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
