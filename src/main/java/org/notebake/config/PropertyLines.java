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
      Parsed parsed = entry(logical.toString(), start, column);
      Entry entry = parsed.entry();
      if (parsed.malformed() && refused == null) {
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
  private static Parsed entry(String logical, int line, int column) {
    Matcher matcher = PROPERTY.matcher(logical);
    String key = "";
    String value = "";
    if (matcher.matches()) {
      key = matcher.group(1).trim();
      value = matcher.group(5).trim();
    }
    PropertyEscapes.Resolved k = PropertyEscapes.key(key);
    PropertyEscapes.Resolved v = PropertyEscapes.value(value);
    return new Parsed(new Entry(k.text(), v.text(), line, column), k.malformed() || v.malformed());
  }

  private record Parsed(Entry entry, boolean malformed) {}
}
