package org.notebake.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Clean URL segments: lowercase, spaces and punctuation to '-', no '%', '+', '#' or '?', letters of
 * any script kept (NFC), so {@code "Open Source"} becomes {@code open-source} and {@code "Pasted
 * image 20250626173302.png"} becomes {@code pasted-image-20250626173302.png}.
 */
public final class Slugs {
  private Slugs() {}

  /** One path segment or tag part. Never empty: falls back to "untitled". */
  public static String segment(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean dash = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '.') {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.appendCodePoint(cp);
      } else {
        dash = true;
      }
    }
    // Dots at either end dropped (a loop, not a regex: every note, link and tag is slugged each
    // build).
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) == '.') {
      start++;
    }
    while (end > start && out.charAt(end - 1) == '.') {
      end--;
    }
    return start == end ? "untitled" : out.substring(start, end);
  }

  /**
   * A file name: the base slugged, the extension lowercased ({@code "My Photo.PNG"} → {@code
   * my-photo.png}).
   */
  public static String fileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return segment(name);
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return segment(name.substring(0, dot)) + (ext.isEmpty() ? "" : "." + ext);
  }

  /** A '/'-separated path, each segment slugged; empty segments and dot segments dropped. */
  public static String path(String path) {
    StringBuilder out = new StringBuilder();
    for (String part : path.replace('\\', '/').split("/")) {
      if (part.isBlank() || part.equals(".") || part.equals("..")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(segment(part));
    }
    return out.toString();
  }

  /**
   * A tag, nested parts kept: {@code "Area/Sub Topic"} → {@code area/sub-topic}. A tag named {@code
   * index} is {@code index-tag}: its page would be the one that lists every tag ({@code
   * tags/index.html}).
   */
  public static String tag(String tag) {
    String t = tag.startsWith("#") ? tag.substring(1) : tag;
    String slug = path(t);
    return slug.equals("index") || slug.startsWith("index/")
        ? "index-tag" + slug.substring("index".length())
        : slug;
  }
}
