package org.notebake.site;

/**
 * Whether a vault can fit in the heap, estimated before rendering from the number of notes and the
 * Markdown every page renders (embeds included), so a vault too large for the heap fails in seconds
 * with its size named instead of running for minutes into an out-of-memory error.
 *
 * <pre>{@code
 * HeapEstimate.bytes(100_000, 30_000_000L);          // about 812 MiB
 * HeapEstimate.check(100_000, 30_000_000L, 400L << 20); // throws HeapTooSmallException
 * }</pre>
 *
 * <p>The figures are what a note costs while a bake holds it (its record, front matter, facts,
 * document model and page), and what a character of Markdown costs once rendered to HTML, cleaned
 * and templated. Measured: 60,000 one-line notes peak at about 406 MiB live with the serial
 * collector (estimate: 416 MiB). bin/notebake sizes the heap with the same figures and a margin.
 */
final class HeapEstimate {
  /** Heap one note holds during a bake, besides its text. */
  static final long BYTES_PER_NOTE = 6 << 10;

  /** Heap one character of rendered Markdown holds: the HTML, its text, the page. */
  static final long BYTES_PER_CHAR = 6;

  /** What the JVM, JBake, FreeMarker and the theme need before any note. */
  static final long BASE_BYTES = 64L << 20;

  private HeapEstimate() {}

  static long bytes(long notes, long renderedChars) {
    return BASE_BYTES + notes * BYTES_PER_NOTE + renderedChars * BYTES_PER_CHAR;
  }

  /** Throws when the estimate is over {@code maxHeap}: the build would run out of memory. */
  static void check(long notes, long renderedChars, long maxHeap) {
    long needed = bytes(notes, renderedChars);
    if (needed > maxHeap) {
      throw new HeapTooSmallException(notes, renderedChars, needed, maxHeap);
    }
  }
}
