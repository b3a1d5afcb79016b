package org.notebake.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.markdown.NoteFacts;

/**
 * A memo saved after a few changes writes only them, to a changes file beside its whole file; read
 * back, the two give exactly the memo that was saved, however many builds have added, replaced and
 * dropped entries since the whole file was written, and a changes file that is damaged or written
 * for another whole file is never read over it.
 */
class MemoChangesFileTest {
  @TempDir Path dir;

  private static final String[] NAMES = {
    "structure",
    "field\u0000d:a.html\u0000title",
    "field\u0000d:b.html\u0000body",
    "clock",
    "path\u0000x"
  };

  private static PageMemo.Entry page(Random random) {
    Map<String, String> dependencies = new HashMap<>();
    for (String name : NAMES) {
      if (random.nextBoolean()) {
        dependencies.put(name, Integer.toHexString(random.nextInt(6)));
      }
    }
    return new PageMemo.Entry(
        dependencies, random.nextInt(1000) + ":ab:cd", Set.of("h" + random.nextInt(3)), List.of());
  }

  private static BodyMemo.Entry body(Random random) {
    return new BodyMemo.Entry(
        Map.of("a.md", Integer.toString(random.nextInt(4))),
        "<p>" + "é".repeat(random.nextInt(5)) + random.nextInt() + "</p>",
        "summary",
        random.nextInt(100),
        random.nextBoolean(),
        random.nextBoolean(),
        new NoteFacts(List.of("t"), List.of(), Set.of(), List.of()),
        List.of(),
        List.of(),
        "",
        Map.of());
  }

  /**
   * Forty builds in a row, each reading the memo the last one saved: some keep most entries,
   * replace a few, drop a few and add a few (a changes file), some add or drop many (the whole file
   * again). Every read gives exactly the entries saved: none lost, none stale, none dropped that
   * comes back.
   */
  @Test
  void pagesReadBackAsSavedThroughManyChangesFiles() throws IOException {
    Path cache = dir.resolve("cache");
    Random random = new Random(11);
    Map<String, PageMemo.Entry> saved = new TreeMap<>();
    int changesWritten = 0;
    int wholeWritten = 0;
    int next = 0;
    for (int build = 0; build < 40; build++) {
      PageMemo memo = build == 0 ? new PageMemo("salt") : PageMemo.load(cache, "salt");
      assertEquals(saved.size(), memo.size(), "build " + build + ": nothing lost or come back");
      Map<String, PageMemo.Entry> now = new TreeMap<>();
      boolean many = build % 9 == 4;
      PageMemo check = build == 0 ? memo : PageMemo.load(cache, "salt");
      for (Map.Entry<String, PageMemo.Entry> e : saved.entrySet()) {
        PageMemo.Entry read = check.find(e.getKey(), e.getValue().dependencies()::get);
        assertEquals(e.getValue(), read, "build " + build + ": " + e.getKey());
        int roll = random.nextInt(many ? 3 : 60);
        if (roll == 0) {
          continue; // not used by this build: dropped
        }
        memo.find(e.getKey(), e.getValue().dependencies()::get); // used by this build
        if (roll == 1) {
          PageMemo.Entry replaced = page(random);
          memo.put(e.getKey(), replaced);
          now.put(e.getKey(), replaced);
        } else {
          now.put(e.getKey(), e.getValue());
        }
      }
      for (int i = many || build == 0 ? 200 : random.nextInt(4); i > 0; i--) {
        PageMemo.Entry added = page(random);
        memo.put("page-" + next, added);
        now.put("page-" + next++, added);
      }
      memo.retainUsed();
      byte[] wholeBefore = readOrNull(cache.resolve(PageMemo.FILE));
      assertTrue(memo.save(cache));
      if (Files.exists(cache.resolve(PageMemo.CHANGES))
          && java.util.Arrays.equals(wholeBefore, readOrNull(cache.resolve(PageMemo.FILE)))) {
        changesWritten++;
      } else {
        assertFalse(Files.exists(cache.resolve(PageMemo.CHANGES)), "build " + build);
        wholeWritten++;
      }
      saved = now;
    }
    assertTrue(changesWritten > 20, "most builds wrote only their changes: " + changesWritten);
    assertTrue(wholeWritten > 3, "many changes write the whole file again: " + wholeWritten);
  }

