package org.notebake.progress;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a long stage says how far it is: {@code (stage, done, total)}. Stages call it from any
 * thread; the sink decides what to show (a bar on a terminal, a line in a log, nothing).
 *
 * <pre>{@code
 * Progress.Counter pages = progress.start("templates", plan.pages().size());
 * Parallel.forEach(plan.pages(), page -> { render(page); pages.step(); });
 * // a terminal shows:  templates  1160/1160 [##############################] 100%
 * photos.process(files, (done, total) -> progress.report("photos", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface Progress {
  /** Shows nothing. */
  Progress NONE = (stage, done, total) -> {};

  /**
   * {@code done} of {@code total} items of {@code stage} are finished; {@code done == total} ends
   * the stage. Called from any thread, possibly out of order.
   */
  void report(String stage, int done, int total);

  /** A thread-safe counter for a stage of {@code total} items, reported as it steps. */
  default Counter start(String stage, int total) {
    report(stage, 0, total);
    return new Counter(this, stage, total);
  }

  /** Counts one stage's finished items. */
  final class Counter {
    private final Progress progress;
    private final String stage;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    Counter(Progress progress, String stage, int total) {
      this.progress = progress;
      this.stage = stage;
      this.total = total;
    }

    /** One more item is finished. */
    public void step() {
      progress.report(stage, done.incrementAndGet(), total);
    }
  }
}
