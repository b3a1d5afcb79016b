package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.diagnostics.Diagnostics;

/**
 * The reader without the engine against the engine: whatever {@link PlainProperties} reads, the
 * engine reads to the same values (types included), the same key lines and no diagnostic; what it
 * is unsure of it leaves to the engine.
 */
class PlainPropertiesTest {

  private static Optional<FrontMatter> engine(String yaml, Diagnostics said) {
    return new YamlFrontMatterReader("notes/a.md", said).readWithEngine(yaml, 2);
  }

  /** Fails unless the plain reader declines {@code yaml} or reads it as the engine does. */
  private static boolean agrees(String yaml) {
    Optional<FrontMatter> plain = PlainProperties.read(yaml, 2);
    if (plain.isEmpty()) {
      return false;
    }
    Diagnostics said = new Diagnostics();
    Optional<FrontMatter> engine = engine(yaml, said);
    assertThat(said.sorted()).as("the engine's diagnostics for %s", show(yaml)).isEmpty();
    assertThat(plain).as("read without the engine: %s", show(yaml)).isEqualTo(engine);
    plain.get().keys().forEach(key -> assertThat(plain.get().line(key)).isPositive());
    return true;
  }

  private static String show(String yaml) {
    StringBuilder out = new StringBuilder();
    yaml.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append("\\n");
              } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0xFFFF || c >= 0x2000) {
                out.append(String.format("\\u{%X}", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return "\"" + out + "\"";
  }

  @Test
  void readsTheCommonShapesItselfAndAsTheEngineDoes() {
    List<String> common =
        List.of(
            "title: \"Crowded journals on photography\"\ndate: 2017-11-24\ntags:\n  - memory\n"
                + "  - craft\ndescription: \"At customer often question draft.\"\n",
            "publish: true\ntags: [observability, ai-infra]\naliases: [Night, 'The show']\n",
            "title: Gallery night\ncreated at: 2025-07-01 09:30\nsource: https://example.org/a\n",
            "tags:\n- a\n- b\n\npublish: false\nweight: 3\nempty:\nnothing: ~\n",
            "title: Ночь в галерее\ntags: [фото, 展覧会]\nnote: Don't \"panic\" [draft], ok\n",
            "cover: photos/night.jpg\nstatus: published\ntype: post\n",
            "",
            "\n\n");
    int readHere = 0;
    for (String yaml : common) {
      if (agrees(yaml)) {
        readHere++;
      }
    }
    assertThat(readHere).as("common front matter read without the engine").isEqualTo(8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1.5",
        "a: 007",
        "a: 0x1F",
        "a: 0o17",
        "a: +5",
        "a: -5",
        "a: 1e3",
        "a: .inf",
        "a: .5",
        "a: .NaN",
        "a: +.inf",
        "a: ~x",
        "a: Truex",
        "a: nulls",
        "a: 12345678901",
        "a: 12:30",
        "a: b: c",
        "a: b #c",
        "a: \"b\\\"c\"",
        "a: 'it''s'",
        "a: \"b\" c",
        "a: [b, [c]]",
        "a: [[Note]]",
        "a: [b,]",
        "a: [b, ]",
        "a: [\"b, c\"]",
        "a: {b: c}",
        "a: &x b",
        "a: *x",
        "a: !tag b",
        "a: |\n  b",
        "a: >\n  b",
        "a: b\n  continued",
        "a:\n  b: c",
        "a:\n  - b\n    c",
        "a:\n  - b\n - c",
        "a:\n  - b\n    - c",
        "a:\n  -",
        "a:\n  - ",
        "a:\n  - - b",
        "a:\n  - b: c",
        "a: b\n- c",
        "- a\n- b",
        "a",
        "a:b",
        "a :b",
        "a : b",
        "true: b",
        "null: b",
        "123: b",
        "1.5: b",
        "~: b",
        "a: b\na: c",
        "a:\tb",
        "a: b\u2028c",
        "a: b\u0085c",
        "a: b\u0007",
        "a: \uFEFFb",
        "a: \uD800",
        "a: \u2003b\u2003",
        "a: \u00A0b",
        "? a\n: b",
        "a: %b",
        "a: @b",
        "a: `b`",
        "a: -b",
        "a: ?b",
        "a: :b",
        "a: ,b",
        "a: ]b",
        "a: b]",
        "a: b [c]",
        "a: https://example.org/a:b",
        "a: [https://example.org]",
        "a: b:",
        "a: b: ",
        "a: Q&A *now* !important | x > y @home %ok `code`",
        "a:\n  - https://example.org\n  - 10:30",
        "a: 'b' ",
        "a: \"\"",
        "a: ''",
        "a: []",
        "a: [ ]",
        "a: [ b ,c ]",
        "a: [~, null, true, 7]",
        "a: True\nb: FALSE\nc: Null\nd: NULL",
        "a: yes\nb: no\nc: on\nd: off\ne: y",
        "a: 2025-07-01T09:30:00Z",
        "a: 0\nb: 999999999\nc: 1000000000",
        "a: _b\nb: .b\nc: b.",
        "a.b: c\nx-y: z\nc d: e",
        "a: b\r\nc: d",
        "---: b",
        "...: b",
        "a: 😀 b\nb: [😀]",
        "a: 1_0\nb: 0b1\nc: Infinity",
        "a: nULL\nb: tRUE\nc: fALSE",
        "a:\n- ...",
        "a: [b , c]",
        "１２: b\nｔｒｕｅ: c\n٣: d",
        "a: [٣, １]",
        "a: \u3000b\u3000\nc: \u200Fd\u200B",
        "a: 'b, c]'\nd: \"e: f\"",
        "a: b :c\nd -: e\nf - g: h"
      })
  void aTrickySpellingIsReadAsTheEngineReadsItOrLeftToIt(String yaml) {
    agrees(yaml + "\n");
    agrees(yaml);
  }

  /**
   * Random blocks from the pieces real front matter is made of and the characters YAML treats
   * specially: at least a quarter read here, at least a quarter left to the engine, every one read
   * here read alike.
   */
  @Test
  void randomBlocksAreReadAsTheEngineReadsThem() {
    Random random = new Random(20261206);
    int readHere = 0;
    int cases = 20_000;
    for (int i = 0; i < cases; i++) {
      if (agrees(block(random))) {
        readHere++;
      }
    }
    assertThat(readHere).isBetween(cases / 4, cases * 3 / 4);
  }

  private static final String[] NAMES = {
    "title",
    "tags",
    "date",
    "publish",
    "aliases",
    "created at",
    "Ключ",
    "名前",
    "a.b",
    "x-y",
    "true",
    "null",
    "123",
    "1.5",
    "k ",
    " k",
    "-k",
    "?k",
    "k:x",
    "_k",
    "~",
    "yes",
    "a b",
    "title"
  };

  private static final String[] WORDS = {
    "night",
    "Gallery night",
    "2025-07-01",
    "true",
    "True",
    "false",
    "no",
    "yes",
    "~",
    "null",
    "Null",
    "0",
    "7",
    "42",
    "007",
    "0x1F",
    "1e3",
    "1.5",
    "-5",
    "+5",
    ".inf",
    "123456789",
    "1234567890",
    "12:30",
    "a: b",
    "a:b",
    "a #b",
    "Don't",
    "say \"hi\"",
    "x, y",
    "[x]",
    "x]",
    "Ночь",
    "展覧会",
    "😀",
    "é",
    "\u2003x",
    "x\u00A0y",
    ""
  };

  private static final String SPECIALS =
      ":#\"',[]{}-?.~ \u2003\u00A0é😀\t\\&*!|>%@`\u0085\u2028\u0007";

  /** The common names and words first: a block draws from those alone until {@code tricky}. */
  private static final int COMMON_NAMES = 6;

  private static final int COMMON_WORDS = 16;

  private static String block(Random random) {
    // Most blocks are mostly common pieces (as real front matter is), some are mostly odd ones.
    double tricky = new double[] {0, 0.05, 0.2, 0.6}[random.nextInt(4)];
    StringBuilder yaml = new StringBuilder();
    int properties = 1 + random.nextInt(5);
    for (int p = 0; p < properties; p++) {
      if (random.nextInt(12) == 0) {
        yaml.append(random.nextBoolean() ? "\n" : "  \n");
      }
      yaml.append(NAMES[random.nextInt(odd(random, tricky) ? NAMES.length : COMMON_NAMES)]);
      yaml.append(':');
      switch (random.nextInt(6)) {
        case 0 -> { // a block list
          yaml.append(random.nextInt(8) == 0 ? " " : "").append('\n');
          int indent = random.nextInt(4);
          int items = 1 + random.nextInt(4);
          for (int k = 0; k < items; k++) {
            int at = random.nextInt(10) == 0 ? random.nextInt(5) : indent;
            yaml.append(" ".repeat(at)).append("- ").append(value(random, tricky)).append('\n');
          }
        }
        case 1 -> { // a flow list
          yaml.append(" [");
          int items = random.nextInt(4);
          for (int k = 0; k < items; k++) {
            yaml.append(k > 0 ? (random.nextBoolean() ? ", " : ",") : "");
            yaml.append(value(random, tricky));
          }
          yaml.append(random.nextInt(10) == 0 ? "" : "]").append('\n');
        }
        case 2 -> yaml.append('\n'); // empty: null
        default -> yaml.append(' ').append(value(random, tricky)).append('\n');
      }
      if (odd(random, tricky / 4)) {
        yaml.append(random.nextBoolean() ? "  continued\n" : "# a comment\n");
      }
    }
    return yaml.toString();
  }

  private static boolean odd(Random random, double tricky) {
    return random.nextDouble() < tricky;
  }

  private static String value(Random random, double tricky) {
    String word =
        odd(random, tricky)
            ? (random.nextBoolean() ? randomWord(random) : WORDS[random.nextInt(WORDS.length)])
            : WORDS[random.nextInt(COMMON_WORDS)];
    return switch (random.nextInt(8)) {
      case 0 -> '"' + word + '"';
      case 1 -> "'" + word + "'";
      case 2 -> word + "  ";
      default -> word;
    };
  }

  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(3) == 0) {
        int at = random.nextInt(SPECIALS.length());
        if (Character.isHighSurrogate(SPECIALS.charAt(at))) {
          word.append(SPECIALS, at, at + 2);
        } else if (!Character.isLowSurrogate(SPECIALS.charAt(at))) {
          word.append(SPECIALS.charAt(at));
        }
      } else {
        word.append((char) ('a' + random.nextInt(26)));
      }
    }
    return word.toString();
  }

  /**
   * What decides whether a note is published, spelled every way an author might: only a real
   * boolean true publishes, whichever reader answers; a duplicate or a comment goes to the engine,
   * which reads or refuses it as before.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "publish: true|true|plain",
        "publish: True|true|plain",
        "publish: TRUE|true|plain",
        "publish: \"true\"|none|plain",
        "publish: 'true'|none|plain",
        "publish: yes|none|plain",
        "publish: on|none|plain",
        "publish: 1|none|plain",
        "publish: false|false|plain",
        "publish:|none|plain",
        "publish: true # reviewed|true|engine",
        "publish: true\npublish: false|refused|engine",
        "publish: [true]|none|plain",
        "publish:\n  - true|none|plain",
        "Publish: true|none|plain",
        "publish : true|true|engine",
        "publish:true|refused|engine"
      })
  void onlyARealTrueSaysPublish(String spelled) {
    String[] parts = spelled.split("\\|");
    String yaml = parts[0].replace("\\n", "\n") + "\n";
    assertThat(PlainProperties.read(yaml, 2).isPresent())
        .as("read without the engine: %s", parts[0])
        .isEqualTo(parts[2].equals("plain"));
    Diagnostics said = new Diagnostics();
    ParsedNote note = new FrontMatterParser().parse("a.md", "---\n" + yaml + "---\n", said);
    String publish =
        note.malformed()
            ? "refused"
            : note.frontMatter().bool("publish").map(String::valueOf).orElse("none");
    assertThat(publish).as(parts[0]).isEqualTo(parts[1]);
  }

  /**
   * The engine refuses an implicit key longer than 1024 characters (YAML's limit on a simple key):
   * such a name is left to it, so a note whose other properties say publish is refused, not read.
   */
  @Test
  void aNameLongerThanTheEnginesKeyLimitIsLeftToIt() {
    for (String name : List.of("k".repeat(1025), "k".repeat(2000), "\uD835\uDC00".repeat(1025))) {
      for (String yaml :
          List.of(name + ": b\n", "publish: true\n" + name + ": b\n", name + ":\n  - b\n")) {
        assertThat(agrees(yaml))
            .as("read without the engine: %s...", yaml.substring(0, 20))
            .isFalse();
      }
    }
    ParsedNote note =
        new FrontMatterParser()
            .parse(
                "a.md",
                "---\npublish: true\n" + "k".repeat(1025) + ": b\n---\n",
                new Diagnostics());
    assertThat(note.malformed()).as("refused, not published").isTrue();
    assertThat(agrees("k".repeat(1024) + ": b\n")).isTrue();
    assertThat(agrees("publish: true\n" + "k".repeat(1024) + ": b\n")).isTrue();
  }

  @Test
  void keyLinesAreTheFilesLines() {
    FrontMatter matter =
        PlainProperties.read("title: A\n\ntags:\n  - x\ndate: 2025-07-01\n", 2).orElseThrow();
    assertThat(matter.line("title")).isEqualTo(2);
    assertThat(matter.line("tags")).isEqualTo(4);
    assertThat(matter.line("date")).isEqualTo(6);
    assertThat(matter.keys()).containsExactly("title", "tags", "date");
    assertThat(matter.value("tags")).contains(List.of("x"));
    assertThat(FrontMatter.of(Map.of("a", 1)).value("a")).contains(1);
  }
}
