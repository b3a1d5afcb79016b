package org.notebake.markdown.obsidian.wikilink.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The vault-relative part of a standard Markdown destination: {@code Other%20Note.md#Intro} is
 * target "Other Note.md", fragment "Intro"; a query ({@code cat.png?v=2}) is no part of it.
 * Destinations with a scheme ({@code https:}, {@code mailto:}) or starting with {@code //} point
 * outside the vault and are not parsed.
 */
record LinkDestination(String target, String fragment) {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");

  /** The relative destination, or null when the destination leaves the vault or is empty. */
  static LinkDestination parse(String destination) {
    if (destination == null
        || destination.isEmpty()
        || destination.startsWith("//")
        || SCHEME.matcher(destination).find()) {
      return null;
    }
    // Blanks around a target (an encoded one: "Pasted%20image.png%20") name no file: Obsidian
    // drops them, and no file name ends in one on Windows.
    int hash = destination.indexOf('#');
    String beforeHash = hash < 0 ? destination : destination.substring(0, hash);
    // A query names no file (cat.png?v=2, as a Hugo blog cache-busts): a browser loads cat.png. A
    // file whose name holds a '?' is written %3F.
    int query = beforeHash.indexOf('?');
    String target = decode(query < 0 ? beforeHash : beforeHash.substring(0, query)).strip();
    if (hash < 0) {
      return new LinkDestination(target, null);
    }
    String fragment = decode(destination.substring(hash + 1));
    return new LinkDestination(target, fragment.isEmpty() ? null : fragment);
  }

  /** Percent-decodes UTF-8; a malformed escape stays as written, and '+' stays a plus. */
  static String decode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
      if (c == '%' && low >= 0) {
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        flush(bytes, out);
        out.append(c);
        i++;
      }
    }
    flush(bytes, out);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      bytes.reset();
    }
  }
}
