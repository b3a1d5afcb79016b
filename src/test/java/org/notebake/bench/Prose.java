package org.notebake.bench;

import java.util.List;
import java.util.Random;

/**
 * Deterministic filler English for synthetic notes: every word comes from fixed lists and every
 * choice from the caller's {@link Random}, so the same seed always gives the same text.
 *
 * <pre>{@code
 * Prose prose = new Prose(new Random(7));
 * String p = prose.paragraph(60); // about 60 words, capitalised sentences ending in '.'
 * }</pre>
 */
final class Prose {
  static final List<String> ADJECTIVES =
      List.of(
          "quiet",
          "hidden",
          "noisy",
          "slow",
          "bright",
          "narrow",
          "shared",
          "broken",
          "careful",
          "early",
          "late",
          "small",
          "vast",
          "honest",
          "fragile",
          "steady",
          "restless",
          "plain",
          "curious",
          "patient",
          "distant",
          "local",
          "tangled",
          "open",
          "private",
          "lucid",
          "rough",
          "gentle",
          "sharp",
          "silent",
          "hollow",
          "crowded",
          "sparse",
          "warm",
          "cold",
          "deep",
          "loose",
          "strict",
          "minor",
          "major");
  static final List<String> NOUNS =
      List.of(
          "signals",
          "harbors",
          "clusters",
          "gardens",
          "ledgers",
          "bridges",
          "queues",
          "maps",
          "lanterns",
          "threads",
          "engines",
          "rivers",
          "archives",
          "windows",
          "circuits",
          "letters",
          "markets",
          "kernels",
          "meadows",
          "traces",
          "orbits",
          "tables",
          "workshops",
          "galleries",
          "schedules",
          "metrics",
          "islands",
          "compilers",
          "sketches",
          "promises",
          "cities",
          "patterns",
          "mirrors",
          "ladders",
          "seasons",
          "journals",
          "networks",
          "questions",
          "models",
          "rooms");
  static final List<String> TOPICS =
      List.of(
          "memory",
          "observability",
          "photography",
          "startups",
          "inference",
          "latency",
          "design",
          "cities",
          "writing",
          "teaching",
          "scheduling",
          "trust",
          "maintenance",
          "research",
          "tools",
          "craft",
          "attention",
          "failure",
          "recovery",
          "feedback",
          "scale",
          "habits",
          "interfaces",
          "mentorship",
          "curiosity",
          "power",
          "weather",
          "music",
          "reading",
          "walking");
  private static final List<String> WORDS =
      List.of(
          "the",
          "a",
          "of",
          "and",
          "to",
          "in",
          "is",
          "that",
          "it",
          "for",
          "with",
          "as",
          "on",
          "was",
          "this",
          "by",
          "from",
          "at",
          "but",
          "not",
          "we",
          "they",
          "can",
          "when",
          "which",
          "system",
          "people",
          "time",
          "work",
          "team",
          "data",
          "change",
          "plan",
          "idea",
          "node",
          "question",
          "answer",
          "review",
          "window",
          "process",
          "outcome",
          "pattern",
          "signal",
          "metric",
          "trace",
          "note",
          "draft",
          "version",
          "release",
          "customer",
          "research",
          "model",
          "cluster",
          "failure",
          "budget",
          "schedule",
          "framework",
          "context",
          "problem",
          "story",
          "builds",
          "moves",
          "shapes",
          "reads",
          "holds",
          "breaks",
          "finds",
          "keeps",
          "learns",
          "measures",
          "follows",
          "returns",
          "explains",
          "connects",
          "quietly",
          "rarely",
          "often",
          "slowly",
          "clearly",
          "almost",
          "never",
          "again",
          "together",
          "visible",
          "useful",
          "messy",
          "early",
          "careful",
          "simple",
          "honest",
          "shared",
          "larger",
          "better",
          "later",
          "before",
          "after",
          "during",
          "around",
          "without",
          "between",
          "because",
          "although");

  /** Latin letters to Greek ones, one for one, so that distinct words stay distinct. */
  private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";

  private static final String GREEK = "αβψδεφγηιξκλμνοπϙρστθωςχυζ";

  private final Random random;
  private final boolean greek;

  Prose(Random random) {
    this(random, false);
  }

  /** With {@code greek}, the words of prose are written in Greek letters. */
  Prose(Random random, boolean greek) {
    this.random = random;
    this.greek = greek;
  }

  String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  String word() {
    String word = pick(WORDS);
    if (!greek) {
      return word;
    }
    char[] letters = word.toCharArray();
    for (int i = 0; i < letters.length; i++) {
      int at = LATIN.indexOf(letters[i]);
      letters[i] = at < 0 ? letters[i] : GREEK.charAt(at);
    }
    return new String(letters);
  }

  /** A run of {@code count} lowercase words separated by spaces. */
  String words(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(word());
    }
    return out.toString();
  }

  String sentence() {
    return capitalise(words(6 + random.nextInt(12))) + ".";
  }

  /** Whole sentences until about {@code wordCount} words are reached. */
  String paragraph(int wordCount) {
    StringBuilder out = new StringBuilder();
    while (countWords(out) < wordCount) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(sentence());
    }
    return out.toString();
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static int countWords(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
