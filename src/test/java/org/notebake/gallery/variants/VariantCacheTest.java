package org.notebake.gallery.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two photos with the same bytes under two names have one cache key, and a build processes them at
 * the same time: both stores succeed and the entry reads back whole. A CI run once failed here with
 * "Directory not empty" when the second move met the first one's folder.
 */
class VariantCacheTest {
  @TempDir Path temp;

  @Test
  void storesOfOneKeyAtOnceAllSucceed() throws Exception {
    VariantCache cache = VariantCache.open(temp.resolve("photos"), true);
    String key = "18fcbbd06c9f00b62e57832131725fa8fb4b77d457056e9eb79acd1ffc88e07c";
    VariantCache.Entry entry =
        new VariantCache.Entry(
            640,
            480,
            "",
            "#334455",
            List.of(
                new VariantCache.StoredVariant(
                    VariantFormat.values()[0], 320, 240, new byte[2048])),
            null);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        List<Future<?>> stores = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          stores.add(
              pool.submit(
                  () -> {
                    cache.store(key, entry);
                    return null;
                  }));
        }
        for (Future<?> store : stores) {
          store.get(); // rethrows a failed store
        }
        assertThat(cache.load(key)).isPresent();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A third photo with the same bytes found the entry the first stored and was linking its files
   * into the site when the second one's store replaced the entry: "cannot write
   * projects/p1-png-240w.jpg: no such file or folder" (a fresh clone's CI, once). A store that
   * finds the entry in place and whole keeps its files and publishes from them.
   */
  @Test
  void aStoreKeepsTheFilesOfAnEntryAlreadyInPlace() throws Exception {
    VariantCache cache = VariantCache.open(temp.resolve("photos"), true);
    String key = "28fcbbd06c9f00b62e57832131725fa8fb4b77d457056e9eb79acd1ffc88e07c";
    VariantCache.StoredVariant variant =
        new VariantCache.StoredVariant(VariantFormat.values()[0], 320, 240, new byte[2048]);
    VariantCache.Entry made =
        new VariantCache.Entry(640, 480, "", "#334455", List.of(variant), null);
    assertThat(cache.store(key, made)).isSameAs(made);
    VariantCache.Entry found = cache.load(key).orElseThrow();
    Path file = found.fileOf(found.variants().get(0));
    Object identity =
        java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
            .fileKey();

    VariantCache.Entry again = cache.store(key, made); // the same photo under another name
    assertThat(again.fileOf(again.variants().get(0))).isEqualTo(file);
    assertThat(
            java.nio.file.Files.readAttributes(
                    file, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey())
        .as("the file a link is being made from is the same file")
        .isEqualTo(identity);
  }
}
