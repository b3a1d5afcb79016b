package org.notebake.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each key of a properties file is set: the line and column its definition starts at, read
 * exactly as JBake's reader (commons-configuration 2.7's {@code PropertiesConfiguration}, in {@code
 * jbake.JBakeSettings}) reads the file, so a diagnostic about a key points at its line.
 *
 * <pre>{@code
 * PropertyLines lines = PropertyLines.parse("# site\n  site.host : https://avery.example.org\n");
 * lines.last("site.host"); // Optional[Entry[key=site.host, value=https://avery.example.org, line=2, column=3]]
 * }</pre>
 *
 * <p>That reader is not {@code java.util.Properties}, and where they differ this class follows it:
 * a key set twice keeps both values, as a list; a line that looks like a comment or is blank does
 * not end a continued value but is skipped; each line is trimmed of spaces and control characters
 * at both ends (so {@code a=1\ } is continued); a value continued past the end of the file is
 * dropped; {@code include} and {@code includeoptional} are not keys; escapes in keys are Java's
 * (octal {@code \12} too) and in values keep unknown ones ({@code \,} stays for the list splitter).
 * The text is decoded as UTF-8 ({@link #decode}) without its byte order mark.
 */
public final class PropertyLines {

  /**
   * One definition of a key.
   *
   * @param value the value as read, escapes resolved, before any list splitting
   * @param line 1-based line where the definition starts (a continued value's first line)
   * @param column 1-based column of the key's first character on that line
   */
  public record Entry(String key, String value, int line, int column) {}

  /** commons-configuration 2.7's {@code PropertiesReader.PROPERTY_PATTERN}. */
  private static final Pattern PROPERTY =
      Pattern.compile("(([\\S&&[^\\\\=:]]|\\\\.)*)(\\s*(\\s+|[=:])\\s*)?(.*)");

  private static final String VALUE_UNESCAPES = ":#=!\\'\"";

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byKey;
  private final Entry refused;

  private PropertyLines(List<Entry> entries, Entry refused) {
    this.entries = List.copyOf(entries);
    this.refused = refused;
    Map<String, List<Entry>> map = new LinkedHashMap<>();
    entries.forEach(e -> map.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = Collections.unmodifiableMap(map);
  }

  /**
   * A file's bytes as the site's reader sees them: UTF-8 (malformed bytes become U+FFFD, as a
   * decoding reader makes them), without a leading byte order mark, which would otherwise be read
   * as part of the first key.
   */
  public static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Every definition in {@code text}; never throws, whatever the text. */
  public static PropertyLines parse(String text) {
    List<Entry> entries = new ArrayList<>();
    Entry refused = null;
    List<String> lines = physicalLines(text);
    StringBuilder logical = new StringBuilder();
    int start = 0;
    int column = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.charAt(0) == '#' || trimmed.charAt(0) == '!') {
        continue; // a comment, also in the middle of a continued value
      }
      if (start == 0) {
        start = i + 1;
        column = firstNonBlank(line) + 1;
      }
      if (endsInOddBackslashes(trimmed)) {
        logical.append(trimmed, 0, trimmed.length() - 1);
        continue;
      }
      logical.append(trimmed);
      boolean[] malformed = {false};
      Entry entry = entry(logical.toString(), start, column, malformed);
      if (malformed[0] && refused == null) {
        refused = entry;
      }
      if (!entry.key().equalsIgnoreCase("include")
          && !entry.key().equalsIgnoreCase("includeoptional")) {
        entries.add(entry);
      }
      logical.setLength(0);
      start = 0;
    }
    return new PropertyLines(entries, refused);
  }

  /**
   * The first definition with a malformed unicode escape (a backslash and u not followed by four
   * hex digits), for which JBake's reader refuses the whole file.
   */
  public Optional<Entry> refused() {
    return Optional.ofNullable(refused);
  }

  /** Every definition, in the file's order. */
  public List<Entry> entries() {
    return entries;
  }

  /** Every definition of {@code key}, in the file's order; more than one is a key set twice. */
  public List<Entry> all(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The last definition of {@code key}. */
  public Optional<Entry> last(String key) {
    List<Entry> all = all(key);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The keys, each once, in the order of their first definition. */
  public List<String> keys() {
    return List.copyOf(byKey.keySet());
  }

  /** Lines as a line-reading reader splits them: at LF, CR or CR LF. */
  private static List<String> physicalLines(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(from, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    if (from < text.length()) {
      lines.add(text.substring(from));
    }
    return lines;
  }

  private static int firstNonBlank(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }

  private static boolean endsInOddBackslashes(String line) {
    int count = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 1;
  }

  /**
   * The key runs to the first white space or unescaped {@code =} or {@code :}; the value starts
   * after that separator and the white space around it. The pattern is the reader's own, so a key
   * or value it splits oddly is split here alike.
   */
  private static Entry entry(String logical, int line, int column, boolean[] refused) {
    Matcher matcher = PROPERTY.matcher(logical);
    String key = "";
    String value = "";
    if (matcher.matches()) {
      key = matcher.group(1).trim();
      value = matcher.group(5).trim();
    }
    return new Entry(unescapeKey(key, refused), unescapeValue(value, refused), line, column);
  }

  /**
   * Java's escapes as commons-text's {@code unescapeJava} reads them: octal, {@code \}{@code
   * uXXXX}, control characters, and a backslash before any other character dropped. A malformed
   * {@code \}{@code u} escape, which makes the reader refuse the file, is kept as written.
   */
  private static String unescapeKey(String key, boolean[] refused) {
    if (key.indexOf('\\') < 0) {
      return key;
    }
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
          refused[0] = true;
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
    return out.toString();
  }

  /**
   * Escapes in a value as {@code PropertiesConfiguration} reads them: control characters, {@code
   * \}{@code uXXXX}, and {@code :#=!\'"} lose their backslash; any other escape is kept as written
   * ({@code \,} for the list splitter). A {@code \}{@code u} escape cut short by the end is
   * dropped, as the reader drops it; one with a character not hex, which makes it refuse the file,
   * is kept.
   */
  private static String unescapeValue(String value, boolean[] refused) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
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
          refused[0] = true;
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
    return out.toString();
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
