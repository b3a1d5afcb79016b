package org.notebake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.notebake.cli.Main;

/**
 * Bakes one vault again and again in one JVM and prints each bake's wall time: how fast a bake
 * would be if compiled code were kept between runs (a build daemon, an ahead-of-time cache), which
 * Java 17 does not do. Each round is either a clean bake (output and memos deleted first) or a
 * second bake after one edit (a line appended to the vault's first note).
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmx600m -Xms600m -Xmn64m -Xss4m \
 *   -cp target/notebake.jar:target/test-classes org.notebake.bench.WarmBakes 12 clean VAULT OUT
 * run 0: 6.97 s
 * run 1: 3.85 s
 * </pre>
 *
 * <p>Arguments: rounds, {@code clean} or {@code edit}, the vault, the output; any more are passed
 * to {@code bake} (default {@code --quiet}).
 */
public final class WarmBakes {
  private WarmBakes() {}

  public static void main(String[] args) throws IOException {
    int rounds = Integer.parseInt(args[0]);
    boolean clean = args[1].equals("clean");
    Path vault = Path.of(args[2]);
    Path output = Path.of(args[3]);
    String[] extra =
        args.length > 4
            ? java.util.Arrays.copyOfRange(args, 4, args.length)
            : new String[] {"--quiet"};
    for (int round = 0; round < rounds; round++) {
      if (clean) {
        delete(output);
        delete(output.resolveSibling("." + output.getFileName() + ".notebake-cache"));
      } else {
        Files.writeString(firstNote(vault), "\nedit " + round + "\n", StandardOpenOption.APPEND);
      }
      String[] bake =
          Stream.concat(
                  Stream.of("bake", "--source", vault.toString(), "--output", output.toString()),
                  Stream.of(extra))
              .toArray(String[]::new);
      long start = System.nanoTime();
      int status = Main.run(bake);
      System.err.printf(
          "run %d: %.2f s (exit %d)%n", round, (System.nanoTime() - start) / 1e9, status);
    }
  }

  private static Path firstNote(Path vault) throws IOException {
    try (Stream<Path> files = Files.walk(vault.resolve("content"))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
