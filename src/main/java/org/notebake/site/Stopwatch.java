package org.notebake.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times each pipeline stage, as zola's build() logs each step. */
final class Stopwatch {
  private final Map<String, Long> millis = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      synchronized (millis) { // a stage may run on a thread of its own (share cards)
        millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
      }
    }
  }

  void time(String stage, Runnable work) {
    time(
        stage,
        () -> {
          work.run();
          return null;
        });
  }

  Map<String, Long> millis() {
    return millis;
  }
}
