package org.notebake.config;

/**
 * The escapes of a properties file's keys and values, resolved as JBake's reader
 * (commons-configuration 2.7) resolves them, for {@link PropertyLines}.
 *
 * <pre>{@code
 * PropertyEscapes.key("site\\u002etitle");  // Resolved[text=site.title, malformed=false]
 * PropertyEscapes.value("a\\,b\\=c");        // Resolved[text=a\,b=c, malformed=false]
 * }</pre>
 */
final class PropertyEscapes {
  private static final String VALUE_UNESCAPES = ":#=!\\'\"";

  private PropertyEscapes() {}

  /**
   * @param malformed a unicode escape without four hex digits, for which the reader refuses the
   *     whole file
   */
  record Resolved(String text, boolean malformed) {}

  /**
   * Java's escapes as commons-text's {@code unescapeJava} reads them: octal, {@code \}{@code
   * uXXXX}, control characters, and a backslash before any other character dropped. A malformed
   * {@code \}{@code u} escape, which makes the reader refuse the file, is kept as written.
   */
  static Resolved key(String key) {
    if (key.indexOf('\\') < 0) {
      return new Resolved(key, false);
    }
    boolean malformed = false;
    StringBuilder out = new StringBuilder(key.length());
    int i = 0;
    while (i < key.length()) {
      char c = key.charAt(i);
      if (c != '\\' || i + 1 == key.length()) {
        if (c != '\\') {
          out.append(c);
        }
        i++;
        continue;
      }
      char next = key.charAt(i + 1);
      if (next >= '0' && next <= '7') {
        int end = i + 2;
        if (end < key.length() && isOctal(key.charAt(end))) {
          end++;
          if (end < key.length() && next <= '3' && isOctal(key.charAt(end))) {
            end++;
          }
        }
        out.append((char) Integer.parseInt(key.substring(i + 1, end), 8));
        i = end;
      } else if (next == 'u') {
        int j = i + 2;
        while (j < key.length() && key.charAt(j) == 'u') {
          j++;
        }
        if (j < key.length() && key.charAt(j) == '+') {
          j++;
        }
        Integer code = j + 4 <= key.length() ? hex(key.substring(j, j + 4)) : null;
        if (code == null) {
          malformed = true;
          out.append(key, i, Math.min(j + 4, key.length()));
          i = Math.min(j + 4, key.length());
        } else {
          out.append((char) code.intValue());
          i = j + 4;
        }
      } else {
        int control = "btnfr".indexOf(next);
        if (control >= 0) {
          out.append("\b\t\n\f\r".charAt(control));
          i += 2;
        } else if (next == '\\' || next == '"' || next == '\'') {
          out.append(next);
          i += 2;
        } else {
          i++; // the backslash alone is dropped; the next character is read as itself
        }
      }
    }
    return new Resolved(out.toString(), malformed);
  }

  /**
   * Escapes in a value as {@code PropertiesConfiguration} reads them: control characters, {@code
   * \}{@code uXXXX}, and {@code :#=!\'"} lose their backslash; any other escape is kept as written
   * ({@code \,} for the list splitter). A {@code \}{@code u} escape cut short by the end is
   * dropped, as the reader drops it; one with a character not hex, which makes it refuse the file,
   * is kept.
   */
  static Resolved value(String value) {
    if (value.indexOf('\\') < 0) {
      return new Resolved(value, false);
    }
    boolean malformed = false;
    StringBuilder out = new StringBuilder(value.length());
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 == value.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = value.charAt(i + 1);
      int control = "rftnb".indexOf(next);
      if (control >= 0) {
        out.append("\r\f\t\n\b".charAt(control));
        i += 2;
      } else if (next == 'u') {
        if (i + 6 > value.length()) {
          break; // fewer than four digits left: the reader drops them
        }
        Integer code = hex(value.substring(i + 2, i + 6));
        if (code == null) {
          malformed = true;
          out.append(value, i, i + 6);
        } else {
          out.append((char) code.intValue());
        }
        i += 6;
      } else if (VALUE_UNESCAPES.indexOf(next) >= 0) {
        out.append(next);
        i += 2;
      } else {
        out.append(c).append(next);
        i += 2;
      }
    }
    return new Resolved(out.toString(), malformed);
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  /** Four hex digits as {@code Integer.parseInt} reads them (a sign included), or null. */
  private static Integer hex(String digits) {
    try {
      return Integer.parseInt(digits, 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
