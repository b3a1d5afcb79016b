package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hugo's TOML front matter, read by hand: examples, errors, a round trip and a mutation fuzz. */
class TomlFrontMatterTest {
  private static Map<String, Object> parse(String toml) throws TomlFrontMatter.Failure {
    return TomlFrontMatter.parse(toml).values();
  }

  /** What `hugo new` wrote for years, and PaperMod's and Blowfish's archetypes. */
  @Test
  void hugoFrontMatterReadsAsYamlWouldGiveIt() throws Exception {
    Map<String, Object> values =
        parse(
            """
            # comment
            title = "Walks at night"
            date = 2024-03-01T10:00:00+01:00
            lastmod = 2024-03-02
            draft = true
            weight = 10
            ratio = 0.5
            tags = [
              "city", # a comment inside
              'night',
            ]
            description = \"""
            Two lines, \\
              joined.\"""
            aliases = ["/old/walks"]
            author.name = "Jo"

            [cover]
            image = "cover.jpg"
            hidden = false

            [[resources]]
            src = "a.jpg"
            [[resources]]
            src = "b.jpg"
            params = { credit = "Jo", year = 2024 }
            """);

    assertThat(values)
        .containsEntry("title", "Walks at night")
        .containsEntry("date", "2024-03-01T10:00:00+01:00")
        .containsEntry("lastmod", "2024-03-02")
        .containsEntry("draft", true)
        .containsEntry("weight", 10L)
        .containsEntry("ratio", 0.5)
        .containsEntry("tags", List.of("city", "night"))
        .containsEntry("description", "Two lines, joined.")
        .containsEntry("aliases", List.of("/old/walks"))
        .containsEntry("author", Map.of("name", "Jo"))
        .containsEntry("cover", Map.of("image", "cover.jpg", "hidden", false));
    assertThat(values.get("resources"))
        .isEqualTo(
            List.of(
                Map.of("src", "a.jpg"),
                Map.of("src", "b.jpg", "params", Map.of("credit", "Jo", "year", 2024L))));
    assertThat(TomlFrontMatter.parse("a = 1\n\n[b]\nc = 2\n").lines())
        .containsEntry("a", 1)
        .containsEntry("b", 3);
  }

