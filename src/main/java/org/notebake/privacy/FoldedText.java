package org.notebake.privacy;

import java.text.Normalizer;

/**
 * A text as the detectors read it, with a map back to the text as written, so that a finding in
 * {@code ９１２ ５５５ ０１４２} or {@code %39%31%32...} is still reported with the exact chars the author
 * has to find and edit.
 *
 * <p>What is folded, in this order: string escapes ({@code \u0039}, {@code \x39}, {@code \/}) in
 * {@link Channel#SCRIPT}; percent-encoding (up to {@link #PERCENT_ROUNDS} times, for text encoded
 * twice) in every channel but text and code; then, everywhere, every Unicode decimal digit to its
 * ASCII digit (Arabic-Indic, Devanagari, full-width, mathematical: {@link Character#digit}), every
 * char whose NFKC form is one ASCII char to that char (full-width {@code ＠}, {@code ｅｘ．ｃｏｍ}, small
 * forms), the dashes and minus signs to {@code -}, invisible format chars (zero-width joiners, soft
 * hyphens, bidi marks) and combining marks on a digit dropped, and accents written as combining
 * marks composed (NFC): the text is read as a reader sees it.
 *
 * <p>Each step is one pass over the text and text that needs none of it is returned as is, so the
 * cost is linear and close to nothing for plain ASCII.
 */
final class FoldedText {
  static final int PERCENT_ROUNDS = 3;

  /** For each BMP char, the ASCII char it folds to, or 0 if it stays as it is. */
  private static final char[] FOLD = foldTable();

  private static final char DROP = '\uFFFF';

  /** Right-to-left override: what follows it is shown reversed, up to {@link #PDF}. */
  private static final char RLO = '\u202E';

  private static final char PDF = '\u202C';

  private final String original;
  private final String text;

  /** For each char of {@link #text} (and one past the end), its offset in the original. */
  private final int[] origin;

  private FoldedText(String original, String text, int[] origin) {
    this.original = original;
    this.text = text;
    this.origin = origin;
  }

  static FoldedText of(String original, Channel channel) {
    FoldedText folded = new FoldedText(original, original, null);
    if (channel.decodesStringEscapes() && original.indexOf('\\') >= 0) {
      folded = folded.then(unescape(folded.text));
    }
    if (channel.decodesPercent()) {
      for (int round = 0; round < PERCENT_ROUNDS && folded.text.indexOf('%') >= 0; round++) {
        Step step = percentDecode(folded.text);
        if (step == null) {
          break;
        }
        folded = folded.then(step);
      }
    }
    if (channel == Channel.RENDERED) {
      folded = folded.then(RenderedSource.shown(folded.text));
    }
    if (channel == Channel.FILE_NAME || channel == Channel.URL) {
      // A folder's name ending in digits and a file's starting with them are no phone number
      // (Lecture_003/52394552-E4DF-….png, a snipping tool's file in a lecture's folder).
      String split = pathSlashesBetweenDigits(folded.text, channel == Channel.URL);
      if (channel == Channel.FILE_NAME) {
        split = split.replace('/', ' ').replace('-', ' ');
      }
      folded = new FoldedText(original, split, folded.origin);
    }
    if (folded.text.indexOf(RLO) >= 0) {
      folded = folded.then(displayOrder(folded.text));
    }
    if (needsFolding(folded.text)) {
      folded = folded.then(compose(folded.text));
      folded = folded.then(foldChars(folded.text));
    }
    return folded;
  }

