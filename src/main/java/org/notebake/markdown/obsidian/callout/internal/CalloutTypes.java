package org.notebake.markdown.obsidian.callout.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

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

  /**
   * Whether a callout of this type is removed: its type, or its first word ({@code [!private
   * notes]}: a type may hold spaces, and when in doubt the callout is private), {@linkplain #folded
   * folded}, is one of {@code removed} (folded types).
   */
  public static boolean isRemoved(String type, Set<String> removed) {
    if (removed.isEmpty()) {
      return false;
    }
    String folded = folded(type);
    int space = folded.indexOf(' ');
    return removed.contains(folded) || space > 0 && removed.contains(folded.substring(0, space));
  }

  /**
   * A type as written, as a removed type is compared with it ({@link #normalize}d, then folded), so
   * that every spelling that reads as {@code private} is private: compatibility forms composed
   * (NFKC: the full-width {@code ｐｒｉｖａｔｅ} of an East Asian keyboard), invisible characters dropped
   * (a soft hyphen, a zero-width joiner, a variation selector), and letters of other scripts that
   * look like Latin ones read as those ({@code р} of Cyrillic, {@code ρ} of Greek, small capitals):
   * a type written so looks like {@code private} in the note, so it is taken for it. Only a removed
   * type's spellings are affected: no other type folds to one by accident of a real word.
   */
  public static String folded(String type) {
    String compatible = Normalizer.normalize(normalize(type), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(compatible.length());
    for (int i = 0; i < compatible.length(); ) {
      int c = compatible.codePointAt(i);
      i += Character.charCount(c);
      if (isInvisible(c)) {
        continue;
      }
      int lower = Character.toLowerCase(c);
      int latin = LOOKALIKES.indexOf(lower);
      out.appendCodePoint(latin >= 0 && latin % 2 == 0 ? LOOKALIKES.charAt(latin + 1) : lower);
    }
    return normalize(out.toString());
  }

  /**
   * Format characters and Unicode's other default-ignorable code points: the marks, fillers and
   * selectors a text can hold unseen (the privacy scanner's FoldedText drops the same; a test says
   * so).
   */
  private static boolean isInvisible(int c) {
    return Character.getType(c) == Character.FORMAT
        || c == 0x034F
        || c == 0x115F
        || c == 0x1160
        || c == 0x17B4
        || c == 0x17B5
        || (c >= 0x180B && c <= 0x180F)
        || c == 0x3164
        || (c >= 0xFE00 && c <= 0xFE0F)
        || c == 0xFFA0
        || (c >= 0xFFF0 && c <= 0xFFF8)
        || (c >= 0x1BCA0 && c <= 0x1BCA3)
        || (c >= 0x1D173 && c <= 0x1D17A)
        || (c >= 0xE0000 && c <= 0xE0FFF);
  }

  /**
   * Pairs: a lower-case letter that looks like a Latin one, then that Latin letter. Cyrillic,
   * Greek, Armenian, and Latin's own dotless i, script g, alpha and small capitals.
   */
  private static final String LOOKALIKES =
      "аaеeһhіiјjкkӏlоoрpԛqѕsтtуyхxԝwԁdѵvүyсc" // Cyrillic
          + "αaεeιiκkνvοoρpτtυuχx" // Greek
          + "օoսu" // Armenian
          + "ıiɩiɪiʀrᴀaᴄcᴅdᴇeᴋkᴍmɴnᴏoᴘpᴛtᴜuᴠvʋvᴡwᴢzʏyɡgɑaʟl"; // Latin

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
