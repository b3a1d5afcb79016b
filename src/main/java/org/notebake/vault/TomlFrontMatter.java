package org.notebake.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hugo's TOML front matter ({@code +++} on line 1 up to a {@code +++} line), read into the values
 * YAML gives ({@code String}, {@code Boolean}, {@code Long}, {@code Double}, {@code List}, {@code
 * Map}; dates and times as the strings written). Written by hand: a TOML library would take the jar
 * past its size budget, and front matter uses a small part of TOML. What it reads: comments, bare,
 * quoted and dotted keys, {@code [tables]} and {@code [[arrays of tables]]}, the four kinds of
 * string, integers (decimal, hex, octal, binary), floats, booleans, dates and times, arrays across
 * lines and inline tables. Anything else, and any key given twice, is a {@link Failure} at its line
 * and column: a note whose front matter cannot be read stays private. A Hugo site's {@code
 * hugo.toml} is read with it too, for the site's title and address ({@link #values}).
 *
 * <pre>{@code
 * TomlFrontMatter.parse("title = \"Walks\"\ndraft = true\ntags = [\"city\", \"night\"]\n");
 * // {title=Walks, draft=true, tags=[city, night]}
 * }</pre>
 */
public final class TomlFrontMatter {
  /** A line and column (1-based, in the TOML text) and what is wrong there. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Failure(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /** The values, and the line each top-level key (or table) is on. */
  record Parsed(Map<String, Object> values, Map<String, Integer> lines) {}

