package org.notebake.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memo entry's dependencies as two arrays behave as the map they were made from. */
class DependenciesTest {
  @TempDir Path dir;

  @Test
  void randomDependenciesActAsTheMapTheyCameFrom() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      Map<String, String> plain = new HashMap<>();
      int size = random.nextInt(40);
      for (int i = 0; i < size; i++) {
        plain.put("field\u0000note-" + random.nextInt(60), Integer.toHexString(random.nextInt()));
      }
      Dependencies compact = Dependencies.of(plain);
      assertThat(compact).as("round %d", round).isEqualTo(plain).hasSameHashCodeAs(plain);
      assertThat(plain).isEqualTo(compact);
      Map<String, String> walked = new HashMap<>();
      compact.forEach(walked::put);
      assertThat(walked).isEqualTo(plain);
      String probe = "field\u0000note-" + random.nextInt(60);
      assertThat(compact.get(probe)).isEqualTo(plain.get(probe));
      assertThat(compact.containsKey(probe)).isEqualTo(plain.containsKey(probe));
      Set<String> changed = Set.of(probe, "structure");
      assertThat(compact.anyIn(changed)).isEqualTo(plain.containsKey(probe));
      assertThat(Dependencies.of(compact)).isSameAs(compact);
    }
  }

  @Test
  void aMemoFileNamingOneDependencyTwiceInAnEntryIsNotTrusted() {
    // Only a damaged file could say it; its checksums are right, so the reader must see it.
    PageMemo memo = new PageMemo("salt");
    Dependencies twice =
        Dependencies.adopt(new String[] {"structure", "structure"}, new String[] {"1", "2"});
    memo.put("k", new PageMemo.Entry(twice, "1:2:3", null, List.of()));
    memo.put("fine", new PageMemo.Entry(Map.of("clock", "1"), "1:2:3", null, List.of()));
    assertThat(memo.save(dir.resolve("cache"))).isTrue();
    assertThat(PageMemo.load(dir.resolve("cache"), "salt").size()).isZero();
  }

  @Test
  void anEntryReadBackHasItsDependenciesInOrder() {
    List<String> names = new ArrayList<>();
    Map<String, String> ordered = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      ordered.put("n" + i, "h" + i);
      names.add("n" + i);
    }
    PageMemo memo = new PageMemo("salt");
    memo.put("k", new PageMemo.Entry(ordered, "1:2:3", null, List.of()));
    assertThat(memo.save(dir.resolve("cache"))).isTrue();
    PageMemo read = PageMemo.load(dir.resolve("cache"), "salt");
    PageMemo.Entry entry = read.find("k", name -> "h" + name.substring(1));
    assertThat(entry).isNotNull();
    assertThat(new ArrayList<>(entry.dependencies().keySet())).isEqualTo(names);
  }
}
