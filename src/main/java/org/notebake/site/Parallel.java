package org.notebake.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per list item on the common pool's threads and the caller's. Each thread takes the
 * next item as soon as it is done with its last, in list order. A parallel stream instead splits
 * the list into fixed slices up front, so a slice holding the slow items (a site's tag pages, its
 * archive and feeds) keeps one thread busy long after the other has run out of work.
 *
 * <pre>{@code
 * List<String> pages = Parallel.map(plannedPages, site::render); // in plannedPages' order
 * }</pre>
 */
final class Parallel {
  private Parallel() {}

  /** Runs {@code work} on every item, with {@link #map}'s threads and failure handling. */
  static <T> void forEach(List<T> items, Consumer<? super T> work) {
    map(
        items,
        item -> {
          work.accept(item);
          return null;
        });
  }

  /**
   * The results of {@code work} on every item, in the items' order (a null result stays null). The
   * first failure is rethrown once every thread has stopped; items not started by then are skipped.
   */
  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
            try {
              results[i] = work.apply(items.get(i));
            } catch (RuntimeException | Error e) {
              next.set(results.length);
              throw e;
            }
          }
        };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), results.length - 1);
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int i = 0; i < helpers; i++) {
      tasks.add(ForkJoinPool.commonPool().submit(worker));
    }
    Throwable failure = null;
    try {
      worker.run();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (ForkJoinTask<?> task : tasks) {
      try {
        task.join();
      } catch (RuntimeException | Error e) {
        if (failure == null) {
          failure = e;
        } else if (failure != e) {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
    return list;
  }
}
