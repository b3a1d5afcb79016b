package org.notebake.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic vault of N essays for the benchmark, identical byte for byte for the same
 * (seed, N), in the layout notebake, vanilla JBake and Hugo all read:
 *
 * <pre>
 * out/jbake.properties            publish.folders=essays
 * out/content/essays/note-00001.md
 * ...
 * out/content/essays/note-0N.md
 * </pre>
 *
 * <p>Run: {@code java -cp target/test-classes org.notebake.bench.VaultGenerator out 1000 42}.
 */
public final class VaultGenerator {
  private final long seed;
  private final int count;
  private final VaultShape shape;

  public VaultGenerator(long seed, int count) {
    this(seed, count, VaultShape.TEXT);
  }

  VaultGenerator(long seed, int count, VaultShape shape) {
    if (count < 1 || count > 99_999) {
      throw new IllegalArgumentException("note count must be 1..99999, was " + count);
    }
    this.seed = seed;
    this.count = count;
    this.shape = shape;
  }

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 4) {
      System.err.println(
          "usage: VaultGenerator <output-folder> <notes> [seed, default 42] [text|heavy]");
      System.exit(2);
    }
    long seed = args.length >= 3 ? Long.parseLong(args[2]) : 42L;
    VaultShape shape = args.length == 4 ? VaultShape.named(args[3]) : VaultShape.TEXT;
    Path out = Path.of(args[0]);
    new VaultGenerator(seed, Integer.parseInt(args[1]), shape).write(out);
    System.out.println(
        "wrote "
            + args[1]
            + " "
            + shape.name().toLowerCase(java.util.Locale.ROOT)
            + " notes to "
            + out.toAbsolutePath());
  }

  /** Writes the vault under {@code out}; the folder must not already hold a content folder. */
  public void write(Path out) {
    Path essays = out.resolve("content").resolve("essays");
    if (Files.exists(out.resolve("content"))) {
      throw new IllegalArgumentException(out + ": already has content/; delete it first");
    }
    try {
      Files.createDirectories(essays);
      Files.writeString(
          out.resolve("jbake.properties"),
          "# Synthetic benchmark vault (seed "
              + seed
              + ", "
              + count
              + " notes)\n"
              + "site.host=https://bench.example.org/\n"
              + "site.title=Bench vault\n"
              + "publish.folders=essays\n",
          StandardCharsets.UTF_8);
      NoteComposer composer = new NoteComposer(titles(), shape);
      for (int number = 1; number <= count; number++) {
        Random random = noteRandom(number);
        boolean privateNote =
            shape.privatePercent > 0 && random.nextInt(100) < shape.privatePercent;
        String markdown = composer.compose(number, random, privateNote);
        Path file = essays.resolve(NoteComposer.fileName(number) + ".md");
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        if (shape.screenshot) {
          Files.write(essays.resolve(Screenshots.fileName(number)), Screenshots.png(random));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write the vault: " + e.getMessage(), e);
    }
  }

  /**
   * Each note has its own random stream, so note 7 is the same whatever N is, apart from which
   * notes its wikilinks point to.
   */
  private Random noteRandom(int number) {
    return new Random(seed * 1_000_003L + number);
  }

  /** Distinct titles like "Quiet signals on memory", one per note, in note order. */
  List<String> titles() {
    Random random = new Random(seed);
    Prose prose = new Prose(random);
    Set<String> titles = new LinkedHashSet<>();
    while (titles.size() < count) {
      String title =
          Prose.capitalise(prose.pick(Prose.ADJECTIVES))
              + " "
              + prose.pick(Prose.NOUNS)
              + " on "
              + prose.pick(Prose.TOPICS);
      if (!titles.add(title) && titles.size() > 40_000) {
        // 40 x 40 x 30 combinations run out near 48,000: number the rest instead of looping.
        titles.add(title + " " + titles.size());
      }
    }
    return new ArrayList<>(titles);
  }
}
