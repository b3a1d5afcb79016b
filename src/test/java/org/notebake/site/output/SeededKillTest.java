package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.site.output.StagedOutputTest.siblingsOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/**
 * Kills a real {@code notebake bake} (a child JVM) at seeded random moments, then runs {@code
 * notebake check}, which must leave exactly the previous site or exactly the new one, with the
 * user's files, and nothing else next to it. The delays cover the child's whole life, start-up to
 * exit, with more of them late, where files are written and swapped. Another seed: {@code
 * -Dnotebake.killSeed=N}.
 */
class SeededKillTest {
  private static final int KILLS = 4;

  @TempDir Path temp;

  @Test
  @Timeout(240)
  void aKilledBakeLeavesThePreviousSiteOrTheNewOneByteForByte() throws Exception {
    long seed = Long.getLong("notebake.killSeed", 20_251_202L);
    Random random = new Random(seed);
    Path vault = temp.resolve("vault");
    Path output = temp.resolve("vault-site");
    SiteFixture site = SiteFixture.of(vault, vault(false));
    assertBaked(SiteFixture.run("bake", "--source", vault.toString()));
    Files.writeString(output.resolve("CNAME"), "notes.example.org\n");
    Files.createDirectories(output.resolve(".git"));
    Files.writeString(output.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Map<String, String> previous = TreeSnapshot.of(output);

    site.add(vault(true));
    long started = System.nanoTime();
    Process full = bakeInChild(vault, false);
    assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(full.exitValue()).as("an uninterrupted child bake").isZero();
    long lifetimeMillis = (System.nanoTime() - started) / 1_000_000;
    Map<String, String> next = TreeSnapshot.of(output);
    assertThat(differences(next, previous)).isNotEmpty();
    assertThat(next).containsKeys("CNAME", ".git/HEAD");

    List<String> outcomes = new ArrayList<>();
    for (int kill = 0; kill < KILLS; kill++) {
      site.add(vault(false));
      assertBaked(SiteFixture.run("bake", "--source", vault.toString()));
      assertThat(differences(TreeSnapshot.of(output), previous))
          .as("rebaking the previous vault")
          .isEmpty();
      site.add(vault(true));
      // Half the delays fall in the last 40% of a bake's life, where it writes and swaps.
      double at = kill % 2 == 0 ? random.nextDouble() : 0.6 + 0.4 * random.nextDouble();
      long delay = (long) (at * lifetimeMillis * 1.1);
      Process child = bakeInChild(vault, kill % 2 == 1);
      Thread.sleep(delay);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      SiteFixture.Result check = SiteFixture.run("check", "--source", vault.toString());

      String what = "seed " + seed + ", kill " + kill + " after " + delay + " ms";
      assertThat(check.exitCode()).as(what + "\n" + check).isZero();
      Map<String, String> after = TreeSnapshot.of(output);
      assertThat(after.equals(previous) || after.equals(next))
          .as(
              what
                  + ": the output is exactly the previous site or the new one; differs from the"
                  + " previous in "
                  + differences(after, previous)
                  + ", from the new in "
                  + differences(after, next))
          .isTrue();
      // The cache of rendered notes (.vault-site.notebake-cache) of an earlier bake is meant to
      // stay.
      assertThat(siblingsOf(output).stream().filter(n -> !n.endsWith(".notebake-cache")))
          .as(what)
          .containsExactly("vault", "vault-site");
      outcomes.add(after.equals(previous) ? "previous" : "new");
    }
    System.out.println("SeededKillTest seed " + seed + ": " + outcomes);
  }

  private Process bakeInChild(Path vault, boolean twoRenames) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx256m");
    if (twoRenames) {
      command.add("-Dnotebake.swap=rename");
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "org.notebake.cli.Main",
            "bake",
            "--source",
            vault.toString()));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Paths whose bytes differ or that only one tree has. */
  private static List<String> differences(Map<String, String> a, Map<String, String> b) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys.stream().filter(k -> !java.util.Objects.equals(a.get(k), b.get(k))).toList();
  }

  private static void assertBaked(SiteFixture.Result result) {
    assertThat(result.exitCode()).as(result.toString()).isZero();
  }

  /** Forty linked, tagged notes; the second version changes one, adds one and drops one. */
  private static String vault(boolean second) {
    StringBuilder txtar = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      if (second && i == 7) {
        txtar.append("-- Note 7.md --\n");
        continue; // emptied: no longer published
      }
      txtar
          .append("-- Note ")
          .append(i)
          .append(".md --\n---\npublish: true\ndate: 2025-03-")
          .append(String.format("%02d", 1 + i % 28))
          .append("\ntags: [garden, t")
          .append(i % 5)
          .append("]\n---\n# Note ")
          .append(i)
          .append("\n\nSee [[Note ")
          .append((i + 1) % 40)
          .append("]] and [[Note ")
          .append((i + 7) % 40)
          .append("]].")
          .append(second && i == 3 ? " Changed in the second version." : "")
          .append("\n\n")
          .append("Plain prose about soil and seeds, repeated. ".repeat(20))
          .append('\n');
    }
    if (second) {
      txtar.append(
          "-- Added.md --\n---\npublish: true\ndate: 2025-04-01\n---\n# Added\n\nNew in version two.\n");
    } else {
      txtar.append("-- Added.md --\n");
    }
    return txtar.toString();
  }
}
