package org.notebake.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Clean URL segments: lowercase, spaces and punctuation to '-', no '%', '+', '#' or '?', letters of
 * any script kept (NFC) with their combining marks (Hugo's paths keep them too: {@code हिन्दी}, not
 * {@code ह-न-द}), so {@code "Open Source"} becomes {@code open-source} and {@code "Pasted image
 * 20250626173302.png"} becomes {@code pasted-image-20250626173302.png}. A tag keeps its emoji and
 * other symbols as well ({@code #🚀} is its own tag in Obsidian; without them it would be
 * "untitled", one page for every such tag).
 */
public final class Slugs {
  private Slugs() {}

  /**
   * One path segment. Never empty: a name of emoji alone ({@code 🚀.md}) keeps them, as a tag does,
   * rather than be one more "untitled"; a name of nothing to keep is "untitled".
   */
  public static String segment(String text) {
    String plain = segment(text, false);
    return plain.equals("untitled") ? segment(text, true) : plain;
  }

  private static String segment(String text, boolean symbols) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean dash = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      boolean joins = isMark(cp) || (symbols && isEmojiJoin(cp));
      if (joins && (dash || out.length() == 0)) {
        // A mark (an accent, a vowel sign, an emoji's variation selector) or an emoji's joiner or
        // skin tone goes with the character before it: after one left out, it is left out too,
        // never an invisible character alone.
        dash = true;
      } else if (Character.isLetterOrDigit(cp)
          || cp == '_'
          || cp == '.'
          || joins
          || (symbols && Character.getType(cp) == Character.OTHER_SYMBOL)) {
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
      while (start < end
          && (isMark(out.codePointAt(start)) || (symbols && isEmojiJoin(out.codePointAt(start))))) {
        start += Character.charCount(out.codePointAt(start)); // went with the dot
      }
    }
    while (end > start && out.charAt(end - 1) == '.') {
      end--;
    }
    return start == end ? "untitled" : out.substring(start, end);
  }

  /**
   * A combining mark (an accent, a vowel sign, a variation selector): part of the letter before.
   */
  public static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The joiner or a skin tone of an emoji's sequence. */
  private static boolean isEmojiJoin(int cp) {
    return cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
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
    return path(path, false);
  }

  private static String path(String path, boolean symbols) {
    StringBuilder out = new StringBuilder();
    for (String part : path.replace('\\', '/').split("/")) {
      if (part.isBlank() || part.equals(".") || part.equals("..")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(segment(part, symbols));
    }
    return out.toString();
  }

  /**
   * A tag, nested parts and symbols kept: {@code "Area/Sub Topic"} → {@code area/sub-topic}, {@code
   * "🚀/Launch"} → {@code 🚀/launch}. A tag named {@code index} is {@code index-tag}: its page
   * would be the one that lists every tag ({@code tags/index.html}).
   */
  public static String tag(String tag) {
    String t = tag.startsWith("#") ? tag.substring(1) : tag;
    String slug = path(t, true);
    return slug.equals("index") || slug.startsWith("index/")
        ? "index-tag" + slug.substring("index".length())
        : slug;
  }
}