  @Test
  void numbersStringsAndTimesAsTomlWritesThem() throws Exception {
    assertThat(
            parse(
                "a = 0xff\nb = 0o17\nc = 0b101\nd = 1_000\ne = -3e2\nf = inf\ng = 'C:\\x'\n"
                    + "h = \"\\u00e9\\U0001F600\\t\"\ni = 07:32:00\nj = 1979-05-27 07:32:00Z\n"
                    + "k = '''\nraw \\n''''\n\"quoted key\" = 1\n"))
        .containsEntry("a", 255L)
        .containsEntry("b", 15L)
        .containsEntry("c", 5L)
        .containsEntry("d", 1000L)
        .containsEntry("e", -300.0)
        .containsEntry("f", Double.POSITIVE_INFINITY)
        .containsEntry("g", "C:\\x")
        .containsEntry("h", "\u00e9\ud83d\ude00\t")
        .containsEntry("i", "07:32:00")
        .containsEntry("j", "1979-05-27 07:32:00Z")
        .containsEntry("k", "raw \\n'")
        .containsEntry("quoted key", 1L);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "title: Walks | 1 | 6 | = is expected after the key",
        "a = 1\\na = 2 | 2 | 1 | the key \"a\" is given twice",
        "[t]\\n[t] | 2 | 1 | the table [t] is given twice",
        "a = \"open | 1 | 10 | the string is not closed on its line",
        "a = yes | 1 | 5 | \"yes\" is not a TOML value",
        "a = 1 2 | 1 | 7 | the line goes on after its value",
        "a = \"\\q\" | 1 | 6 | \\q is not an escape TOML knows",
        "a = [1, 2 | 1 | 10 | a , or ] is expected",
        "a = 99999999999999999999 | 1 | 5 | the number 99999999999999999999 is too large",
        "a.b = 1\\n[a] | 2 | 1 | the table [a] is given twice",
        "a = 1\\n[a] | 2 | 1 | \"a\" is already a value",
        "a = { b = 1 }\\na.c = 2 | 2 | 1 | \"a.c\" is already given a value",
        "= 1 | 1 | 1 | a key is expected here",
      })
  void whatCannotBeReadIsAFailureAtItsLineAndColumn(
      String toml, int line, int column, String message) {
    assertThatThrownBy(() -> parse(toml.replace("\\n", "\n")))
        .isInstanceOf(TomlFrontMatter.Failure.class)
        .hasMessageStartingWith(message)
        .satisfies(
            e -> {
              TomlFrontMatter.Failure f = (TomlFrontMatter.Failure) e;
              assertThat(new int[] {f.line, f.column}).containsExactly(line, column);
            });
  }

  @Test
  void aControlCharacterInAStringIsAFailure() {
    assertThatThrownBy(() -> parse("a = \"x\u0001y\""))
        .isInstanceOf(TomlFrontMatter.Failure.class)
        .hasMessageContaining("U+0001");
  }

  @Test
  void nestingBeyondReasonIsAFailureNotAStackOverflow() {
    assertThatThrownBy(() -> parse("a = " + "[".repeat(100_000)))
        .isInstanceOf(TomlFrontMatter.Failure.class)
        .hasMessageContaining("nest deeper");
  }

  // ---- round trip: random front matter, written several ways, reads back the same

  @Test
  void randomFrontMatterWrittenAnyWayReadsBackTheSame() throws Exception {
    Random random = new Random(2026_12_06);
    for (int round = 0; round < 3000; round++) {
      Map<String, Object> values = table(random, 0);
      String toml = write(values, random);
      assertThat(parse(toml)).as(toml).isEqualTo(values);
    }
  }

  private static final String KEY_CHARS = "abcXYZ09_-";

  private static String key(Random random) {
    if (random.nextInt(6) == 0) {
      return "k " + (char) ('a' + random.nextInt(26)) + "\u00e9\"."; // only quoted
    }
    StringBuilder key = new StringBuilder();
    int length = 1 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      key.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
    }
    return key.toString();
  }

  private static Map<String, Object> table(Random random, int depth) {
    Map<String, Object> table = new LinkedHashMap<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      table.put(key(random), value(random, depth));
    }
    return table;
  }

  private static Object value(Random random, int depth) {
    switch (random.nextInt(depth < 2 ? 8 : 6)) {
      case 0:
        return text(random);
      case 1:
        return random.nextLong() >> random.nextInt(64);
      case 2:
        return random.nextBoolean();
      case 3:
        return random.nextInt(2) == 0 ? "2025-07-01" : "2025-07-01T09:30:00+02:00";
      case 4:
        return (double) random.nextInt(100_000) / 64;
      case 5:
        return text(random);
      case 6:
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          list.add(value(random, depth + 1));
        }
        return list;
      default:
        return table(random, depth + 1);
    }
  }

  private static String text(Random random) {
    String chars = "ab \"'\\#=[]{},\u00e9\u2026\t\n\u0001\ud83d\ude00";
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      char c = chars.charAt(random.nextInt(chars.length()));
      if (Character.isHighSurrogate(c)) {
        s.append("\ud83d\ude00");
      } else if (!Character.isLowSurrogate(c)) {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** TOML for {@code values}: headers or inline tables, arrays on one line or several. */
  private static String write(Map<String, Object> values, Random random) {
    StringBuilder out = new StringBuilder();
    List<Map.Entry<String, Object>> tables = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (e.getValue() instanceof Map && random.nextBoolean()) {
        tables.add(e);
        continue;
      }
      out.append(writeKey(e.getKey())).append(" = ");
      out.append(writeValue(e.getValue(), random));
      out.append(random.nextInt(4) == 0 ? "  # note\n" : "\n");
    }
    for (Map.Entry<String, Object> e : tables) {
      out.append("\n[").append(writeKey(e.getKey())).append("]\n");
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) e.getValue();
      for (Map.Entry<String, Object> f : inner.entrySet()) {
        out.append(writeKey(f.getKey())).append(" = ").append(writeValue(f.getValue(), random));
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String writeKey(String key) {
    return key.matches("[A-Za-z0-9_-]+") ? key : basic(key);
  }

  private static String writeValue(Object value, Random random) {
    if (value instanceof String s) {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
        return s;
      }
      if (!s.contains("'")
          && !s.contains("\n")
          && s.chars().allMatch(c -> c >= 0x20 || c == '\t')
          && random.nextBoolean()) {
        return "'" + s + "'";
      }
      return basic(s);
    }
    if (value instanceof Double d) {
      return d.toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      boolean lines = random.nextBoolean();
      for (Object item : list) {
        out.append(lines ? "\n  " : " ").append(writeValue(item, random)).append(',');
      }
      return out.append(lines ? "\n]" : " ]").toString();
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      String separator = " ";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(separator).append(writeKey((String) e.getKey())).append(" = ");
        out.append(writeValue(e.getValue(), random));
        separator = ", ";
      }
      return out.append(" }").toString();
    }
    return String.valueOf(value);
  }

  private static String basic(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // ---- mutation fuzz: broken front matter is read or a Failure, never anything else

  @Test
  void brokenFrontMatterIsReadOrAFailureNeverAnotherException() {
    Random random = new Random(43);
    String alphabet = "=\"'[]{},.#\n\\ \tatrue0x1_-+:eé";
    int failures = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder toml = new StringBuilder(write(table(random, 0), random));
      int edits = 1 + random.nextInt(4);
      for (int i = 0; i < edits && toml.length() > 0; i++) {
        int at = random.nextInt(toml.length());
        switch (random.nextInt(3)) {
          case 0 -> toml.deleteCharAt(at);
          case 1 -> toml.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> toml.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      try {
        TomlFrontMatter.parse(toml.toString());
      } catch (TomlFrontMatter.Failure e) {
        failures++;
        assertThat(e.line).isPositive();
        assertThat(e.column).isPositive();
      }
    }
    assertThat(failures).as("the mutations break most documents").isGreaterThan(5_000);
  }
}
