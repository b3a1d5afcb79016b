package org.notebake.privacy;

/**
 * A text as the phone matcher reads it: {@link #written()} with the other separators people put
 * between the groups of a number ({@code 415·867·5311}, {@code 415•867}, {@code 415‧867}, {@code
 * 415_867}, {@code 912—555}, {@code 090ー1234}) as dashes; {@link #dialled()} also with an
 * international {@code 00} before a country code as {@code " +"} ({@code 0049 30 12345670} is
 * {@code +49 30 12345670} from any region). All three have the same length, so offsets are the
 * text's.
 */
record PhoneText(String written, String dialled) {
  static PhoneText of(String text) {
    String written = text;
    if (hasOtherSeparator(text)) {
      char[] chars = text.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        if (isOtherSeparator(chars[i])) {
          chars[i] = '-';
        }
      }
      written = new String(chars);
    }
    return new PhoneText(written, withPlus(written));
  }

  /** The start of a match in the written text: its {@code 00} if the dialled text has a plus. */
  int writtenStart(int start) {
    return start > 0 && dialled.charAt(start) == '+' && written.charAt(start) == '0'
        ? start - 1
        : start;
  }

  private static boolean hasOtherSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isOtherSeparator(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOtherSeparator(char c) {
    return c == '\u00B7'
        || c == '\u2022'
        || c == '\u2027'
        || c == '\u2219'
        || c == '_'
        || isLongDash(c);
  }

  /**
   * Dashes {@link FoldedText} leaves alone, since in prose they join words, not digits: the em
   * dash, its small form and the horizontal bar ({@code 912—555—0142}), and Japanese long-vowel
   * marks and wave dashes ({@code 090ー1234ー5678}, {@code 090〜1234〜5678}; the full-width tilde is
   * folded to {@code ~}).
   */
  private static boolean isLongDash(char c) {
    return c == '\u2014'
        || c == '\u2015'
        || c == '\uFE58'
        || c == '\u30FC'
        || c == '\uFF70'
        || c == '\u301C'
        || c == '\uFF5E'
        || c == '~';
  }

  /** {@code 00} starting a run of digits and followed by a country code's first digit. */
  private static String withPlus(String text) {
    int at = text.indexOf("00");
    if (at < 0) {
      return text;
    }
    char[] chars = null;
    for (; at >= 0; at = text.indexOf("00", at + 2)) {
      boolean starts = at == 0 || !isDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '+';
      boolean country =
          at + 2 < text.length() && text.charAt(at + 2) >= '1' && text.charAt(at + 2) <= '9';
      if (starts && country) {
        chars = chars == null ? text.toCharArray() : chars;
        chars[at] = ' ';
        chars[at + 1] = '+';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
