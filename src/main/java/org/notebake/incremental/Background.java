package org.notebake.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A memo read from its file on a thread of its own, while the build scans and selects the vault
 * (which needs no memo): the reads took half a second of a second bake at 10,000 notes before
 * anything else began. The memos are saved on one too, while the previous site is deleted.
 *
 * <pre>{@code
 * Future<PageMemo> reading = Background.start("reads its page memo", () -> PageMemo.load(...));
 * PageMemo memo = Background.join(reading); // what the reading gave, or the error it threw
 * }</pre>
 */
public final class Background {
  private Background() {}

  /**
   * Starts {@code work} on a daemon thread named "notebake " + {@code what}: a build that ends
   * before it needs the result waits for nothing.
   */
  public static <T> Future<T> start(String what, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "notebake " + what);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The result, once there; an error the work threw (out of memory) is thrown here as it was. */
  public static <T> T join(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the build's memo", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Waits for {@code task} (null: none) to end, whatever it gave: for a build that stops for
   * another reason, so that no thread of it outlives it.
   */
  public static void finish(Future<?> task) {
    if (task == null) {
      return;
    }
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the caller joins it for the error, or already failed for its own
    }
  }

  /**
   * A memo's table, perhaps still being read on a thread of its own: {@link #get} waits for the
   * reading to end; salts adopted before that apply in turn once it has.
   */
  static final class Slot<E> {
    private volatile MemoTable<E> table;
    private volatile Future<MemoTable<E>> reading;
    private final List<String> adoptedMeanwhile = new ArrayList<>();

    Slot(MemoTable<E> table) {
      this.table = table;
    }

    /** The table becomes what {@code read} gives, read on a thread of its own. */
    void read(String what, Callable<MemoTable<E>> read) {
      reading = start(what, read);
    }

    /** The table, once read: the first call waits for the reading thread. */
    MemoTable<E> get() {
      if (reading != null) {
        synchronized (adoptedMeanwhile) {
          if (reading != null) {
            MemoTable<E> read = join(reading);
            adoptedMeanwhile.forEach(read::adopt);
            adoptedMeanwhile.clear();
            table = read;
            reading = null;
          }
        }
      }
      return table;
    }

    /** {@link MemoTable#adopt}, now or (while the table is being read) once it is. */
    void adopt(String salt) {
      synchronized (adoptedMeanwhile) {
        if (reading != null) {
          adoptedMeanwhile.add(salt); // the reading thread must not be waited for yet
          return;
        }
      }
      table.adopt(salt);
    }
  }
}