  @Test
  void bodiesReadBackAsSavedThroughManyChangesFiles() throws IOException {
    Path cache = dir.resolve("cache");
    Random random = new Random(5);
    Map<String, BodyMemo.Entry> saved = new TreeMap<>();
    int changesWritten = 0;
    int next = 0;
    for (int build = 0; build < 30; build++) {
      BodyMemo memo = build == 0 ? new BodyMemo("salt") : BodyMemo.load(cache, "salt");
      assertEquals(saved.size(), memo.size(), "build " + build + ": nothing lost or come back");
      Map<String, BodyMemo.Entry> now = new TreeMap<>();
      boolean many = build % 7 == 3;
      BodyMemo check = build == 0 ? memo : BodyMemo.load(cache, "salt");
      for (Map.Entry<String, BodyMemo.Entry> e : saved.entrySet()) {
        BodyMemo.Entry read = check.find(e.getKey(), e.getValue().dependencies()::get);
        assertEquals(e.getValue(), read, "build " + build + ": " + e.getKey());
        int roll = random.nextInt(many ? 3 : 50);
        if (roll == 0) {
          continue;
        }
        memo.keepUsing(List.of(e.getKey()));
        if (roll == 1) {
          BodyMemo.Entry replaced = body(random);
          memo.put(e.getKey(), replaced);
          now.put(e.getKey(), replaced);
        } else {
          now.put(e.getKey(), e.getValue());
        }
      }
      for (int i = many || build == 0 ? 150 : random.nextInt(4); i > 0; i--) {
        BodyMemo.Entry added = body(random);
        memo.put("note-" + next, added);
        now.put("note-" + next++, added);
      }
      memo.retainUsed();
      byte[] wholeBefore = readOrNull(cache.resolve(BodyMemo.FILE));
      assertTrue(memo.save(cache));
      if (java.util.Arrays.equals(wholeBefore, readOrNull(cache.resolve(BodyMemo.FILE)))) {
        assertTrue(Files.exists(cache.resolve(BodyMemo.CHANGES)));
        changesWritten++;
      } else {
        assertFalse(Files.exists(cache.resolve(BodyMemo.CHANGES)), "build " + build);
      }
      saved = now;
    }
    assertTrue(changesWritten > 15, "most builds wrote only their changes: " + changesWritten);
  }

  /**
   * Two pages read a value alike; a later build makes one of them again with the value changed and
   * saves only that change. Read back, the value counts as changed whichever it is now, so a page
   * that read the other one is made again instead of being taken as current.
   */
  @Test
  void aValueAChangedPageReadsDifferentlyCountsAsChanged() {
    Path cache = dir.resolve("cache");
    PageMemo first = new PageMemo("salt");
    for (int i = 0; i < 40; i++) {
      first.put("page-" + i, pageReading("1", i));
    }
    assertTrue(first.save(cache));
    PageMemo second = PageMemo.load(cache, "salt");
    for (int i = 1; i < 40; i++) {
      assertNotNull(second.find("page-" + i, d -> d.equals("structure") ? "1" : "own"));
    }
    second.put("page-0", pageReading("2", 0));
    second.retainUsed();
    assertTrue(second.save(cache));
    assertTrue(Files.exists(cache.resolve(PageMemo.CHANGES)), "one change: a changes file");

    // Now the value is "2" (the other pages read "1"), then "1" again (the changed page read "2").
    PageMemo third = PageMemo.load(cache, "salt");
    third.begin(Set.of());
    third.compare(d -> d.equals("structure") ? "2" : "own", null, null);
    assertNull(third.find("page-7", d -> "never asked"), "read the old value: made again");
    PageMemo fourth = PageMemo.load(cache, "salt");
    fourth.begin(Set.of());
    fourth.compare(d -> d.equals("structure") ? "1" : "own", null, null);
    assertNull(fourth.find("page-0", d -> "never asked"), "read the other value: made again");
  }

