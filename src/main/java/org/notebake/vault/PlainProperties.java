package org.notebake.vault;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The front matter most notes have, read without the YAML engine: {@code name: value} lines whose
 * values are plain or quoted words, and lists of them, block or flow. Anything else (nesting,
 * comments, escapes, multi-line text, anchors, floats, a character YAML treats specially) is left
 * to the engine: {@link #read} is empty, never a guess. What it does read it reads as the engine
 * would under the YAML 1.2 core schema (the engine's own resolver decides what is text, a number, a
 * boolean or null): {@code PlainPropertiesTest} holds the two to the same values and lines on
 * thousands of random blocks.
 *
 * <pre>{@code
 * title: "Gallery night"      -> "Gallery night"
 * publish: true               -> true
 * tags: [photo, events]       -> [photo, events]
 * aliases:                    -> [Night, "Show"]
 *   - Night
 *   - "Show"
 * date: 2025-07-01            -> "2025-07-01"
 * }</pre>
 *
 * <p>Why by hand: the engine's scanner, parser, composer and constructor cost about 20 µs per note
 * once warm and several times that while the JVM is still compiling them; at 10,000 notes they were
 * a third of a second bake's reading stage.
 */
final class PlainProperties {
  private PlainProperties() {}

  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

  /**
   * The front matter in {@code yaml} (whose first line is line {@code firstLine} of the file), or
   * empty when it is more than flat properties and plain values: the engine reads it then.
   */
  static Optional<FrontMatter> read(String yaml, int firstLine) {
    if (!plainCharacters(yaml)) {
      return Optional.empty();
    }
    Block block = new Block();
    int start = 0;
    for (int index = 0; start <= yaml.length(); index++) {
      int end = yaml.indexOf('\n', start);
      if (end < 0) {
        end = yaml.length();
      }
      String line = yaml.substring(start, end);
      start = end + 1;
      if (!onlySpaces(line) && !block.read(line, firstLine + index)) {
        return Optional.empty();
      }
    }
    return Optional.of(block.frontMatter());
  }

  /**
   * YAML limits an implicit key to 1024 characters and the engine refuses a longer one ("could not
   * find expected ':'"); counted here in chars, which are never fewer than its code points.
   */
  private static final int MAX_NAME = 1024;

  /** The properties read so far, and the name whose block list may still be coming. */
  private static final class Block {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private String open; // a name with nothing after its colon: a block list follows, or null
    private List<Object> list;
    private int itemIndent;

    /** Reads one line that is not blank; false when the engine is to read the block. */
    boolean read(String line, int lineNumber) {
      int indent = indentOf(line);
      // Only a block list's item may be indented or start with a dash, and only under a name.
      return indent > 0 || line.charAt(0) == '-' ? item(line, indent) : property(line, lineNumber);
    }

    private boolean item(String line, int indent) {
      if (open == null || !line.startsWith("- ", indent)) {
        return false;
      }
      if (list == null) {
        list = new ArrayList<>();
        itemIndent = indent;
      } else if (indent != itemIndent) {
        return false;
      }
      Object item = scalar(stripSpaces(line.substring(indent + 2)), false);
      list.add(item);
      return item != NOT_PLAIN;
    }

    private boolean property(String line, int lineNumber) {
      closeList();
      int colon = line.indexOf(':');
      if (colon <= 0 || (colon + 1 < line.length() && line.charAt(colon + 1) != ' ')) {
        return false;
      }
      String name = line.substring(0, colon);
      if (!isName(name)
          || name.length() > MAX_NAME
          || name.endsWith(" ")
          || RESOLVER.resolve(name, true) != Tag.STR
          || values.containsKey(name)) {
        return false;
      }
      lines.put(name, lineNumber);
      String written = stripSpaces(line.substring(colon + 1));
      if (written.isEmpty()) {
        open = name;
        values.put(name, null); // its place in the order; the list, if any, replaces it
        return true;
      }
      Object value = written.charAt(0) == '[' ? flowList(written) : scalar(written, false);
      values.put(name, value);
      return value != NOT_PLAIN;
    }

    private void closeList() {
      if (open != null) {
        values.put(open, list == null ? null : Collections.unmodifiableList(list));
      }
      open = null;
      list = null;
    }

    FrontMatter frontMatter() {
      closeList();
      return new FrontMatter(FrontMatter.Format.YAML, values, lines);
    }
  }

  /**
   * A name as Obsidian's properties write them: letters, digits, {@code _} first, then also spaces,
   * dots and dashes.
   */
  private static boolean isName(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      boolean allowed =
          Character.isLetterOrDigit(c) || c == '_' || (i > 0 && (c == ' ' || c == '.' || c == '-'));
      if (!allowed) {
        return false;
      }
      i += Character.charCount(c);
    }
    return !name.isEmpty();
  }

  /** A plain int the engine reads as an {@code Integer} by this very decimal value. */
  private static boolean isSmallInt(String word) {
    if (word.length() > 9 || (word.length() > 1 && word.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Marks a value this reader does not read alike with the engine. */
  private static final Object NOT_PLAIN = new Object();

  /** {@code [a, "b", 3]}: items plain or quoted, none empty, nothing nested. */
  private static Object flowList(String written) {
    if (written.length() < 2 || written.charAt(written.length() - 1) != ']') {
      return NOT_PLAIN;
    }
    String inner = written.substring(1, written.length() - 1);
    List<Object> items = new ArrayList<>();
    if (onlySpaces(inner)) {
      return Collections.unmodifiableList(items);
    }
    int from = 0;
    while (true) {
      int comma = inner.indexOf(',', from);
      String item = stripSpaces(comma < 0 ? inner.substring(from) : inner.substring(from, comma));
      Object value = scalar(item, true);
      if (value == NOT_PLAIN) {
        return NOT_PLAIN;
      }
      items.add(value);
      if (comma < 0) {
        return Collections.unmodifiableList(items);
      }
      from = comma + 1;
    }
  }

  /**
   * One value, already stripped: quoted without quotes or escapes inside, or a plain word the
   * engine's resolver calls text, a boolean, null or a small decimal int.
   */
  private static Object scalar(String written, boolean inFlow) {
    if (written.isEmpty()) {
      return NOT_PLAIN; // an empty item, or "- " alone: rare, and the engine's null is spelled out
    }
    char first = written.charAt(0);
    if (first == '"' || first == '\'') {
      int close = written.indexOf(first, 1);
      return close == written.length() - 1 ? written.substring(1, close) : NOT_PLAIN;
    }
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
      return NOT_PLAIN; // an indicator, or a word starting with one: the engine's rules are subtle
    }
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (inFlow ? ":[]{},".indexOf(c) >= 0 : c == ':' && !partOfAWord(written, i)) {
        return NOT_PLAIN;
      }
    }
    Tag tag = RESOLVER.resolve(written, true);
    if (tag == Tag.STR) {
      return written;
    }
    if (tag == Tag.NULL) {
      return null;
    }
    if (tag == Tag.BOOL) {
      return Boolean.valueOf(written.equalsIgnoreCase("true"));
    }
    if (tag == Tag.INT && isSmallInt(written)) {
      return Integer.valueOf(written);
    }
    return NOT_PLAIN; // floats, octal and hexadecimal ints, big ints: the engine's to construct
  }

  /**
   * YAML's white space is the space (tabs never get here): {@code String.strip} would also take an
   * em space, which the engine keeps as part of the value.
   */
  private static String stripSpaces(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) == ' ') {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean onlySpaces(String text) {
    return indentOf(text) == text.length();
  }

  /**
   * A colon inside a plain value outside brackets, as in {@code https://example.org} or {@code
   * 09:30}, is text when a character other than a space follows it; {@code a: b} or a trailing
   * colon would make it a map.
   */
  private static boolean partOfAWord(String written, int colon) {
    return colon + 1 < written.length() && written.charAt(colon + 1) != ' ';
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }

  /**
   * Only characters YAML treats as plain printable text, line feeds, and no backslash (an escape in
   * double quotes), {@code #} (a comment after a space) or brace anywhere: tabs, carriage returns,
   * controls, byte order marks, the Unicode line separators and unpaired surrogates go to the
   * engine, which reports what it refuses.
   */
  private static boolean plainCharacters(String yaml) {
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c < 0x7F) {
        if ((c < 0x20 && c != '\n') || c == '\\' || c == '#' || c == '{' || c == '}') {
          return false;
        }
      } else if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) {
        return false;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= yaml.length() || !Character.isLowSurrogate(yaml.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
