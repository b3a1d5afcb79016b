package org.notebake.incremental;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The hash each value had in the last build that recorded it, grouped so that a whole group known
 * unchanged is passed over at once: a document's own fields are one group (serve takes most
 * documents over unchanged), everything else is in one more.
 *
 * <pre>{@code
 * LastValues last = new LastValues(JBakeSite::ownFieldDocument);
 * last.record(entry.dependencies());                 // values a build saw
 * Set<String> changed = last.compare(site::currentValue, null, site::takenOver);
 * }</pre>
 */
final class LastValues {
  /** Never a hash: a value so marked counts as changed. */
  static final String DIFFERS = "\u0000differs";

  private static final String UNGROUPED = "";

  private final Function<String, String> groupOf;
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> groups =
      new ConcurrentHashMap<>();

  /**
   * @param groupOf a value's group, or null for the ungrouped ones
   */
  LastValues(Function<String, String> groupOf) {
    this.groupOf = groupOf;
  }

  /**
   * Records values a build saw (each is that build's). They are filed at the next {@link #compare}:
   * a bake, which makes every page and compares only once, before any, never files them. {@code
   * values} must not change afterwards (a memo entry's are immutable).
   */
  void record(Map<String, String> values) {
    pending.add(values);
  }

  /** Values recorded since the last {@link #compare}, in the order they came. */
  private final java.util.Queue<Map<String, String>> pending =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private void file() {
    for (Map<String, String> values = pending.poll(); values != null; values = pending.poll()) {
      values.forEach((name, hash) -> group(name).put(name, hash));
    }
  }

  /**
   * As {@link #recordLoaded(Iterable)}, with the entries' values already merged: {@code hashes[i]}
   * (perhaps {@link #DIFFERS}) is the value of {@code names[i]}, each name once. Filed on all
   * cores: a 10,000-page memo holds 270,000 names.
   */
  void recordLoaded(String[] names, String[] hashes) {
    java.util.stream.IntStream.range(0, names.length)
        .parallel()
        .forEach(i -> group(names[i]).put(names[i], hashes[i]));
  }

  private ConcurrentHashMap<String, String> group(String name) {
    String group = groupOf.apply(name);
    return groups.computeIfAbsent(
        group == null ? UNGROUPED : group, g -> new ConcurrentHashMap<>());
  }

  /**
   * The values whose hash now differs from the one recorded, which takes the new hash. A group
   * {@code groupUnchanged} vouches for and an ungrouped value {@code unchangedKnown} vouches for
   * are not looked up (either may be null).
   */
  Set<String> compare(
      Function<String, String> currentHash,
      Predicate<String> unchangedKnown,
      Predicate<String> groupUnchanged) {
    file();
    Set<String> differ = ConcurrentHashMap.newKeySet();
    groups.forEach(
        64,
        (group, values) -> {
          boolean ungrouped = group.equals(UNGROUPED);
          if (!ungrouped && groupUnchanged != null && groupUnchanged.test(group)) {
            return;
          }
          values.forEach(
              (name, last) -> {
                if (ungrouped && unchangedKnown != null && unchangedKnown.test(name)) {
                  return;
                }
                String now = currentHash.apply(name);
                if (!last.equals(now)) {
                  differ.add(name);
                  values.put(name, now);
                }
              });
        });
    return differ;
  }

  void clear() {
    pending.clear();
    groups.clear();
  }
}
