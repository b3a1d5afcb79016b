package org.notebake.site;

/**
 * Whether a vault can fit in the heap, estimated before rendering from the number of notes and the
 * Markdown every page renders (embeds included), so a vault too large for the heap fails in seconds
 * with its size named instead of running for minutes into an out-of-memory error.
 *
 * <pre>{@code
 * HeapEstimate.bytes(100_000, 30_000_000L, 0L, 200_000L);          // about 1,671 MiB
 * HeapEstimate.check(100_000, 30_000_000L, 0L, 200_000L, 400L << 20); // throws HeapTooSmallException
 * }</pre>
 *
 * <p>The figures are what a note costs while a bake holds it (its record, front matter, facts,
 * document model, tag links, related essays, backlinks and the page memo's record of what its page
 * read), and what a character of Markdown costs once rendered to HTML. Fitted to the live heap's
 * peak (after full collections, at the end of the templates stage) of the two vault shapes in
 * bench/run.sh at 10,000 notes (2026-12-05): text, 44 MiB of Markdown, 275 MiB live (estimate 286
 * MiB); heavy, 73 MiB, 303-330 MiB live (estimate 330 MiB). A note costs more than its characters
 * do: a character more of the same note adds little.
 *
 * <p>The largest pages cost more again: the site's feeds carry the newest 20 pages whole, as Atom
 * and as JSON, each built as one string and read back by the privacy scan, so a vault of large
 * notes peaks while they are written. 60 notes of 1.8 MB tables (104 MiB of Markdown; the 20
 * largest 36 MB) failed in a 560 MiB heap and baked in 720 MiB (2026-12-06), where the figures
 * without this term said 214 MiB: with it, 626 MiB, and bin/notebake's margin gives 720. The newest
 * 20 are not known before rendering; the largest 20 are never fewer characters. bin/notebake sizes
 * the heap with the same figures and a margin.
 *
 * <p>Links beyond about 21 a note cost more again: the two vaults the figures were fitted to have 5
 * and 21 a note, so a note's figure holds that many. Each link is several times its Markdown once
 * rendered (a relative address and the title, in the page and again in its memo), a backlink on the
 * page it leads to, and a map in that page's model. 6,000 notes of 60 wikilinks each, three folders
 * deep (test {@code LinkedVault}, 24 MiB of Markdown), ran out of memory in bin/notebake's 384 MiB
 * after rendering, with the figures without this term saying 193 MiB (2026-12-06). Their live
 * heap's peak (after full collections, in the templates stage) was 436 MiB in ASCII text, 1,090
 * bytes an extra link, and up to 499 MiB with an arrow in each note (Java then holds the text and
 * its HTML in two bytes a character), 1,370 bytes; at 1,300 bytes the second bakes in the 557 MiB
 * bin/notebake gives it, its peak 432 MiB after a full collection.
 *
 * <p>A note with one character beyond Latin-1 (a curly quote, an emoji, Greek) is held at two bytes
 * a character. bench/run.sh's greek vault at 10,000 notes ran out of memory in 390 MiB while its
 * bodies were held as ASCII with references (seven bytes a Greek letter); held as written, it bakes
 * in 27.7 s there and in 21.9 s in the 480 MiB bin/notebake gives it, a byte more a byte of such
 * notes (it finds them with grep, 2026-12-06). This check, which only stops a build that cannot
 * fit, leaves that term out and so never stops one that would: the term buys the collector room,
 * and how much heap such a note needs depends on how much of it is beyond Latin-1 (a body mostly in
 * Latin-1 is held with references, at a byte a character). With -Xmn62m as bin/notebake gives it
 * and -Xmx by hand (2026-12-06): the greek vault baked with -Xmx370m (Java's 362.5 MiB) and ran out
 * of memory four minutes in with -Xmx360m (352.5 MiB), where these figures say 289 MiB and 364 MiB
 * with the launcher's term; the text vault with a curly apostrophe in each note baked with -Xmx330m
 * (322.5 MiB), where they say 289 MiB and 334 MiB with it. With the term this check would have
 * stopped both bakes that fit; without it, a Greek vault given a heap by hand a little too small
 * runs out of memory minutes in, and says so then.
 */
final class HeapEstimate {
  /** Heap one note holds during a bake, besides its text. */
  static final long BYTES_PER_NOTE = 16 << 10;

  /**
   * Heap 1,024 characters of rendered Markdown hold (1.5 bytes a character): the HTML, its text.
   */
  static final long BYTES_PER_KILOCHAR = 1536;

  /**
   * Heap a character of the largest pages holds besides, while the feeds carry them (12 bytes): see
   * above, and {@link org.notebake.render.EmbedFanOut#LARGEST_PAGES}.
   */
  static final long BYTES_PER_LARGEST_CHAR = 12;

  /** Links a note holds within {@link #BYTES_PER_NOTE}. */
  static final long LINKS_PER_NOTE = 21;

  /** Heap a link beyond {@link #LINKS_PER_NOTE} a note holds. */
  static final long BYTES_PER_LINK = 1300;

  /**
   * Heap a byte of a note beyond Latin-1 holds besides (see above): bin/notebake's figure, which
   * {@link #check} leaves out.
   */
  static final long BYTES_PER_WIDE_BYTE = 1;

  /** What the JVM, JBake, FreeMarker and the theme need before any note. */
  static final long BASE_BYTES = 64L << 20;

  private HeapEstimate() {}

  /**
   * @param renderedChars the Markdown every page renders, embeds included
   * @param renderedLinks the links and embeds in it
   * @param largestChars that of the 20 largest pages
   */
  static long bytes(long notes, long renderedChars, long renderedLinks, long largestChars) {
    return BASE_BYTES
        + notes * BYTES_PER_NOTE
        + renderedChars * BYTES_PER_KILOCHAR / 1024
        + Math.max(0, renderedLinks - notes * LINKS_PER_NOTE) * BYTES_PER_LINK
        + largestChars * BYTES_PER_LARGEST_CHAR;
  }

  /** Throws when the estimate is over {@code maxHeap}: the build would run out of memory. */
  static void check(
      long notes, long renderedChars, long renderedLinks, long largestChars, long maxHeap) {
    long needed = bytes(notes, renderedChars, renderedLinks, largestChars);
    if (needed > maxHeap) {
      throw new HeapTooSmallException(notes, renderedChars, renderedLinks, needed, maxHeap);
    }
  }
}
