package org.notebake.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes the Markdown of one synthetic essay: YAML front matter (title, date, tags, description)
 * and 400-900 words of body that exercise what a real vault uses: headings, paragraphs, nested
 * tab-indented lists, a fenced code block, a GFM table, wikilinks, external links, a highlight and
 * a footnote.
 *
 * <pre>{@code
 * NoteComposer composer = new NoteComposer(titles);
 * String markdown = composer.compose(42, new Random(seed * 1_000_003L + 42));
 * }</pre>
 *
 * <p>Wikilinks use Obsidian's {@code [[file-name|Title]]} form: the target is the generated file
 * name, so the link resolves in Obsidian and in notebake, and the alias shows the target's title.
 */
final class NoteComposer {
  private static final LocalDate FIRST_DATE = LocalDate.of(2014, 1, 1);
  private static final int DATE_SPAN_DAYS = 11 * 365;
  private static final TagPool TAGS = new TagPool();

  private final List<String> titles;
  private final VaultShape shape;

  NoteComposer(List<String> titles) {
    this(titles, VaultShape.TEXT);
  }

  NoteComposer(List<String> titles, VaultShape shape) {
    this.titles = titles;
    this.shape = shape;
  }

  static String fileName(int number) {
    return String.format(Locale.ROOT, "note-%05d", number);
  }

  /** The note numbered {@code number} (1-based), using {@code random} for every choice. */
  String compose(int number, Random random) {
    return compose(number, random, false);
  }

  /**
   * The note numbered {@code number}; a private note opts out of publishing ({@code publish:
   * false}) and is a draft for JBake and Hugo too.
   */
  String compose(int number, Random random, boolean privateNote) {
    Prose prose = new Prose(random, shape.greek);
    StringBuilder out = new StringBuilder(8 * 1024);
    frontMatter(out, number, random, prose, privateNote);
    int target = shape.minWords + random.nextInt(shape.extraWords + 1);
    out.append(paragraph(prose, random)).append("\n\n");
    if (shape.screenshot) {
      out.append("![[").append(Screenshots.fileName(number)).append("]]\n\n");
    }
    for (int section = 1; Prose.countWords(out) < target + 40 || section <= 4; section++) {
      out.append("## ").append(Prose.capitalise(prose.words(2 + random.nextInt(4)))).append("\n\n");
      out.append(paragraph(prose, random)).append("\n\n");
      block(out, section, prose, random);
    }
    relatedLinks(out, random);
    out.append("A closing thought with a source.[^1]\n\n");
    out.append("[^1]: ").append(prose.sentence()).append('\n');
    return out.toString();
  }

  /** Tops the note up to the shape's wikilink count with a "Related" line, as vaults have. */
  private void relatedLinks(StringBuilder out, Random random) {
    int have = 0;
    for (int at = out.indexOf("[[note-"); at >= 0; at = out.indexOf("[[note-", at + 2)) {
      have++;
    }
    if (have >= shape.wikilinks) {
      return;
    }
    out.append("Related:");
    for (int i = have; i < shape.wikilinks; i++) {
      out.append(i == have ? " " : ", ").append(wikilink(random));
    }
    out.append("\n\n");
  }

  private void frontMatter(
      StringBuilder out, int number, Random random, Prose prose, boolean privateNote) {
    LocalDate date = FIRST_DATE.plusDays(random.nextInt(DATE_SPAN_DAYS));
    out.append("---\n");
    out.append("title: \"").append(titles.get(number - 1)).append("\"\n");
    out.append("date: ").append(date).append('\n');
    out.append("tags:\n");
    for (String tag : TAGS.draw(random, 2 + random.nextInt(4))) {
      out.append("  - ").append(tag).append('\n');
    }
    out.append("description: \"").append(prose.sentence()).append("\"\n");
    if (privateNote) {
      out.append("publish: false\ndraft: true\nstatus: draft\n");
    }
    out.append("---\n\n");
  }

