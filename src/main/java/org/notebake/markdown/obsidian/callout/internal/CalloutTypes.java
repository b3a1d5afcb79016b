package org.notebake.markdown.obsidian.callout.internal;

import java.text.Normalizer;
import java.util.Locale;

/** A callout type as Obsidian reads it, and how it is shown. */
public final class CalloutTypes {

  private CalloutTypes() {}

  /**
   * The type as Obsidian compares it: lower case, without the spaces around it. Spaces include
   * no-break and zero-width ones, so a type written {@code [!private\u00a0]} is still {@code
   * private}; composed (NFC), so a type is one type however its accents were written.
   */
  public static String normalize(String written) {
    int start = 0;
    int end = written.length();
    while (start < end && isSpace(written.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(written.charAt(end - 1))) {
      end--;
    }
    String type = written.substring(start, end).toLowerCase(Locale.ROOT);
    // "privé" with a combining accent (NFD, as a Mac may write it) is the same type.
    return Normalizer.isNormalized(type, Normalizer.Form.NFC)
        ? type
        : Normalizer.normalize(type, Normalizer.Form.NFC);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  /**
   * The {@code data-callout} value: the type as written (lower case), which a theme can style as
   * Obsidian's can; "note" for a blank type ({@code [! ]}).
   */
  static String style(String type) {
    return type.isEmpty() ? "note" : type;
  }

  /** The title shown when the callout gives none: the type capitalised ("faq" gives "Faq"). */
  static String defaultTitle(String type) {
    if (type.isEmpty()) {
      return "Note";
    }
    return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
  }
}
