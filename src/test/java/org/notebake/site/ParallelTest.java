package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsKeepTheItemsOrderAndTheirNulls() {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();

    List<String> results = Parallel.map(items, i -> i % 7 == 0 ? null : "item " + i);

    assertThat(results).hasSize(500);
    for (int i = 0; i < 500; i++) {
      assertThat(results.get(i)).isEqualTo(i % 7 == 0 ? null : "item " + i);
    }
  }

  @Test
  void everyItemRunsOnce() {
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger runs = new AtomicInteger();

    Parallel.forEach(
        IntStream.range(0, 1000).boxed().toList(),
        i -> {
          runs.incrementAndGet();
          seen.add(i);
        });

    assertThat(runs).hasValue(1000);
    assertThat(seen).hasSize(1000);
  }

  @Test
  void aSlowItemDoesNotHoldUpTheItemsAfterIt() {
    // With two or more threads, the thread not busy with the slow first item takes all the others.
    // The first item waits for them instead of sleeping a while, so a busy machine cannot make
    // this fail; fixed slices would leave items behind it and time out.
    boolean helped = ForkJoinPool.getCommonPoolParallelism() > 0;
    CountDownLatch others = new CountDownLatch(49);
    List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
    Parallel.forEach(
        IntStream.range(0, 50).boxed().toList(),
        i -> {
          if (i == 0 && helped) {
            assertThat(await(others)).as("the other 49 items ran while the first waited").isTrue();
          } else if (i > 0) {
            others.countDown();
          }
          threads.add(Thread.currentThread().getName() + (i == 0 ? " slow" : ""));
        });

    assertThat(threads).hasSize(50);
    if (helped) {
      String slow = threads.stream().filter(t -> t.endsWith(" slow")).findFirst().orElseThrow();
      String slowThread = slow.substring(0, slow.length() - " slow".length());
      assertThat(threads.stream().filter(t -> t.equals(slowThread))).isEmpty();
    }
  }

  @Test
  void theFirstFailureIsRethrownAndLaterItemsAreSkipped() {
    AtomicInteger started = new AtomicInteger();

    assertThatThrownBy(
            () ->
                Parallel.forEach(
                    IntStream.range(0, 10_000).boxed().toList(),
                    i -> {
                      started.incrementAndGet();
                      if (i == 3) {
                        throw new IllegalStateException("item 3 broke");
                      }
                      // Each other item takes a while, as a page does: without it another thread
                      // could run all 10,000 before the failure is noticed (seen on a busy
                      // machine).
                      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("item 3 broke");
    assertThat(started.get()).isLessThan(10_000);
  }

  @Test
  void anEmptyListRunsNothing() {
    assertThat(Parallel.map(List.<String>of(), s -> s)).isEmpty();
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
