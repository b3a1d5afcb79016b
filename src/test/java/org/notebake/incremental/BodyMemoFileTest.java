package org.notebake.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.markdown.NoteFacts;
import org.notebake.site.SiteFixture;
import org.notebake.text.Murmur128;

class BodyMemoFileTest {
  private static final String SITE =
      SiteFixture.FIELD_NOTES
          + """
      -- content/essays/signals.md --
      ---
      title: Signals
      tags: [radio]
      ---
      ## Method
      The first version, see [[lanterns#Light]] and [[nowhere]].
      -- content/essays/lanterns.md --
      ## Light
      ![[signals#Method]]
      """;

  @TempDir Path dir;

  private static BodyMemo.Entry entry() {
    return new BodyMemo.Entry(
        Map.of("essays/a.md", "ab12"),
        "<p>é ✓ \uD83D\uDE00</p>" + "x".repeat(70_000),
        "summary",
        42,
        true,
        false,
        new NoteFacts(
            List.of("radio"),
            List.of(
                new NoteFacts.Heading(2, "Method", "method", 4),
                new NoteFacts.Heading(
                    2, "Install the importer", "install", 9, "Install Importer the importer")),
            java.util.Set.of("b1"),
            List.of(new NoteFacts.OutgoingLink("lanterns", null, true, "ctx")),
            java.util.Set.of("overview", "license")),
        List.of(
            Diagnostic.warning("essays/a.md", 3, 4, "a warning").withRule("privacy.phone"),
            Diagnostic.error("essays/b.md", 0, 0, "an error")),
        List.of("img/a.png"),
        "names-fingerprint",
        Map.of(
            "note\u0000lanterns\u0000essays\u0000essays",
            "=essays/lanterns.md\u0000",
            "suggest\u0000Lantern",
            "none"));
  }

  @Test
  void savedMemoReadsBackEqual() {
    BodyMemo memo = new BodyMemo("salt");
    memo.put("k", entry());
    assertTrue(memo.save(dir.resolve("cache")));
    BodyMemo read = BodyMemo.load(dir.resolve("cache"), "salt");
    assertEquals(entry(), read.find("k", p -> "ab12"));
    assertEquals(null, read.find("k", p -> "changed"), "a changed dependency misses");
  }

  /**
   * A body is read back with the hash it was saved with, so a second bake does not hash it again:
   * that hash is the body's own (as a copy of it, another string object, is hashed afresh).
   */
  @Test
  void aBodyReadBackHashesAsItsOwnText() {
    BodyMemo memo = new BodyMemo("salt");
    memo.put("k", entry());
    assertTrue(memo.save(dir.resolve("cache")));

    String html = BodyMemo.load(dir.resolve("cache"), "salt").find("k", p -> "ab12").html();

    assertEquals(
        new Murmur128().longText(new String(html.toCharArray())).hex(),
        new Murmur128().longText(html).hex());
  }

  @Test
  void corruptForeignOrUnmarkedCachesAreIgnored() throws IOException {
    BodyMemo memo = new BodyMemo("salt");
    memo.put("k", entry());
    memo.save(dir.resolve("cache"));
    assertEquals(0, BodyMemo.load(dir.resolve("cache"), "other salt").size(), "foreign");
    Path file = dir.resolve("cache").resolve(BodyMemo.FILE);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    assertEquals(0, BodyMemo.load(dir.resolve("cache"), "salt").size(), "corrupt");
    Files.write(file, new byte[] {1, 2, 3});
    assertEquals(0, BodyMemo.load(dir.resolve("cache"), "salt").size(), "truncated");

    Path foreign = Files.createDirectories(dir.resolve("theirs"));
    Files.writeString(foreign.resolve("notes.txt"), "not ours");
    assertFalse(memo.save(foreign), "a folder notebake did not make is left alone");
    assertEquals(List.of(foreign.resolve("notes.txt")), Files.list(foreign).toList());
  }

  /**
   * The memo is read as a stream and checked at its end: every damaged copy of a small one (each
   * byte flipped, cut at each length, bytes added) reads as an empty memo, never as part of one or
   * an exception.
   */
  @Test
  void everyDamagedCopyReadsAsEmpty() throws IOException {
    BodyMemo memo = new BodyMemo("salt");
    memo.put(
        "k",
        new BodyMemo.Entry(
            Map.of("a.md", "1"),
            "<p>é \uD83D\uDE00</p>",
            "s",
            2,
            false,
            true,
            new NoteFacts(List.of("t"), List.of(), java.util.Set.of(), List.of()),
            List.of(),
            List.of(),
            "",
            Map.of()));
    memo.put("j", entry());
    Path cache = dir.resolve("cache");
    assertTrue(memo.save(cache));
    Path file = cache.resolve(BodyMemo.FILE);
    byte[] good = Files.readAllBytes(file);
    assertEquals(2, BodyMemo.load(cache, "salt").size());
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < good.length; i += 1 + (i < 400 ? 0 : random.nextInt(997))) {
      byte[] flipped = good.clone();
      flipped[i] ^= (byte) (1 << random.nextInt(8));
      Files.write(file, flipped);
      assertEquals(0, BodyMemo.load(cache, "salt").size(), "byte " + i + " flipped");
      Files.write(file, java.util.Arrays.copyOf(good, i));
      assertEquals(0, BodyMemo.load(cache, "salt").size(), "cut at " + i);
    }
    byte[] longer = java.util.Arrays.copyOf(good, good.length + 5);
    Files.write(file, longer);
    assertEquals(0, BodyMemo.load(cache, "salt").size(), "bytes added");
    Files.write(file, good);
    assertEquals(2, BodyMemo.load(cache, "salt").size(), "the good copy still reads");
  }

  @Test
  void secondBakeReusesTheCacheBesideTheOutputAndABrokenOneIsRebuilt() throws IOException {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    assertEquals(0, site.bake().exitCode());
    Path cache = BodyMemo.folderFor(site.output());
    assertEquals(site.output().getParent(), cache.getParent(), "beside the output");
    assertFalse(cache.startsWith(site.root()), "never in the vault");
    assertTrue(Files.isRegularFile(cache.resolve(BodyMemo.FILE)));
    assertFalse(site.files().stream().anyMatch(f -> f.contains("cache")), "never in the site");
    var clean = IncrementalBuildTest.tree(site.output());
    String firstErr = site.bake().err();

    for (byte[] junk : List.of(new byte[] {0}, "notebake body memo\n".repeat(99).getBytes())) {
      Files.write(cache.resolve(BodyMemo.FILE), junk);
      SiteFixture.Result again = site.bake();
      assertEquals(0, again.exitCode(), again.toString());
      assertEquals(firstErr, again.err(), "the same warnings");
      assertEquals(clean, IncrementalBuildTest.tree(site.output()));
    }
    byte[] rebuilt = Files.readAllBytes(cache.resolve(BodyMemo.FILE));
    assertTrue(rebuilt.length > 100, "rebuilt after the junk");
  }
}
