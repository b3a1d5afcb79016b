package org.notebake.site;

/**
 * Whether a vault can fit in the heap, estimated before rendering from the number of notes and the
 * Markdown every page renders (embeds included), so a vault too large for the heap fails in seconds
 * with its size named instead of running for minutes into an out-of-memory error.
 *
 * <pre>{@code
 * HeapEstimate.bytes(100_000, 30_000_000L);          // about 1,669 MiB
 * HeapEstimate.check(100_000, 30_000_000L, 400L << 20); // throws HeapTooSmallException
 * }</pre>
 *
 * <p>The figures are what a note costs while a bake holds it (its record, front matter, facts,
 * document model, tag links, related essays, backlinks and the page memo's record of what its page
 * read), and what a character of Markdown costs once rendered to HTML. Fitted to the live heap's
 * peak (after full collections, at the end of the templates stage) of the two vault shapes in
 * bench/run.sh at 10,000 notes (2026-12-05): text, 44 MiB of Markdown, 275 MiB live (estimate 286
 * MiB); heavy, 73 MiB, 303-330 MiB live (estimate 330 MiB). A note costs more than its characters
 * do: a character more of the same note adds little. bin/notebake sizes the heap with the same
 * figures and a margin.
 */
final class HeapEstimate {
  /** Heap one note holds during a bake, besides its text. */
  static final long BYTES_PER_NOTE = 16 << 10;

  /**
   * Heap 1,024 characters of rendered Markdown hold (1.5 bytes a character): the HTML, its text.
   */
  static final long BYTES_PER_KILOCHAR = 1536;

  /** What the JVM, JBake, FreeMarker and the theme need before any note. */
  static final long BASE_BYTES = 64L << 20;

  private HeapEstimate() {}

  static long bytes(long notes, long renderedChars) {
    return BASE_BYTES + notes * BYTES_PER_NOTE + renderedChars * BYTES_PER_KILOCHAR / 1024;
  }

  /** Throws when the estimate is over {@code maxHeap}: the build would run out of memory. */
  static void check(long notes, long renderedChars, long maxHeap) {
    long needed = bytes(notes, renderedChars);
    if (needed > maxHeap) {
      throw new HeapTooSmallException(notes, renderedChars, needed, maxHeap);
    }
  }
}