  /** A page reading the list structure (as {@code structure}) and a value of its own. */
  private static PageMemo.Entry pageReading(String structure, int page) {
    return new PageMemo.Entry(
        Map.of("structure", structure, "own\u0000" + page, "own"), page + ":a:b", null, List.of());
  }

  /**
   * A changes file is read only over the very whole file it was written for: one left from before
   * the whole file was written again, or damaged, is passed over (the whole file alone is an older
   * memo, and every entry of it is still checked before use).
   */
  @Test
  void aChangesFileOfAnotherWholeFileOrDamagedIsNotRead() throws IOException {
    Path cache = dir.resolve("cache");
    BodyMemo memo = new BodyMemo("salt");
    Random random = new Random(3);
    BodyMemo.Entry kept = body(random);
    for (int i = 0; i < 40; i++) {
      memo.put("note-" + i, i == 0 ? kept : body(random));
    }
    assertTrue(memo.save(cache));
    byte[] firstWhole = Files.readAllBytes(cache.resolve(BodyMemo.FILE));
    BodyMemo next = BodyMemo.load(cache, "salt");
    for (int i = 0; i < 40; i++) {
      next.keepUsing(List.of("note-" + i));
    }
    BodyMemo.Entry changed = body(random);
    next.put("note-0", changed);
    next.retainUsed();
    assertTrue(next.save(cache));
    byte[] changes = Files.readAllBytes(cache.resolve(BodyMemo.CHANGES));
    assertEquals(changed, BodyMemo.load(cache, "salt").find("note-0", changed.dependencies()::get));

    // The whole file written again (another id) with the old changes file still there.
    BodyMemo again = new BodyMemo("salt");
    again.put("note-0", kept);
    assertTrue(again.save(cache));
    Files.write(cache.resolve(BodyMemo.CHANGES), changes);
    BodyMemo read = BodyMemo.load(cache, "salt");
    assertEquals(1, read.size());
    assertEquals(kept, read.find("note-0", kept.dependencies()::get), "the changes are not read");

    // A damaged changes file over the whole file it was written for.
    Files.write(cache.resolve(BodyMemo.FILE), firstWhole);
    byte[] damaged = changes.clone();
    damaged[damaged.length / 2] ^= 4;
    Files.write(cache.resolve(BodyMemo.CHANGES), damaged);
    read = BodyMemo.load(cache, "salt");
    assertEquals(40, read.size());
    assertEquals(kept, read.find("note-0", kept.dependencies()::get), "the whole file alone");
    Files.write(cache.resolve(BodyMemo.CHANGES), changes);
    assertEquals(changed, BodyMemo.load(cache, "salt").find("note-0", changed.dependencies()::get));
    assertArrayEquals(firstWhole, Files.readAllBytes(cache.resolve(BodyMemo.FILE)));
  }

