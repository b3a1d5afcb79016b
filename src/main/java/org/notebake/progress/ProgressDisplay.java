package org.notebake.progress;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Shows {@link Progress} to a person: on a terminal one line per stage, redrawn in place at most
 * ten times a second; elsewhere (a log, CI) one plain line per stage when it ends, and only for a
 * stage that was long (at least {@value #LONG_ITEMS} items and a second), so short builds print
 * nothing more than before.
 *
 * <pre>
 * terminal:   markdown   6120/10000 [##################............]  61%
 * log:        notebake: markdown 10000/10000 in 3.2 s
 * </pre>
 */
public final class ProgressDisplay implements Progress {
  static final int LONG_ITEMS = 200;
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter out;
  private final boolean terminal;
  private final LongSupplier clock;
  private String stage;
  private long stageStart;
  private long lastDraw;
  private int lastDone = -1;

  ProgressDisplay(PrintWriter out, boolean terminal, LongSupplier clock) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
  }

  /**
   * The display for a command: nothing with {@code --quiet}, a bar when a terminal is attached
   * ({@code System.console() != null}), else plain lines.
   */
  public static Progress of(PrintWriter out, boolean quiet) {
    if (quiet) {
      return Progress.NONE;
    }
    return new ProgressDisplay(out, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void report(String name, int done, int total) {
    long now = clock.getAsLong();
    if (!name.equals(stage)) {
      stage = name;
      stageStart = now;
      lastDraw = now - REDRAW_NANOS;
      lastDone = -1;
    }
    if (done <= lastDone) {
      return; // threads report out of order: the count only grows
    }
    lastDone = done;
    boolean finished = done >= total;
    if (terminal) {
      if (finished || now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        out.print("\r" + bar(name, done, total) + (finished ? "\n" : ""));
        out.flush();
      }
    } else if (finished && total >= LONG_ITEMS && now - stageStart >= 1_000_000_000L) {
      out.println(
          String.format(
              java.util.Locale.ROOT,
              "notebake: %s %d/%d in %.1f s",
              name,
              done,
              total,
              (now - stageStart) / 1e9));
      out.flush();
    }
  }

  /** {@code markdown 612/1000 [##################............] 61%}. */
  static String bar(String stage, int done, int total) {
    int shown = Math.min(done, total);
    int filled = total == 0 ? WIDTH : (int) ((long) shown * WIDTH / total);
    int percent = total == 0 ? 100 : (int) ((long) shown * 100 / total);
    return String.format(
        java.util.Locale.ROOT,
        "%-10s %" + String.valueOf(total).length() + "d/%d [%s%s] %3d%%",
        stage,
        shown,
        total,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        percent);
  }
}
