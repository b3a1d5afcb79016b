package org.notebake.vault;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.notebake.diagnostics.Diagnostics;

/**
 * Splits a note into front matter and body. Reads Obsidian YAML front matter ({@code ---} on line 1
 * up to a {@code ---} or {@code ...} line), JBake headers ({@code key=value} lines up to {@code
 * ~~~~~~}) and Hugo's TOML ({@code +++} lines) and JSON (an object opening the note). A byte order
 * mark and CRLF line ends are accepted.
 *
 * <p>A header that cannot be read is an error at its line and column with a hint, and the note
 * comes back {@linkplain ParsedNote#malformed() malformed} with an empty body: a note whose
 * metadata is unknown must stay private.
 *
 * <pre>{@code
 * FrontMatterParser parser = new FrontMatterParser();
 * ParsedNote note = parser.parse("journal/a.md", "---\npublish: true\n---\n# A\n", diagnostics);
 * note.frontMatter().bool("publish");   // Optional[true]
 * note.body();                          // "\n\n\n# A\n"
 *
 * parser.parse("b.md", "---\ntitle: Notes: meeting #3\n---\n", diagnostics);
 * // b.md:2:13: error: front matter is not valid YAML: mapping values are not allowed here;
 * //   a value containing ": " must be quoted: title: "Notes: meeting #3"
 * }</pre>
 */
public final class FrontMatterParser {

  /** JBake's default {@code header.separator}. */
  public static final String JBAKE_SEPARATOR = "~~~~~~";

  /** JBake's default {@code date.format}. */
  public static final String JBAKE_DATE_PATTERN = "yyyy-MM-dd";

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** A property line right after a misplaced {@code ---}: it was meant as front matter. */
  private static final Pattern PROPERTY = Pattern.compile("^[\\p{L}\\p{N}_ -]+:(\\s.*)?$");

  private final JBakeHeaderReader jbake;
  private final List<String> settings;

  /** A parser with JBake's default separator {@code ~~~~~~} and date pattern {@code yyyy-MM-dd}. */
  public FrontMatterParser() {
    this(JBAKE_SEPARATOR, JBAKE_DATE_PATTERN);
  }

  /**
   * A parser with the JBake {@code header.separator} and {@code date.format} of a site.
   *
   * @param jbakeSeparator the line that ends a JBake header
   * @param jbakeDatePattern a {@link java.time.format.DateTimeFormatter} pattern for {@code date}
   */
  public FrontMatterParser(String jbakeSeparator, String jbakeDatePattern) {
    this.jbake = new JBakeHeaderReader(jbakeSeparator, jbakeDatePattern);
    this.settings = List.of(jbakeSeparator, jbakeDatePattern);
  }

  /** What this parser was made with: two parsers with equal settings parse alike. */
  List<String> settings() {
    return settings;
  }

  /**
   * Parses {@code text}, reporting problems at {@code relativePath}.
   *
   * @return the front matter and body; malformed, with an empty body, when the header is broken
   */
  public ParsedNote parse(String relativePath, String text, Diagnostics diagnostics) {
    ParsedNote parsed = parseHeader(relativePath, text, diagnostics);
    String half = halfCharacterKey(parsed.frontMatter());
    if (half == null) {
      return parsed;
    }
    // "\ud800" (YAML, JSON) or "\uD800" (TOML) without its pair: no character, and was published
    // as &#xd800; in the page and "?" in the feeds without a word (red team).
    diagnostics.error(
        relativePath,
        parsed.frontMatter().line(half),
        1,
        half
            + " has an escape for half a character (\\ud800 to \\udfff without its pair), which is"
            + " no character; write the character itself, or both halves (\\ud83c\\udf37); the note"
            + " stays private until it is fixed");
    return ParsedNote.rejected();
  }

  /** The first key whose name or value holds a surrogate without its pair; null if none. */
  private static String halfCharacterKey(FrontMatter fm) {
    for (String key : fm.keys()) {
      if (holdsHalfCharacter(key, 0) || holdsHalfCharacter(fm.value(key).orElse(null), 0)) {
        return key;
      }
    }
    return null;
  }