  private static final int MAX_DEPTH = 64;
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?"
              + "|\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(0|[1-9](_?\\d)*)");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?(inf|nan|(0|[1-9](_?\\d)*)(\\.\\d(_?\\d)*)?([eE][+-]?\\d(_?\\d)*)?)");

  private final String text;
  private int pos;
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();

  /** Where the key or header being read starts: what a duplicate is reported at. */
  private int keyStart;

  /** Tables made by a header or a dotted key, which a later {@code [header]} may not reopen. */
  private final java.util.Set<Map<String, Object>> closed =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Where each line starts, for lines and columns in messages. */
  private final int[] lineStarts;

  private TomlFrontMatter(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The values of a whole TOML file another tool reads ({@code hugo.toml}), or empty when it holds
   * what this reader does not take: its settings are then not read.
   */
  public static java.util.Optional<Map<String, Object>> values(String toml) {
    try {
      return java.util.Optional.of(parse(toml).values());
    } catch (Failure e) {
      return java.util.Optional.empty();
    }
  }

  static Parsed parse(String toml) throws Failure {
    TomlFrontMatter reader = new TomlFrontMatter(toml);
    reader.document();
    return new Parsed(reader.root, reader.lines);
  }

  private void document() throws Failure {
    Map<String, Object> current = root;
    while (true) {
      skipBlankLines();
      if (pos >= text.length()) {
        return;
      }
      int line = line(pos);
      keyStart = pos;
      if (peek() == '[') {
        boolean arrayOfTables = text.startsWith("[[", pos);
        pos += arrayOfTables ? 2 : 1;
        skipSpaces();
        List<String> path = key();
        skipSpaces();
        expect(arrayOfTables ? "]]" : "]");
        endOfLine();
        lines.putIfAbsent(path.get(0), line);
        current = arrayOfTables ? appendTable(path) : table(path);
      } else {
        List<String> path = key();
        skipSpaces();
        if (peek() != '=') {
          throw failure(
              "= is expected after the key (TOML writes key = value; YAML's key: value goes"
                  + " between --- lines)");
        }
        pos++;
        skipSpaces();
        Object value = value(0);
        endOfLine();
        if (current == root) {
          lines.putIfAbsent(path.get(0), line);
        }
        put(current, path, value);
      }
    }
  }

  // ---- keys and tables

  private List<String> key() throws Failure {
    List<String> parts = new ArrayList<>();
    while (true) {
      char c = peek();
      if (c == '"') {
        parts.add(basicString());
      } else if (c == '\'') {
        parts.add(literalString());
      } else {
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
          pos++;
        }
        if (pos == start) {
          throw failure("a key is expected here (letters, digits, - and _, or a quoted key)");
        }
        parts.add(text.substring(start, pos));
      }
      skipSpaces();
      if (peek() != '.') {
        return parts;
      }
      pos++;
      skipSpaces();
    }
  }

  private static boolean isBareKeyChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }

  /** The table a {@code [a.b]} header names, made if missing. */
  private Map<String, Object> table(List<String> path) throws Failure {
    Map<String, Object> table = root;
    for (int i = 0; i < path.size(); i++) {
      Object next = table.get(path.get(i));
      if (next == null) {
        Map<String, Object> made = new LinkedHashMap<>();
        table.put(path.get(i), made);
        table = made;
      } else if (next instanceof Map<?, ?> map) {
        table = cast(map);
      } else if (next instanceof ArrayOfTables list && i < path.size() - 1) {
        table = cast((Map<?, ?>) list.get(list.size() - 1)); // [[a]] then [a.b]
      } else {
        throw failureAt(
            keyStart, "\"" + String.join(".", path) + "\" is already a value, not a table");
      }
    }
    if (!closed.add(table)) {
      throw failureAt(keyStart, "the table [" + String.join(".", path) + "] is given twice");
    }
    return table;
  }

  /** A new table appended to the array a {@code [[a.b]]} header names. */
  private Map<String, Object> appendTable(List<String> path) throws Failure {
    Map<String, Object> parent =
        path.size() == 1 ? root : tableWithoutClosing(path.subList(0, path.size() - 1));
    String last = path.get(path.size() - 1);
    Object existing = parent.get(last);
    ArrayOfTables array;
    if (existing == null) {
      array = new ArrayOfTables();
      parent.put(last, array);
    } else if (existing instanceof ArrayOfTables list) {
      array = list;
    } else {
      throw failureAt(
          keyStart,
          "\"" + String.join(".", path) + "\" is already a value, not an array of tables");
    }
    Map<String, Object> table = new LinkedHashMap<>();
    array.add(table);
    closed.add(table);
    return table;
  }

  private Map<String, Object> tableWithoutClosing(List<String> path) throws Failure {
    Map<String, Object> table = root;
    for (String part : path) {
      Object next = table.get(part);
      if (next == null) {
        Map<String, Object> made = new LinkedHashMap<>();
        table.put(part, made);
        table = made;
      } else if (next instanceof Map<?, ?> map) {
        table = cast(map);
      } else if (next instanceof ArrayOfTables list) {
        table = cast((Map<?, ?>) list.get(list.size() - 1));
      } else {
        throw failureAt(
            keyStart, "\"" + String.join(".", path) + "\" is already a value, not a table");
      }
    }
    return table;
  }

  /** An array made by {@code [[...]]} headers, which only more headers may extend. */
  private static final class ArrayOfTables extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
  }

  private void put(Map<String, Object> table, List<String> path, Object value) throws Failure {
    Map<String, Object> target = table;
    for (int i = 0; i < path.size() - 1; i++) {
      Object next = target.get(path.get(i));
      if (next == null) {
        Map<String, Object> made = new LinkedHashMap<>();
        target.put(path.get(i), made);
        closed.add(made);
        target = made;
      } else if (next instanceof Map<?, ?> map && !(next instanceof InlineTable)) {
        target = cast(map);
      } else {
        throw failureAt(keyStart, "\"" + String.join(".", path) + "\" is already given a value");
      }
    }
    String last = path.get(path.size() - 1);
    if (target.containsKey(last)) {
      throw failureAt(keyStart, "the key \"" + String.join(".", path) + "\" is given twice");
    }
    target.put(last, value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  // ---- values

  private Object value(int depth) throws Failure {
    if (depth > MAX_DEPTH) {
      throw failure("arrays and tables nest deeper than " + MAX_DEPTH);
    }
    char c = peek();
    if (c == '"') {
      return text.startsWith("\"\"\"", pos) ? multiLineBasicString() : basicString();
    }
    if (c == '\'') {
      return text.startsWith("'''", pos) ? multiLineLiteralString() : literalString();
    }
    if (c == '[') {
      return array(depth);
    }
    if (c == '{') {
      return inlineTable(depth);
    }
    if (text.startsWith("true", pos) && !isBareKeyChar(charAt(pos + 4))) {
      pos += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("false", pos) && !isBareKeyChar(charAt(pos + 5))) {
      pos += 5;
      return Boolean.FALSE;
    }
    return scalar();
  }

  private char charAt(int i) {
    return i < text.length() ? text.charAt(i) : '\0';
  }

  /** A number, a date or a time: read up to what ends a value. */
  private Object scalar() throws Failure {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      boolean dateSpaceTime =
          c == ' '
              && pos - start == 10
              && Character.isDigit(charAt(pos + 1))
              && DATE_TIME.matcher(text.substring(start, pos)).matches();
      if (!(isBareKeyChar(c) || c == '+' || c == '.' || c == ':' || dateSpaceTime)) {
        break;
      }
      pos++;
    }
    String token = text.substring(start, pos);
    if (token.isEmpty()) {
      throw failure(
          "a value is expected here (a string in quotes, a number, true or false, a"
              + " date, [an array] or {an inline table})");
    }
    if (DATE_TIME.matcher(token).matches()) {
      return token;
    }
    String digits = token.replace("_", "");
    try {
      if (DECIMAL.matcher(token).matches()) {
        return Long.parseLong(digits);
      }
      if (token.matches("0x[0-9A-Fa-f](_?[0-9A-Fa-f])*")) {
        return Long.parseLong(digits.substring(2), 16);
      }
      if (token.matches("0o[0-7](_?[0-7])*")) {
        return Long.parseLong(digits.substring(2), 8);
      }
      if (token.matches("0b[01](_?[01])*")) {
        return Long.parseLong(digits.substring(2), 2);
      }
    } catch (NumberFormatException e) {
      pos = start;
      throw failure("the number " + token + " is too large");
    }
    if (FLOAT.matcher(token).matches()) {
      String number = digits.replace("inf", "Infinity").replace("nan", "NaN");
      return Double.parseDouble(number);
    }
    pos = start;
    throw failure("\"" + token + "\" is not a TOML value; a text value is written in quotes");
  }

  private List<Object> array(int depth) throws Failure {
    pos++; // [
    List<Object> items = new ArrayList<>();
    while (true) {
      skipBlankLines();
      if (peek() == ']') {
        pos++;
        return items;
      }
      items.add(value(depth + 1));
      skipBlankLines();
      if (peek() == ',') {
        pos++;
      } else if (peek() != ']') {
        throw failure("a , or ] is expected after an item of the array");
      }
    }
  }

  /** A table written on one line; marked so that a dotted key cannot add to it later. */
  private static final class InlineTable extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
  }

  private Map<String, Object> inlineTable(int depth) throws Failure {
    pos++; // {
    InlineTable table = new InlineTable();
    skipSpaces();
    if (peek() == '}') {
      pos++;
      return table;
    }
    while (true) {
      skipSpaces();
      keyStart = pos;
      List<String> path = key();
      skipSpaces();
      expect("=");
      skipSpaces();
      put(table, path, value(depth + 1));
      skipSpaces();
      if (peek() == '}') {
        pos++;
        return table;
      }
      expect(",");
    }
  }

  // ---- strings

  private String basicString() throws Failure {
    pos++; // "
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length() || peek() == '\n') {
        throw failure("the string is not closed on its line; add the closing \"");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        escape(out);
      } else {
        control(c);
        out.append(c);
      }
    }
  }

  private String multiLineBasicString() throws Failure {
    pos += 3;
    skipNewline();
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw failure("the string is never closed; add the closing \"\"\"");
      }
      if (text.startsWith("\"\"\"", pos)) {
        int quotes = 3;
        while (quotes < 5 && charAt(pos + quotes) == '"') {
          quotes++;
        }
        out.append("\"".repeat(quotes - 3));
        pos += quotes;
        return out.toString();
      }
      char c = text.charAt(pos++);
      if (c == '\\') {
        int after = pos;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
          after++;
        }
        if (after < text.length() && (text.charAt(after) == '\n' || text.charAt(after) == '\r')) {
          pos = after; // a line-ending backslash: the break and the whitespace after it go
          while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
          }
        } else {
          escape(out);
        }
      } else {
        if (c != '\n' && c != '\r') {
          control(c);
        }
        out.append(c);
      }
    }
  }

  private String literalString() throws Failure {
    pos++; // '
    int end = text.indexOf('\'', pos);
    int newline = text.indexOf('\n', pos);
    if (end < 0 || (newline >= 0 && newline < end)) {
      throw failure("the string is not closed on its line; add the closing '");
    }
    String value = text.substring(pos, end);
    for (int i = 0; i < value.length(); i++) {
      control(value.charAt(i));
    }
    pos = end + 1;
    return value;
  }

  private String multiLineLiteralString() throws Failure {
    pos += 3;
    skipNewline();
    int end = text.indexOf("'''", pos);
    if (end < 0) {
      throw failure("the string is never closed; add the closing '''");
    }
    int quotes = 3;
    while (quotes < 5 && charAt(end + quotes) == '\'') {
      quotes++; // up to two quotes right before the closing three belong to the string
    }
    String value = text.substring(pos, end + quotes - 3);
    pos = end + quotes;
    return value;
  }

  private void escape(StringBuilder out) throws Failure {
    if (pos >= text.length()) {
      throw failure("the string ends in a backslash");
    }
    char e = text.charAt(pos++);
    switch (e) {
      case 'b' -> out.append('\b');
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'f' -> out.append('\f');
      case 'r' -> out.append('\r');
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'u', 'U' -> {
        int length = e == 'u' ? 4 : 8;
        String hex = pos + length <= text.length() ? text.substring(pos, pos + length) : "";
        if (!hex.matches("[0-9A-Fa-f]+") || hex.length() != length) {
          pos--;
          throw failure("\\" + e + " needs " + length + " hex digits");
        }
        int codePoint = (int) Long.parseLong(hex, 16);
        if (!Character.isValidCodePoint(codePoint)
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
          pos--;
          throw failure("\\" + e + hex + " is not a Unicode character");
        }
        out.appendCodePoint(codePoint);
        pos += length;
      }
      default -> {
        pos -= 2;
        throw failure("\\" + e + " is not an escape TOML knows; write \\\\ for a backslash");
      }
    }
  }

  private void control(char c) throws Failure {
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
      pos--;
      throw failure(String.format("a control character (U+%04X) in a string", (int) c));
    }
  }

  // ---- layout

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void expect(String token) throws Failure {
    if (!text.startsWith(token, pos)) {
      throw failure(token + " is expected here");
    }
    pos += token.length();
  }

  private void skipSpaces() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private void skipNewline() {
    if (text.startsWith("\r\n", pos)) {
      pos += 2;
    } else if (peek() == '\n') {
      pos++;
    }
  }

  /** Spaces, comments and line breaks. */
  private void skipBlankLines() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        pos++;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /** After a value or header: spaces, perhaps a comment, then the end of the line. */
  private void endOfLine() throws Failure {
    skipSpaces();
    if (peek() == '#') {
      while (pos < text.length() && text.charAt(pos) != '\n') {
        pos++;
      }
    }
    if (peek() == '\r') {
      pos++;
    }
    if (pos < text.length() && peek() != '\n') {
      throw failure("the line goes on after its value; one key = value a line");
    }
  }

  /** The 1-based line of offset {@code at}. */
  private int line(int at) {
    int found = java.util.Arrays.binarySearch(lineStarts, at);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  private Failure failure(String message) {
    return failureAt(pos, message);
  }

  private Failure failureAt(int offset, String message) {
    int at = Math.min(offset, text.length());
    int line = line(at);
    return new Failure(message, line, at - lineStarts[line - 1] + 1);
  }
}
