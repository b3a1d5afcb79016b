package org.notebake.text;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One copy of each equal string seen often, for what a build holds many of: the questions bodies
 * ask the index and their answers. A fixed table of slots, each the last string whose hash led
 * there: a string asked again while its slot still holds it gets that copy. Its memory is the
 * table's whatever comes (a map of every string seen cost a vault of 400,000 links that were all
 * different 85 MiB more and 18% more time, where there was nothing to share); a string that comes
 * often keeps its slot. Safe to share between threads: threads asking the same text at once get one
 * copy (a slot changes only from what was read in it).
 *
 * <pre>{@code
 * OneCopy texts = new OneCopy(1 << 17);
 * texts.of(new String("none")) == texts.of("none")   // true
 * }</pre>
 */
public final class OneCopy {
  private final AtomicReferenceArray<String> slots;

  /** A table of {@code slots} slots, a power of two. */
  public OneCopy(int slots) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots: a power of two, not " + slots);
    }
    this.slots = new AtomicReferenceArray<>(slots);
  }

  /** The copy of {@code text} this holds, or {@code text} itself, which it holds from now on. */
  public String of(String text) {
    int hash = text.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (slots.length() - 1);
    while (true) {
      String known = slots.get(slot);
      if (known != null && known.hashCode() == hash && known.equals(text)) {
        return known;
      }
      // Only from what was read: a thread that put an equal text there meanwhile wins, and this
      // one takes its copy on the next look (a plain set gave two threads two copies).
      if (slots.compareAndSet(slot, known, text)) {
        return text;
      }
    }
  }

  /** Lets every string go (those handed out stay as they are). */
  public void clear() {
    for (int i = 0; i < slots.length(); i++) {
      slots.set(i, null);
    }
  }
}