  /** Sections 1-3 guarantee one list, one code block and one table; later ones vary. */
  private void block(StringBuilder out, int section, Prose prose, Random random) {
    int kind = section <= 3 ? section : random.nextInt(6);
    switch (kind) {
      case 1, 4 -> bulletList(out, prose, random);
      case 2 -> codeBlock(out, prose, random);
      case 3 -> table(out, prose, random);
      default -> out.append(paragraph(prose, random)).append("\n\n");
    }
  }

  private String paragraph(Prose prose, Random random) {
    StringBuilder p = new StringBuilder(prose.paragraph(30 + random.nextInt(60)));
    switch (random.nextInt(4)) {
      case 0 -> p.append(" See ").append(wikilink(random)).append(" for the longer version.");
      case 1 ->
          p.append(" The ==")
              .append(prose.words(3))
              .append("== part matters, as in ")
              .append(wikilink(random))
              .append('.');
      case 2 ->
          p.append(" More in [")
              .append(prose.words(2))
              .append("](https://example.org/")
              .append(prose.word())
              .append("/")
              .append(random.nextInt(100))
              .append(") and **")
              .append(prose.words(2))
              .append("**.");
      default -> p.append(" Compare `").append(prose.word()).append("()` with the old way.");
    }
    return p.toString();
  }

  private String wikilink(Random random) {
    int target = 1 + random.nextInt(titles.size());
    return "[[" + fileName(target) + "|" + titles.get(target - 1) + "]]";
  }

  private static void bulletList(StringBuilder out, Prose prose, Random random) {
    int items = 3 + random.nextInt(4);
    for (int i = 0; i < items; i++) {
      out.append("- ").append(prose.words(3 + random.nextInt(8))).append('\n');
      int children = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
      for (int c = 0; c < children; c++) {
        out.append("\t- ").append(prose.words(2 + random.nextInt(6))).append('\n');
        if (random.nextInt(4) == 0) {
          out.append("\t\t- ").append(prose.words(2 + random.nextInt(4))).append('\n');
        }
      }
    }
    out.append('\n');
  }

  private static void codeBlock(StringBuilder out, Prose prose, Random random) {
    String name = prose.word() + Prose.capitalise(prose.pick(Prose.NOUNS));
    out.append("```java\n");
    out.append("int ").append(name).append("(List<String> items) {\n");
    out.append("  int total = 0;\n");
    out.append("  for (String item : items) {\n");
    out.append("    if (item.contains(\"").append(prose.word()).append("\")) {\n");
    out.append("      total += ").append(1 + random.nextInt(9)).append(";\n");
    out.append("    }\n  }\n  return total; // ").append(prose.words(4)).append('\n');
    out.append("}\n```\n\n");
  }

  private static void table(StringBuilder out, Prose prose, Random random) {
    int columns = 3 + random.nextInt(2);
    List<String> header = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      header.add(Prose.capitalise(prose.pick(Prose.NOUNS)));
    }
    out.append("| ").append(String.join(" | ", header)).append(" |\n");
    out.append("|").append("---|".repeat(columns)).append('\n');
    int rows = 3 + random.nextInt(4);
    for (int r = 0; r < rows; r++) {
      out.append("| ").append(prose.words(2));
      for (int c = 1; c < columns; c++) {
        out.append(" | ").append(random.nextInt(100));
      }
      out.append(" |\n");
    }
    out.append('\n');
  }

  /** About 50 tags drawn with a Zipf-like spread: a few are on most notes, most are rare. */
  private static final class TagPool {
    private final List<String> tags = new ArrayList<>(Prose.TOPICS);
    private final double[] cumulative;

    TagPool() {
      for (String adjective : Prose.ADJECTIVES.subList(0, 20)) {
        tags.add(adjective + "-notes");
      }
      cumulative = new double[tags.size()];
      double sum = 0;
      for (int rank = 0; rank < tags.size(); rank++) {
        sum += 1.0 / (rank + 1);
        cumulative[rank] = sum;
      }
    }

    Set<String> draw(Random random, int count) {
      Set<String> drawn = new LinkedHashSet<>();
      while (drawn.size() < count) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int rank = 0;
        while (cumulative[rank] < x) {
          rank++;
        }
        drawn.add(tags.get(rank));
      }
      return drawn;
    }
  }
}
