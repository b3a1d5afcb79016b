package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault too large to bake fails before rendering, naming why, instead of minutes later. */
class MemoryEstimateTest {
  @TempDir Path dir;

  private static void note(Path vault, String name, String body) throws Exception {
    Files.writeString(vault.resolve(name + ".md"), "---\npublish: true\n---\n" + body + "\n");
  }

  private static String embeds(String prefix) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      out.append("![[").append(prefix).append(i).append("]] ");
    }
    return out.toString();
  }

  @Test
  void aTransclusionFanOutBombErrorsQuicklyNamingTheChain() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("vault"));
    for (int i = 0; i < 50; i++) {
      note(vault, "c" + i, "leaf " + i);
      note(vault, "b" + i, embeds("c"));
      note(vault, "a" + i, embeds("b"));
    }
    for (int i = 0; i < 2_000; i++) {
      note(vault, "top" + i, embeds("a"));
    }

    long start = System.nanoTime();
    SiteFixture.Result r =
        SiteFixture.run(
            "bake", "--source", vault.toString(), "--output", dir.resolve("out").toString());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "top0.md: error: with its embeds this page renders 127551 notes (2 MiB of Markdown),"
                + " more than 2000 notes or 32 MiB; the largest chain: top0.md → a0.md → b0.md →"
                + " c0.md; embed fewer notes (![[...]]), or link to them ([[...]])")
        .contains("a0.md: error: with its embeds this page renders 2551 notes")
        .contains("more like the line above (--verbose for all)");
    assertThat(r.out()).contains("nothing written");
    assertThat(dir.resolve("out")).doesNotExist();
    // A build stopped at the estimate leaves neither a staging folder nor a lock beside the
    // output.
    try (java.util.stream.Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("vault");
    }
    // Rendering it all took about 50 s before running out of memory; the estimate takes seconds.
    assertThat(seconds).isLessThan(40);
  }

  @Test
  void embedsWithinTheLimitsRender() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("vault"));
    for (int i = 0; i < 50; i++) {
      note(vault, "b" + i, "leaf " + i);
    }
    note(vault, "hub", embeds("b"));

    SiteFixture.Result r =
        SiteFixture.run(
            "bake", "--source", vault.toString(), "--output", dir.resolve("out").toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(dir.resolve("out/hub.html"))).contains("leaf 49");
  }

  @Test
  void aVaultTooLargeForTheHeapFailsAheadWithAdvice() {
    assertThatThrownBy(() -> HeapEstimate.check(100_000, 20_000_000L, 0L, 0L, 400L << 20))
        .isInstanceOf(HeapTooSmallException.class)
        .hasMessage(
            "notebake: error: out of memory ahead: 100000 published notes rendering 19 MiB of"
                + " Markdown (embeds included) with 0 links need about 1655 MiB of heap, more than Java's 400"
                + " MiB, so nothing was rendered and the previous site is untouched; give Java"
                + " more memory, e.g. NOTEBAKE_JAVA_OPTS=-Xmx3g bin/notebake ..., or java -Xmx3g"
                + " -jar notebake.jar ...");
  }

  @Test
  void aBenchSizedVaultFitsTheDefaultHeap() {
    // bench/run.sh bakes 10,000 notes (44 MiB of Markdown in the text shape, 73 MiB in the heavy
    // one) in bin/notebake's 384 MiB floor, less the survivor space Java keeps back.
    // Their 20 largest notes hold 141 and 191 KB.
    // The heavy shape writes 208,221 links and embeds.
    HeapEstimate.check(10_000, 73L << 20, 208_221L, 200_000L, 370L << 20);
    assertThat(HeapEstimate.bytes(10_000, 73L << 20, 208_221L, 200_000L) * 115 / 100)
        .isLessThan(384L << 20);
  }

  @Test
  void aVaultOfLargeNotesStopsAheadInAHeapItsFeedsWouldExhaust() {
    // 60 notes of 1.8 MB tables (104 MiB, the 20 largest 36 MB): out of memory minutes in with a
    // 539 MiB heap (-Xmx560m), baked with 720 MiB; the old figures said 214 MiB.
    long chars = 108_009_814L;
    long largest = 36_004_855L;
    assertThatThrownBy(() -> HeapEstimate.check(60, chars, 0L, largest, 539L << 20))
        .isInstanceOf(HeapTooSmallException.class)
        .hasMessageContaining("NOTEBAKE_JAVA_OPTS=-Xmx1g");
    assertThat(HeapEstimate.bytes(60, chars, 0L, largest) * 115 / 100).isGreaterThan(720L << 20);
  }

  @Test
  void aVaultOfDenselyLinkedNotesAsksForTheHeapItsLinksNeed() throws Exception {
    // 6,000 notes of 60 wikilinks three folders deep (LinkedVault, 24 MiB): out of memory in the
    // 384 MiB bin/notebake gave it, after rendering, where the estimate without a link term said
    // 193 MiB; baked in the 557 MiB it asks for now.
    Path vault = dir.resolve("linked");
    LinkedVault.write(vault, 6_000, 60, true, 42);
    long notes = 0;
    long chars = 0;
    long links = 0;
    long largest = 0;
    try (java.util.stream.Stream<Path> files = Files.walk(vault)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String text = Files.readString(file);
        notes++;
        chars += text.length();
        links += org.notebake.render.EmbedFanOut.links(text);
        largest = Math.max(largest, text.length());
      }
    }
    assertThat(links).isEqualTo(360_000);
    long n = notes;
    long c = chars;
    long top = largest * 20;

    long needed = HeapEstimate.bytes(n, c, links, top);

    assertThatThrownBy(() -> HeapEstimate.check(n, c, 360_000, top, 370L << 20))
        .isInstanceOf(HeapTooSmallException.class)
        .hasMessageContaining("with 360000 links");
    assertThat(needed * 115 / 100).isGreaterThan(384L << 20);
    assertThat(HeapEstimate.bytes(n, c, n * HeapEstimate.LINKS_PER_NOTE, top))
        .as("the same notes with 21 links each")
        .isLessThan(370L << 20);
  }

  /**
   * bin/notebake gives notes beyond Latin-1 a byte more a byte, so the collector has room; this
   * check leaves that out, because with it it stops bakes that fit (2026-12-06, -Xmn62m, -Xmx by
   * hand, both vaults of 10,000 notes from bench/run.sh).
   */
  @Test
  void notesBeyondLatin1AreNotStoppedInAHeapTheyBakeIn() {
    // --shape greek: 47,016,059 characters of Markdown in 78,758,181 bytes, every note Greek,
    // 52,295 links, the 20 largest 137,387 characters. Baked with -Xmx370m (Java's 362.5 MiB);
    // out of memory with -Xmx360m (352.5 MiB).
    long greekHeap = 725L << 19;
    HeapEstimate.check(10_000, 47_016_059L, 52_295L, 137_387L, greekHeap);
    assertThat(
            HeapEstimate.bytes(10_000, 47_016_059L, 52_295L, 137_387L)
                + 78_758_181L * HeapEstimate.BYTES_PER_WIDE_BYTE)
        .as("with the launcher's term")
        .isGreaterThan(greekHeap);
    // The text shape with "That’s all." after each note: 47,146,059 characters in 47,166,059
    // bytes, the 20 largest 137,647. Baked with -Xmx330m (322.5 MiB).
    long apostropheHeap = 645L << 19;
    HeapEstimate.check(10_000, 47_146_059L, 52_295L, 137_647L, apostropheHeap);
    assertThat(
            HeapEstimate.bytes(10_000, 47_146_059L, 52_295L, 137_647L)
                + 47_166_059L * HeapEstimate.BYTES_PER_WIDE_BYTE)
        .as("with the launcher's term")
        .isGreaterThan(apostropheHeap);
  }

  @Test
  void theLauncherSizesTheHeapWithTheSameFigures() throws java.io.IOException {
    // bin/notebake must size the heap before Java starts, so it writes the estimate again in awk:
    // the two must not drift apart.
    String launcher = Files.readString(Path.of("bin/notebake"));
    java.util.regex.Matcher live =
        java.util.regex.Pattern.compile(
                "extra = links - notes \\* (\\d+)\n.*\n\\s*live = \\((\\d+) \\* 1048576 \\+ notes"
                    + " \\* (\\d+) \\+ bytes \\* ([0-9.]+) \\+ wide \\* (\\d+) \\+ extra \\* (\\d+)"
                    + " \\+ top \\* (\\d+)\\)")
            .matcher(launcher);
    assertThat(live.find()).as("bin/notebake's estimate of the live heap").isTrue();
    assertThat(Long.parseLong(live.group(1))).isEqualTo(HeapEstimate.LINKS_PER_NOTE);
    assertThat(Long.parseLong(live.group(2)) << 20).isEqualTo(HeapEstimate.BASE_BYTES);
    assertThat(Long.parseLong(live.group(3))).isEqualTo(HeapEstimate.BYTES_PER_NOTE);
    assertThat(Double.parseDouble(live.group(4)))
        .isEqualTo(HeapEstimate.BYTES_PER_KILOCHAR / 1024.0);
    assertThat(Long.parseLong(live.group(5))).isEqualTo(HeapEstimate.BYTES_PER_WIDE_BYTE);
    assertThat(Long.parseLong(live.group(6))).isEqualTo(HeapEstimate.BYTES_PER_LINK);
    assertThat(Long.parseLong(live.group(7))).isEqualTo(HeapEstimate.BYTES_PER_LARGEST_CHAR);
  }
}
