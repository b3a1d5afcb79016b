package org.notebake.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.json.simple.parser.ContainerFactory;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.notebake.diagnostics.Diagnostics;

/**
 * Hugo's JSON front matter: an object that opens the note, the body after the line its closing
 * brace ends. A note whose first line is a lone {@code {}, or starts {@code {"}, means front matter:
 * one that does not parse is an error and the note stays private. Any other opening brace is
 * front matter only if it parses, and otherwise text.
 *
 * <pre>{@code
 * // {
 * //   "title": "Walks",
 * //   "draft": true
 * // }
 * // The body.
 * JsonFrontMatter.read("a.md", lines, diagnostics); // Optional[{title=Walks, draft=true}, body]
 * }</pre>
 */
final class JsonFrontMatter {
  /** Objects and arrays in written order, as YAML's are. */
  private static final ContainerFactory ORDERED =
      new ContainerFactory() {
        @Override
        public Map<Object, Object> createObjectContainer() {
          return new LinkedHashMap<>();
        }

        @Override
        public List<Object> creatArrayContainer() {
          return new ArrayList<>();
        }
      };

  /** Braces and brackets nested at most, beyond which the object is not read. */
  private static final int MAX_DEPTH = 64;

  private JsonFrontMatter() {}

  /** The note, if it opens with front matter in JSON; empty when its first brace is text. */
  static Optional<ParsedNote> read(String path, TextLines lines, Diagnostics diagnostics) {
    String first = lines.line(0).strip();
    boolean meant = first.equals("{") || first.startsWith("{\"");
    StringBuilder json = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; lines.has(i); i++) {
      String line = lines.line(i);
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        json.append(ch);
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (ch == '\\') {
            escaped = true;
          } else if (ch == '"') {
            inString = false;
          }
          continue;
        }
        if (ch == '"') {
          inString = true;
        } else if (ch == '{' || ch == '[') {
          if (++depth > MAX_DEPTH) {
            return failed(
                meant, path, i + 1, c + 1, "it nests deeper than " + MAX_DEPTH, diagnostics);
          }
        } else if (ch == '}' || ch == ']') {
          depth--;
          if (depth == 0) {
            if (!line.substring(c + 1).isBlank()) {
              return failed(
                  meant, path, i + 1, c + 2, "text follows its closing } on the line", diagnostics);
            }
            return parsed(path, json.toString(), lines, i, meant, diagnostics);
          }
        }
      }
      json.append('\n');
    }
    return failed(meant, path, 1, 1, "its { is never closed", diagnostics);
  }

  private static Optional<ParsedNote> parsed(
      String path,
      String json,
      TextLines lines,
      int closing,
      boolean meant,
      Diagnostics diagnostics) {
    Object value;
    try {
      value = new JSONParser().parse(json, ORDERED);
    } catch (ParseException | RuntimeException e) {
      int at =
          Math.min(json.length(), e instanceof ParseException p ? Math.max(0, p.getPosition()) : 0);
      int column = at - json.lastIndexOf('\n', at - 1);
      return failed(meant, path, lineOf(json, at), column, "it is not valid JSON", diagnostics);
    }
    if (!(value instanceof Map<?, ?> map)) {
      return failed(meant, path, 1, 1, "it is not a JSON object", diagnostics);
    }
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    for (Object key : map.keySet()) {
      int at = json.indexOf("\"" + key + "\"");
      keyLines.put(String.valueOf(key), at < 0 ? 1 : lineOf(json, at));
    }
    return Optional.of(
        new ParsedNote(
            new FrontMatter(FrontMatter.Format.JSON, map, keyLines),
            lines.bodyAfter(closing),
            false));
  }

  private static int lineOf(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static Optional<ParsedNote> failed(
      boolean meant, String path, int line, int column, String why, Diagnostics diagnostics) {
    if (!meant) {
      return Optional.empty(); // a brace that opens text, not front matter
    }
    diagnostics.error(
        path,
        line,
        column,
        "front matter in JSON (the note opens with {) cannot be read: "
            + why
            + "; the note stays private until it is fixed");
    return Optional.of(ParsedNote.rejected());
  }
}
