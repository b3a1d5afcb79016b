package org.notebake.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.markdown.NoteFacts;

/**
 * A memo read on a thread of its own reads as one read in place; what was adopted while it was
 * being read applies once it is; an error of the reading thread (out of memory) reaches the build.
 */
class MemoReadInBackgroundTest {
  @TempDir Path dir;

  private static PageMemo.Entry page(String value) {
    return new PageMemo.Entry(Map.of("structure", value), value + ":a:b", Set.of(), List.of());
  }

  private static BodyMemo.Entry body(String html) {
    return new BodyMemo.Entry(
        Map.of("a.md", "1"),
        html,
        "summary",
        3,
        false,
        false,
        new NoteFacts(List.of(), List.of(), Set.of(), List.of()),
        List.of(),
        List.of(),
        "",
        Map.of());
  }

  @Test
  void aPageMemoReadInTheBackgroundReadsAsOneReadInPlace() {
    Path cache = dir.resolve("cache");
    PageMemo memo = new PageMemo("salt");
    for (int i = 0; i < 50; i++) {
      memo.put("page-" + i, page(Integer.toString(i % 3)));
    }
    assertTrue(memo.save(cache));
    PageMemo read = PageMemo.loadInBackground(cache, "salt");
    read.adopt("salt"); // the same salt while reading: nothing dropped
    assertEquals(50, read.size());
    for (int i = 0; i < 50; i++) {
      String value = Integer.toString(i % 3);
      assertEquals(page(value), read.find("page-" + i, d -> value));
    }
    // Its values too, as the whole file gave them: two of three pages read another "structure".
    PageMemo again = PageMemo.loadInBackground(cache, "salt");
    again.begin(Set.of());
    assertEquals(1, again.compare(d -> "0", null, null), "\"structure\" disagreed: changed");
  }

  @Test
  void anotherSaltAdoptedWhileReadingDropsWhatWasRead() {
    Path cache = dir.resolve("cache");
    BodyMemo memo = new BodyMemo("salt");
    memo.put("k", body("<p>a</p>"));
    assertTrue(memo.save(cache));
    BodyMemo same = BodyMemo.loadInBackground(cache, "salt");
    same.adopt("salt");
    assertEquals(body("<p>a</p>"), same.find("k", p -> "1"));
    BodyMemo other = BodyMemo.loadInBackground(cache, "salt");
    other.adopt("another configuration");
    assertEquals(0, other.size(), "made under another salt: dropped");
    assertEquals("another configuration", other.salt());
    BodyMemo back = BodyMemo.loadInBackground(cache, "salt");
    back.adopt("another configuration");
    back.adopt("salt");
    assertNull(back.find("k", p -> "1"), "adopted in turn: dropped by the first, not read again");
  }

  @Test
  void anErrorOfTheReadingThreadIsThrownWhereTheMemoIsUsed() {
    OutOfMemoryError full = new OutOfMemoryError("Java heap space");
    var reading =
        Background.start(
            "test memo",
            () -> {
              throw full;
            });
    assertSame(full, assertThrows(OutOfMemoryError.class, () -> Background.join(reading)));
    var fine = Background.start("test memo", () -> "read");
    assertEquals("read", Background.join(fine));
  }
}
