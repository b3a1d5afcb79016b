package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DisabledListDelimiterHandler;
import org.junit.jupiter.api.Test;

class PropertyLinesTest {

  private static PropertyLines.Entry last(String text, String key) {
    return PropertyLines.parse(text).last(key).orElseThrow();
  }

  @Test
  void aKeyIsAtTheLineAndColumnWhereItStarts() {
    String text = "# site\n\n! also a comment\n   render.tags = maybe\nsite.host=x\n";
    assertThat(last(text, "render.tags"))
        .isEqualTo(new PropertyLines.Entry("render.tags", "maybe", 4, 4));
    assertThat(last(text, "site.host").line()).isEqualTo(5);
  }

  @Test
  void aContinuedValueIsAtItsFirstLineAndTheNextKeyAfterIt() {
    String text = "publish.folders=essays,\\\n    projects,\\\n  pages\nrender.tags=maybe\n";
    assertThat(last(text, "publish.folders"))
        .isEqualTo(new PropertyLines.Entry("publish.folders", "essays,projects,pages", 1, 1));
    assertThat(last(text, "render.tags").line()).isEqualTo(4);
  }

  @Test
  void aCommentOrBlankLineInsideAContinuedValueIsSkippedAsJBakeReadsIt() {
    // java.util.Properties would end the value at the blank line and read b; JBake's reader does
    // not.
    String text = "a=1\\\n\n# note\n2\nb=3\n";
    assertThat(last(text, "a")).isEqualTo(new PropertyLines.Entry("a", "12", 1, 1));
    assertThat(PropertyLines.parse(text).last("b").orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void escapedSeparatorsAndUnicodeBelongToTheKey() {
    String text = "a\\ b=1\nc\\=d=2\ne\\:f:3\n\\u0073ite.title=Avery\n";
    PropertyLines lines = PropertyLines.parse(text);
    assertThat(lines.keys()).containsExactly("a b", "c=d", "e:f", "site.title");
    assertThat(lines.last("e:f").orElseThrow().line()).isEqualTo(3);
    assertThat(lines.last("site.title").orElseThrow())
        .isEqualTo(new PropertyLines.Entry("site.title", "Avery", 4, 1));
  }

  @Test
  void colonAndWhiteSpaceSeparateAKeyFromItsValue() {
    PropertyLines lines = PropertyLines.parse("render.tags: maybe\nsite.title\tAvery Notes\nkey\n");
    assertThat(lines.last("render.tags").orElseThrow().value()).isEqualTo("maybe");
    assertThat(lines.last("site.title").orElseThrow().value()).isEqualTo("Avery Notes");
    assertThat(lines.last("key").orElseThrow()).isEqualTo(new PropertyLines.Entry("key", "", 3, 1));
  }

  @Test
  void aKeySetTwiceKeepsBothDefinitionsInOrder() {
    PropertyLines lines =
        PropertyLines.parse("render.tags=true\nsite.title=A\nrender.tags=maybe\n");
    assertThat(lines.all("render.tags"))
        .extracting(PropertyLines.Entry::line)
        .containsExactly(1, 3);
    assertThat(lines.last("render.tags").orElseThrow().value()).isEqualTo("maybe");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstKey() {
    byte[] bytes = "\uFEFFrender.tags=maybe\n".getBytes(StandardCharsets.UTF_8);
    assertThat(PropertyLines.parse(PropertyLines.decode(bytes)).last("render.tags").orElseThrow())
        .isEqualTo(new PropertyLines.Entry("render.tags", "maybe", 1, 1));
  }

  @Test
  void crLfAndLoneCrEndLines() {
    PropertyLines lines = PropertyLines.parse("a=1\r\nb=2\\\r\n  3\r\n\r\nc=4\rd=5");
    assertThat(lines.entries())
        .containsExactly(
            new PropertyLines.Entry("a", "1", 1, 1),
            new PropertyLines.Entry("b", "23", 2, 1),
            new PropertyLines.Entry("c", "4", 5, 1),
            new PropertyLines.Entry("d", "5", 6, 1));
  }

  @Test
  void aValueContinuedPastTheEndIsDroppedAndIncludeIsNoKey() {
    assertThat(PropertyLines.parse("include=other.properties\na=1\nb=2\\").keys())
        .containsExactly("a");
  }

  @Test
  void theFirstMalformedUnicodeEscapeIsTheDefinitionTheReaderRefuses() {
    PropertyLines lines = PropertyLines.parse("a=\\u0041\nb=\\uZZ\n\nc\\u00g1=1\nd=\\u12x4\n");
    assertThat(lines.refused().orElseThrow().line()).isEqualTo(4);
    assertThat(PropertyLines.parse("a=\\u0041\nb=\\u00").refused())
        .as("cut short: dropped")
        .isEmpty();
  }

  @Test
  void utf8IsDecodedAndMalformedBytesBecomeReplacementCharacters() {
    byte[] bytes = {'t', '=', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF};
    assertThat(PropertyLines.decode(bytes)).isEqualTo("t=\u00e9\ufffd");
  }

  /** Thousands of random files: the same keys and values as JBake's reader, never an exception. */
  @Test
  void agreesWithJBakesReaderOnRandomFiles() throws Exception {
    Random random = new Random(20261206);
    int compared = 0;
    for (int n = 0; n < 4000; n++) {
      String text = PropertyLines.decode(randomFile(random, true).getBytes(StandardCharsets.UTF_8));
      PropertyLines lines = PropertyLines.parse(text);
      Map<String, List<String>> expected;
      try {
        expected = jbakeReader(text);
      } catch (Exception e) {
        continue; // the reader refuses the file (a malformed unicode escape): so does the bake
      }
      Map<String, List<String>> actual = new HashMap<>();
      lines
          .entries()
          .forEach(e -> actual.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.value()));
      assertThat(lines.keys()).as(text).containsExactlyElementsOf(expected.keySet());
      assertThat(actual).as(text).isEqualTo(expected);
      compared++;
    }
    assertThat(compared).as("files the reader accepts").isGreaterThan(2000);
  }

  /**
   * On files both read alike (no key twice, no trailing white space, no blank line or comment in a
   * continued value, only the escapes both know), the same keys and values as {@link
   * Properties#load}.
   */
  @Test
  void agreesWithJavaUtilPropertiesWhereBothReadAlike() throws Exception {
    Random random = new Random(5550142);
    for (int n = 0; n < 4000; n++) {
      String text = randomFile(random, false);
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      Map<String, String> actual = new HashMap<>();
      PropertyLines.parse(text).entries().forEach(e -> actual.put(e.key(), e.value()));
      Map<String, String> expected = new HashMap<>();
      properties.forEach((k, v) -> expected.put((String) k, (String) v));
      assertThat(actual).as(text).isEqualTo(expected);
    }
  }

  private static Map<String, List<String>> jbakeReader(String text) throws Exception {
    PropertiesConfiguration config = new PropertiesConfiguration();
    config.setListDelimiterHandler(DisabledListDelimiterHandler.INSTANCE);
    config.setIncludesAllowed(false);
    config.read(new StringReader(text));
    Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    config
        .getKeys()
        .forEachRemaining(
            key -> {
              Object value = config.getProperty(key);
              List<String> all = new ArrayList<>();
              if (value instanceof List<?> list) {
                list.forEach(v -> all.add(String.valueOf(v)));
              } else {
                all.add(String.valueOf(value));
              }
              values.put(key, all);
            });
    return values;
  }

  private static final String[] WILD_KEY = {
    "a",
    "b",
    "site.host",
    "x",
    "include",
    "\\ ",
    "\\=",
    "\\:",
    "\\u0041",
    "\\u00",
    "\\uZZ12",
    "\\\\",
    "\\t",
    "\\q",
    "\\12",
    "\\7",
    "\\,",
    "\\\"",
    "é",
    "\u0001",
    "\u2028",
    "\u000b",
    "\\"
  };
  private static final String[] WILD_VALUE = {
    "v", "1", "true", " ", "\t", "=", ":", ",", "\\,", "\\ ", "\\\\", "\\=", "\\:", "\\#", "\\!",
    "\\u0041", "\\u00", "\\uZZ12", "\\b", "\\q", "\\n", "#", "!", "é", "\u0002", "\u2028", "\u000b",
    "\u0085", "\\"
  };
  private static final String[] WILD_SEPARATOR = {"=", ":", " ", "\t", " = ", "\f:", "", "  "};
  private static final String[] WILD_BREAK = {"\n", "\r\n", "\r"};

  private static final String[] TAME_KEY = {
    "a", "b", "site.host", "x", "\\ ", "\\=", "\\:", "\\u0041", "\\\\", "\\t", "é", "k9"
  };
  private static final String[] TAME_VALUE = {
    "v", "1", "true", "=", ":", ",", "\\\\", "\\=", "\\:", "\\#", "\\!", "\\u0041", "\\n", "#", "é"
  };
  private static final String[] TAME_SEPARATOR = {"=", ":", " ", "\t", " = ", "\t:\t"};

  /**
   * A random properties file: comments, blank lines, leading white space, keys with escapes, each
   * separator, continued values, every line break, a byte order mark. {@code wild} adds what the
   * two readers read differently.
   */
  private static String randomFile(Random random, boolean wild) {
    String[] keys = wild ? WILD_KEY : TAME_KEY;
    String[] values = wild ? WILD_VALUE : TAME_VALUE;
    String[] separators = wild ? WILD_SEPARATOR : TAME_SEPARATOR;
    StringBuilder out = new StringBuilder(wild && random.nextInt(8) == 0 ? "\uFEFF" : "");
    Set<String> used = new LinkedHashSet<>();
    int lines = random.nextInt(8);
    for (int i = 0; i < lines; i++) {
      String lineBreak = WILD_BREAK[random.nextInt(WILD_BREAK.length)];
      if (random.nextInt(5) == 0) {
        out.append(random.nextBoolean() ? " #" : "!").append(pick(random, values));
        out.append(lineBreak);
        continue;
      }
      if (random.nextInt(7) == 0) {
        out.append(random.nextBoolean() ? "" : "  ").append(lineBreak);
        continue;
      }
      if (random.nextInt(3) == 0) {
        out.append(random.nextBoolean() ? " " : "\t");
      }
      StringBuilder key = new StringBuilder();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        key.append(pick(random, keys));
      }
      if (!wild && key.toString().endsWith("\\ ")) {
        key.append(
            'k'); // JBake's reader trims a key's escaped space at its end; Properties keeps it
      }
      if (!wild && !used.add(readKey(key.toString()))) {
        continue;
      }
      out.append(key).append(pick(random, separators));
      for (int v = random.nextInt(4); v > 0; v--) {
        out.append(pick(random, values));
        if (random.nextInt(4) == 0) {
          out.append('\\').append(lineBreak);
          if (wild && random.nextInt(3) == 0) {
            out.append(random.nextBoolean() ? "# note" : "").append(lineBreak);
          }
          out.append(random.nextBoolean() ? "   " : "");
          if (!wild) {
            out.append('z'); // a continued line starting with # is a comment to JBake's reader only
          }
        }
      }
      out.append(wild || random.nextBoolean() ? "x" : "y");
      if (i < lines - 1 || random.nextBoolean()) {
        out.append(lineBreak);
      }
    }
    return out.toString();
  }

  /** The key a tame fragment sequence reads as, to keep tame files free of duplicates. */
  private static String readKey(String key) {
    return PropertyLines.parse(key + "=v").keys().get(0);
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
