package org.notebake.site;

/** The vault needs more heap than Java has; nothing was rendered or written. */
public final class HeapTooSmallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HeapTooSmallException(long notes, long chars, long links, long needed, long maxHeap) {
    super(
        "notebake: error: out of memory ahead: "
            + notes
            + " published notes rendering "
            + (chars >> 20)
            + " MiB of Markdown (embeds included) with "
            + links
            + " links need about "
            + (needed >> 20)
            + " MiB of heap, more than Java's "
            + (maxHeap >> 20)
            + " MiB, so nothing was rendered and the previous site is untouched; give Java"
            + " more memory, e.g. NOTEBAKE_JAVA_OPTS=-Xmx"
            + suggestedGiB(needed)
            + "g bin/notebake ..., or java -Xmx"
            + suggestedGiB(needed)
            + "g -jar notebake.jar ...");
  }

  private static long suggestedGiB(long needed) {
    return Math.max(1, (needed * 3 / 2 + (1L << 30) - 1) >> 30);
  }
}