  /**
   * Every damaged copy of a page memo's changes file (each byte flipped, cut at each length) is
   * passed over whole: the memo reads exactly as its whole file alone, never half changed, never an
   * exception; without the whole file, nothing is read.
   */
  @Test
  void everyDamagedChangesFileReadsAsTheWholeFileAlone() throws IOException {
    Path cache = dir.resolve("cache");
    Random random = new Random(9);
    PageMemo first = new PageMemo("salt");
    Map<String, PageMemo.Entry> whole = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      PageMemo.Entry entry = page(random);
      first.put("page-" + i, entry);
      whole.put("page-" + i, entry);
    }
    assertTrue(first.save(cache));
    PageMemo second = PageMemo.load(cache, "salt");
    for (int i = 1; i < 30; i++) {
      assertNotNull(second.find("page-" + i, whole.get("page-" + i).dependencies()::get));
    }
    second.put("page-0", page(random));
    second.put("page-new", page(random));
    second.retainUsed();
    assertTrue(second.save(cache));
    Path changes = cache.resolve(PageMemo.CHANGES);
    byte[] good = Files.readAllBytes(changes);
    assertEquals(31, PageMemo.load(cache, "salt").size(), "the good changes read");
    forEachDamaged(
        good,
        random,
        i -> i + 1 + random.nextInt(3),
        (i, damaged) -> {
          Files.write(changes, damaged);
          PageMemo read = PageMemo.load(cache, "salt");
          assertEquals(30, read.size(), "byte " + i);
          for (Map.Entry<String, PageMemo.Entry> e : whole.entrySet()) {
            assertEquals(e.getValue(), read.find(e.getKey(), e.getValue().dependencies()::get));
          }
        });
    Files.write(changes, good);
    Files.delete(cache.resolve(PageMemo.FILE));
    assertEquals(0, PageMemo.load(cache, "salt").size(), "changes without their whole file");
  }

  /**
   * The same for the body memo, which reads its files as streams (its whole file is tens of MB) and
   * so meets a damaged length or count before the checksum: a changes file damaged anywhere is
   * passed over, never taking the whole file down with it.
   */
  @Test
  void everyDamagedBodyChangesFileReadsAsTheWholeFileAlone() throws IOException {
    Path cache = dir.resolve("cache");
    Random random = new Random(10);
    BodyMemo first = new BodyMemo("salt");
    Map<String, BodyMemo.Entry> whole = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      BodyMemo.Entry entry = body(random);
      first.put("note-" + i, entry);
      whole.put("note-" + i, entry);
    }
    assertTrue(first.save(cache));
    BodyMemo second = BodyMemo.load(cache, "salt");
    for (int i = 1; i < 30; i++) {
      second.keepUsing(List.of("note-" + i));
    }
    second.put("note-0", body(random));
    second.put("note-new", body(random));
    second.retainUsed();
    assertTrue(second.save(cache));
    Path changes = cache.resolve(BodyMemo.CHANGES);
    byte[] good = Files.readAllBytes(changes);
    assertEquals(31, BodyMemo.load(cache, "salt").size(), "the good changes read");
    forEachDamaged(
        good,
        random,
        i -> i + 1,
        (i, damaged) -> {
          Files.write(changes, damaged);
          BodyMemo read = BodyMemo.load(cache, "salt");
          assertEquals(30, read.size(), "byte " + i);
          for (Map.Entry<String, BodyMemo.Entry> e : whole.entrySet()) {
            assertEquals(e.getValue(), read.find(e.getKey(), e.getValue().dependencies()::get));
          }
        });
  }

  /** What is done with one damaged copy of a file: byte {@code at} flipped, or cut before it. */
  private interface DamagedCheck {
    void check(int at, byte[] damaged) throws IOException;
  }

  /**
   * Each byte of {@code good} from the first, then as {@code next} steps: a copy with one random
   * bit of it flipped, and a copy cut before it, each handed to {@code check}.
   */
  private static void forEachDamaged(
      byte[] good, Random random, java.util.function.IntUnaryOperator next, DamagedCheck check)
      throws IOException {
    for (int i = 0; i < good.length; i = next.applyAsInt(i)) {
      byte[] flipped = good.clone();
      flipped[i] ^= (byte) (1 << random.nextInt(8));
      for (byte[] damaged : List.of(flipped, java.util.Arrays.copyOf(good, i))) {
        check.check(i, damaged);
      }
    }
  }

  private static byte[] readOrNull(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllBytes(file) : null;
  }
}
