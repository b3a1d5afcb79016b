package org.notebake.html;

import org.jsoup.parser.Parser;

/**
 * Decodes character references in text, as {@link Parser#unescapeEntities(String, boolean)} does,
 * but fast for what notebake's own output is made of: XML's five named references and well-formed
 * numeric ones. Anything else (another named reference, a missing semicolon, a code point HTML
 * remaps) hands the whole text to Jsoup, so the result is always Jsoup's.
 *
 * <pre>{@code
 * CharacterReferences.decode("&lt;p&gt;Tom &amp; Jerry&#x2026;&lt;/p&gt;"); // "<p>Tom & Jerry…</p>"
 * }</pre>
 *
 * <p>The privacy gate decodes every feed entry twice (XML-escaped HTML, then the HTML's own
 * references); through Jsoup's tokeniser that was its largest cost.
 */
public final class CharacterReferences {
  private static final int MAX_DIGITS = 7;

  private CharacterReferences() {}

  /** {@code text} with its character references decoded, as text outside attributes. */
  public static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, amp);
    int i = amp;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int next = i + 1 < text.length() ? text.charAt(i + 1) : -1;
      if (next != '#' && !isAsciiLetter(next)) {
        out.append('&'); // no reference starts here
        i++;
        continue;
      }
      int end = next == '#' ? numeric(text, i, out) : named(text, i, out);
      if (end < 0) {
        return Parser.unescapeEntities(text, false);
      }
      i = end;
    }
    return out.toString();
  }

  private static final String[][] NAMED = {
    {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}
  };

  /** Appends the named reference at {@code at}; returns the index after it, or -1 if not ours. */
  private static int named(String text, int at, StringBuilder out) {
    for (String[] entry : NAMED) {
      if (text.startsWith(entry[0], at)) {
        out.append(entry[1]);
        return at + entry[0].length();
      }
    }
    return -1;
  }

  /** Appends {@code &#NN;} or {@code &#xHH;} at {@code at}; -1 if it is not plainly one. */
  private static int numeric(String text, int at, StringBuilder out) {
    int i = at + 2;
    boolean hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
    if (hex) {
      i++;
    }
    int start = i;
    long value = 0;
    while (i < text.length() && i - start <= MAX_DIGITS) {
      int digit = Character.digit(text.charAt(i), hex ? 16 : 10);
      if (digit < 0 || text.charAt(i) > 'f') {
        break;
      }
      value = value * (hex ? 16 : 10) + digit;
      i++;
    }
    if (i == start || i - start > MAX_DIGITS || i >= text.length() || text.charAt(i) != ';') {
      return -1;
    }
    // Jsoup (as HTML) remaps NUL, C1 controls and surrogates; leave those to it.
    if (value == 0
        || (value >= 0x80 && value <= 0x9F)
        || (value >= 0xD800 && value <= 0xDFFF)
        || value > Character.MAX_CODE_POINT) {
      return -1;
    }
    out.appendCodePoint((int) value);
    return i + 1;
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