  /**
   * {@code text} with each {@code /} between two digits in its path (for a URL, before its query or
   * fragment) made a letter, which no number spans (an underscore is a separator, {@code
   * 912_555_0142}); the same length.
   */
  static String pathSlashesBetweenDigits(String text, boolean url) {
    int end = text.length();
    if (url) {
      int query = text.indexOf('?');
      int fragment = text.indexOf('#');
      end = Math.min(query < 0 ? end : query, fragment < 0 ? end : fragment);
      int scheme = text.indexOf(':');
      if (scheme > 0 && scheme < end && !text.startsWith("//", scheme + 1)) {
        return text; // tel:0171/1234567, mailto:, sms: hold no path
      }
    }
    char[] chars = null;
    for (int i = 1; i < end - 1; i++) {
      if (text.charAt(i) == '/'
          && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = 'q';
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** The text the detectors read. */
  String text() {
    return text;
  }

  String original() {
    return original;
  }

  /** The offset in the original text of offset {@code i} of {@link #text()}. */
  int originalIndex(int i) {
    return origin == null ? i : origin[i];
  }

  private FoldedText then(Step step) {
    if (step == null) {
      return this;
    }
    int[] composed = step.origin;
    if (origin != null) {
      composed = new int[step.origin.length];
      for (int i = 0; i < composed.length; i++) {
        composed[i] = origin[step.origin[i]];
      }
    }
    return new FoldedText(original, step.text, composed);
  }

  /** One rewrite of a text: the new text, and for each of its chars the offset it came from. */
  record Step(String text, int[] origin) {}

  /** Appends chars and remembers where each came from. */
  static final class StepBuilder {
    private final StringBuilder out;
    private int[] origin;

    StepBuilder(int capacity) {
      out = new StringBuilder(capacity);
      origin = new int[capacity + 1];
    }

    void append(char c, int from) {
      if (out.length() + 1 >= origin.length) {
        origin = java.util.Arrays.copyOf(origin, origin.length * 2 + 2);
      }
      origin[out.length()] = from;
      out.append(c);
    }

    int length() {
      return out.length();
    }

    char charAt(int i) {
      return out.charAt(i);
    }

    char last() {
      return out.charAt(out.length() - 1);
    }

    Step build(int end) {
      origin[out.length()] = end;
      return new Step(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
    }
  }

  /** JavaScript and JSON string escapes; anything that is not a complete escape stays. */
  private static Step unescape(String s) {
    StepBuilder b = new StepBuilder(s.length());
    boolean changed = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char kind = s.charAt(i + 1);
        int value = -1;
        int length = 0;
        if (kind == 'u' && i + 6 <= s.length()) {
          value = hex(s, i + 2, 4);
          length = 6;
        } else if (kind == 'x' && i + 4 <= s.length()) {
          value = hex(s, i + 2, 2);
          length = 4;
        } else if (kind == '/') {
          value = '/';
          length = 2;
        }
        if (value >= 0) {
          b.append((char) value, i);
          i += length;
          changed = true;
          continue;
        }
      }
      b.append(c, i);
      i++;
    }
    return changed ? b.build(s.length()) : null;
  }

  private static int hex(String s, int from, int digits) {
    int value = 0;
    for (int k = from; k < from + digits; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0 || s.charAt(k) > 'f') {
        return -1;
      }
      value = value * 16 + d;
    }
    return value;
  }

  /**
   * {@code %XX} sequences that form UTF-8 become their chars; a lone or broken escape ({@code 50%
   * off}, {@code %ZZ}, a stray continuation byte) stays as written.
   */
  private static Step percentDecode(String s) {
    StepBuilder b = new StepBuilder(s.length());
    boolean changed = false;
    int i = 0;
    while (i < s.length()) {
      int lead = s.charAt(i) == '%' ? byteAt(s, i) : -1;
      int length = utf8Length(lead);
      int cp = length == 1 ? lead : length > 1 ? lead & (0xFF >> (length + 1)) : -1;
      for (int k = 1; k < length && cp >= 0; k++) {
        int next = byteAt(s, i + 3 * k);
        cp = (next & 0xC0) == 0x80 ? (cp << 6) | (next & 0x3F) : -1;
      }
      if (cp >= 0 && Character.isValidCodePoint(cp) && !isOverlong(cp, length)) {
        for (char c : Character.toChars(cp)) {
          b.append(c, i);
        }
        i += 3 * length;
        changed = true;
      } else {
        b.append(s.charAt(i), i);
        i++;
      }
    }
    return changed ? b.build(s.length()) : null;
  }

  /** The byte of a {@code %XX} escape at {@code i}, or -1 if there is none. */
  private static int byteAt(String s, int i) {
    if (i + 3 > s.length() || s.charAt(i) != '%') {
      return -1;
    }
    int hi = Character.digit(s.charAt(i + 1), 16);
    int lo = Character.digit(s.charAt(i + 2), 16);
    return hi < 0 || lo < 0 || s.charAt(i + 1) > 'f' || s.charAt(i + 2) > 'f' ? -1 : hi * 16 + lo;
  }

  private static int utf8Length(int lead) {
    if (lead < 0) {
      return 0;
    } else if (lead < 0x80) {
      return 1;
    } else if ((lead & 0xE0) == 0xC0) {
      return 2;
    } else if ((lead & 0xF0) == 0xE0) {
      return 3;
    } else if ((lead & 0xF8) == 0xF0) {
      return 4;
    }
    return 0;
  }

  private static boolean isOverlong(int cp, int length) {
    return (length == 2 && cp < 0x80)
        || (length == 3 && cp < 0x800)
        || (length == 4 && cp < 0x10000)
        || (cp >= 0xD800 && cp <= 0xDFFF);
  }

  /**
   * Each run a right-to-left override reverses ({@code \u202E0110 555 219\u202C}, which a browser
   * shows as {@code 912 555 0110}) in the order it is shown, up to its pop or the line's end; the
   * run as stored follows the text after a line break, so a number either way is found. The runs
   * are read once: linear.
   */
  static Step displayOrder(String s) {
    StepBuilder b = new StepBuilder(s.length() + 16);
    java.util.List<int[]> runs = new java.util.ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != RLO) {
        b.append(c, i);
        i++;
        continue;
      }
      b.append(c, i);
      int start = i + 1;
      int end = start;
      while (end < s.length() && s.charAt(end) != PDF && s.charAt(end) != '\n') {
        end++;
      }
      for (int k = end; k > start; ) {
        int cp = s.codePointBefore(k);
        k -= Character.charCount(cp);
        for (int j = 0; j < Character.charCount(cp); j++) {
          b.append(s.charAt(k + j), k + j);
        }
      }
      runs.add(new int[] {start, end});
      i = end;
    }
    for (int[] run : runs) {
      b.append('\n', run[0]);
      for (int k = run[0]; k < run[1]; k++) {
        b.append(s.charAt(k), k);
      }
    }
    return b.build(s.length());
  }

  private static boolean needsFolding(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (FOLD[c] != 0 || Character.isSurrogate(c) || isMark(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A combining mark ({@code 8\u0327}, a keycap's {@code \u20E3}): after a digit it is dropped, as
   * a reader sees the digit; after a letter it stays part of it.
   */
  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /**
   * Accents written as combining marks composed (NFC), as a reader sees them the same: {@code
   * Zoe\u0308} is the "Zoë" a deny list names. Each composed run maps back to where it starts. Null
   * when the text is composed already.
   */
  static Step compose(String s) {
    if (Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      return null;
    }
    StepBuilder b = new StepBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int starter = Character.charCount(s.codePointAt(i));
      int end = i + starter;
      while (end < s.length() && continuesCluster(s.charAt(end))) {
        end++;
      }
      if (end == i + starter) {
        for (int k = i; k < end; k++) {
          b.append(s.charAt(k), k);
        }
      } else {
        String run = Normalizer.normalize(s.substring(i, end), Normalizer.Form.NFC);
        for (int k = 0; k < run.length(); k++) {
          b.append(run.charAt(k), i);
        }
      }
      i = end;
    }
    return b.build(s.length());
  }

  /** A mark, or a Hangul vowel or final consonant, which composes with the char before it. */
  private static boolean continuesCluster(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (c >= 0x1160 && c <= 0x11FF)
        || (c >= 0xD7B0 && c <= 0xD7FF);
  }

  private static Step foldChars(String s) {
    StepBuilder b = new StepBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
        int cp = s.codePointAt(i);
        if (Character.isDigit(cp)) {
          b.append((char) ('0' + Character.digit(cp, 10)), i);
        } else if (Character.getType(cp) != Character.FORMAT && !isIgnorable(cp)) {
          b.append(c, i);
          b.append(s.charAt(i + 1), i + 1);
        }
        i += 2;
        continue;
      }
      char folded = c < 0x80 ? 0 : FOLD[c];
      boolean markOnDigit = folded == 0 && c >= 0x80 && b.length() > 0 && isDigit(b.last());
      if (folded != DROP && !(markOnDigit && isMark(c))) {
        b.append(folded == 0 ? c : folded, i);
      }
      i++;
    }
    return b.build(s.length());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char[] foldTable() {
    char[] table = new char[0x10000];
    for (int c = 0x80; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      if (Character.isDigit(c)) {
        table[c] = (char) ('0' + Character.digit(c, 10));
      } else if (Character.getType(c) == Character.FORMAT || isIgnorable(c)) {
        table[c] = DROP;
      } else if (c == 0x2800) {
        table[c] = ' '; // the braille pattern blank, drawn as a space
      } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212) {
        table[c] = '-';
      } else if (mayFold(c)) {
        String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
        // Superscripts and circled digits are not digits a reader dials: only Nd digits fold.
        if (nfkc.length() == 1 && nfkc.charAt(0) < 0x80 && !isDigit(nfkc.charAt(0))) {
          table[c] = nfkc.charAt(0);
        }
      }
    }
    return table;
  }

  /**
   * Unicode's default-ignorable code points that are not format chars: fillers and selectors a
   * browser draws as nothing (Hangul fillers, Khmer's inherent vowels, variation selectors, tags),
   * so {@code 912\u115F555\u115F0142} reads as a number. CalloutTypes drops the same (a test says
   * so).
   */
  static boolean isIgnorable(int c) {
    return c == 0x034F
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
   * Blocks whose chars have compatibility forms among ASCII: spaces, small and full-width forms.
   */
  private static boolean mayFold(int c) {
    return c == 0xA0
        || (c >= 0x2000 && c <= 0x206F)
        || (c >= 0xFE50 && c <= 0xFE6F)
        || (c >= 0xFF00 && c <= 0xFFEF);
  }
}