  private static boolean holdsHalfCharacter(Object value, int depth) {
    if (value instanceof String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
    if (depth > 64) {
      return false; // deeper than front matter is read (its readers refuse such nesting)
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (holdsHalfCharacter(entry.getKey(), depth + 1)
            || holdsHalfCharacter(entry.getValue(), depth + 1)) {
          return true;
        }
      }
    } else if (value instanceof Iterable<?> items) {
      for (Object item : items) {
        if (holdsHalfCharacter(item, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private ParsedNote parseHeader(String relativePath, String text, Diagnostics diagnostics) {
    Objects.requireNonNull(relativePath, "relativePath");
    String withoutBom =
        !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    TextLines lines = new TextLines(withoutBom);
    if (isYamlFence(lines.line(0))) {
      return yaml(relativePath, lines, diagnostics);
    }
    if (lines.line(0).stripTrailing().equals("+++")) {
      return toml(relativePath, lines, diagnostics);
    }
    if (lines.line(0).startsWith("{") && !lines.line(0).startsWith("{{")) {
      Optional<ParsedNote> json = JsonFrontMatter.read(relativePath, lines, diagnostics);
      if (json.isPresent()) {
        return json.get();
      }
    }
    Optional<ParsedNote> jbakeNote = jbake.read(relativePath, lines, diagnostics);
    if (jbakeNote.isPresent()) {
      return jbakeNote.get();
    }
    return new ParsedNote(
        FrontMatter.none(),
        withoutBom,
        false,
        misplacedFrontMatter(relativePath, lines, diagnostics));
  }

  private ParsedNote yaml(String relativePath, TextLines lines, Diagnostics diagnostics) {
    int closing = closingFence(lines, "---", "...");
    if (closing < 0) {
      return neverClosed(relativePath, "---", diagnostics);
    }
    int obsidians = obsidiansClosing(lines, closing);
    if (obsidians > closing) {
      // Obsidian ends properties at --- alone: a draft: true below a YAML "..." is the note's.
      diagnostics.warning(
          relativePath,
          closing + 1,
          1,
          "\"...\" ends YAML front matter, but Obsidian reads the properties on to the next ---,"
              + " so those below it are read too; remove the \"...\" line");
      String yaml = between(lines, obsidians).replaceFirst("(?m)^\\.\\.\\.[ \\t]*$", "");
      Optional<FrontMatter> frontMatter =
          new YamlFrontMatterReader(relativePath, diagnostics).read(yaml, 2);
      return frontMatter
          .map(matter -> new ParsedNote(matter, lines.bodyAfter(obsidians), false))
          .orElseGet(ParsedNote::rejected);
    }
    Optional<FrontMatter> frontMatter =
        new YamlFrontMatterReader(relativePath, diagnostics).read(between(lines, closing), 2);
    return frontMatter
        .map(matter -> new ParsedNote(matter, lines.bodyAfter(closing), false))
        .orElseGet(ParsedNote::rejected);
  }

  /**
   * Where Obsidian ends front matter that YAML ends at {@code closing}: the next {@code ---}, when
   * {@code closing} is a {@code ...} line and lines without a blank one follow it up to that {@code
   * ---} (a property, a comment, a quoted or dotted key: Obsidian reads them all as properties, and
   * YAML that does not read keeps the note private); else {@code closing}.
   */
  private static int obsidiansClosing(TextLines lines, int closing) {
    if (!lines.line(closing).stripTrailing().equals("...")
        || !lines.has(closing + 1)
        || lines.line(closing + 1).isBlank()) {
      return closing;
    }
    for (int i = closing + 1; lines.has(i); i++) {
      String line = lines.line(i).stripTrailing();
      if (line.equals("---")) {
        return i;
      }
      if (line.isBlank()) {
        return closing; // a paragraph of the body, not properties
      }
    }
    return closing;
  }

  /** The first line after line 1 that is one of {@code fences}, or -1. */
  private static int closingFence(TextLines lines, String... fences) {
    for (int i = 1; lines.has(i); i++) {
      String line = lines.line(i).stripTrailing();
      for (String fence : fences) {
        if (line.equals(fence)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Lines 2 to {@code closing}, the front matter between its fences. */
  private static String between(TextLines lines, int closing) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < closing; i++) {
      text.append(lines.line(i)).append('\n');
    }
    return text.toString();
  }

  private static ParsedNote neverClosed(String path, String fence, Diagnostics diagnostics) {
    diagnostics.error(
        path,
        1,
        1,
        "front matter starts with "
            + fence
            + " on line 1 but is never closed; add a line with "
            + fence
            + " after the last property");
    return ParsedNote.rejected();
  }

  /**
   * Hugo's TOML front matter, between {@code +++} lines: read as Hugo reads it, so that {@code
   * draft = true} keeps a note private (it was published, front matter and all, as text).
   */
  private ParsedNote toml(String relativePath, TextLines lines, Diagnostics diagnostics) {
    int closing = closingFence(lines, "+++");
    if (closing < 0) {
      return neverClosed(relativePath, "+++", diagnostics);
    }
    String toml = between(lines, closing);
    try {
      TomlFrontMatter.Parsed parsed = TomlFrontMatter.parse(toml);
      Map<String, Integer> keyLines = new java.util.LinkedHashMap<>();
      parsed.lines().forEach((key, line) -> keyLines.put(key, line + 1));
      return new ParsedNote(
          new FrontMatter(FrontMatter.Format.TOML, parsed.values(), keyLines),
          lines.bodyAfter(closing),
          false);
    } catch (TomlFrontMatter.Failure e) {
      diagnostics.error(
          relativePath,
          e.line + 1,
          e.column,
          "front matter between +++ lines is not TOML notebake can read: "
              + e.getMessage()
              + "; the note stays private until it is fixed");
      return ParsedNote.rejected();
    }
  }

  private static boolean isYamlFence(String line) {
    return line.stripTrailing().equals("---");
  }

  /**
   * Obsidian ignores a block that does not start on line 1; say so rather than stay silent. What it
   * says is read (quietly: it is text) for {@link ParsedNote#ignored}; none if it is no block.
   */
  private static FrontMatter misplacedFrontMatter(
      String relativePath, TextLines lines, Diagnostics diagnostics) {
    int first = 0;
    while (lines.has(first) && lines.line(first).isBlank()) {
      first++;
    }
    if (first == 0
        || !lines.has(first + 1)
        || !isYamlFence(lines.line(first))
        || !PROPERTY.matcher(lines.line(first + 1)).matches()) {
      return FrontMatter.none();
    }
    diagnostics.warning(
        relativePath,
        first + 1,
        1,
        "front matter must start on line 1, so this block is read as Markdown text and its"
            + " properties are ignored; remove the empty lines above ---");
    StringBuilder yaml = new StringBuilder();
    for (int i = first + 1; lines.has(i); i++) {
      String line = lines.line(i);
      if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
        return new YamlFrontMatterReader(relativePath, new Diagnostics())
            .read(yaml.toString(), first + 2)
            .orElse(FrontMatter.none());
      }
      yaml.append(line).append('\n');
    }
    return FrontMatter.none(); // never closed: a rule and text, as Obsidian shows it
  }
}
