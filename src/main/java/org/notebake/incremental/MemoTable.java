package org.notebake.incremental;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the body memo and the page memo keep alike: entries by key, each valid while the values it
 * depends on keep the hashes it recorded; the salt they were made under; which keys this build
 * used; hits and misses.
 *
 * <pre>{@code
 * MemoTable<Entry> table = new MemoTable<>(salt, Entry::dependencies);
 * Entry hit = table.find(key, currentHash);   // null: a miss
 * table.put(key, made);
 * table.retainUsed();                         // after the build: drop what it did not use
 * }</pre>
 */
final class MemoTable<E> {
  private volatile String salt;
  private final Function<E, Map<String, String>> dependencies;
  private final Map<String, E> entries = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  /** Builds begun ({@link #begin}); entries remember the last one that checked them. */
  private volatile int generation;

  private final Map<String, Integer> checkedIn = new ConcurrentHashMap<>();

  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  MemoTable(String salt, Function<E, Map<String, String>> dependencies) {
    this.salt = salt;
    this.dependencies = dependencies;
  }

  /** Makes the table one of {@code salt}: made under another, every entry is dropped. */
  synchronized void adopt(String salt) {
    if (!salt.equals(this.salt)) {
      entries.clear();
      used.clear();
      checkedIn.clear();
      this.salt = salt;
    }
  }

  String salt() {
    return salt;
  }

  /** Starts a build: what {@link #find} confirms or {@link #put} gets is checked in it. */
  synchronized void begin() {
    generation++;
  }

  /** The entry for {@code key} if every value it depends on still has the hash it had. */
  E find(String key, Function<String, String> currentHash) {
    return find(key, currentHash, null);
  }

  /**
   * As {@link #find(String, Function)}; an entry found valid in the build begun just before this
   * one is not compared on the values {@code unchangedSinceLastBuild} vouches for (null: none).
   */
  E find(
      String key,
      Function<String, String> currentHash,
      java.util.function.Predicate<String> unchangedSinceLastBuild) {
    E entry = entries.get(key);
    int now = generation;
    java.util.function.Predicate<String> unchanged =
        unchangedSinceLastBuild != null && Integer.valueOf(now - 1).equals(checkedIn.get(key))
            ? unchangedSinceLastBuild
            : null;
    if (entry != null) {
      for (Map.Entry<String, String> dependency : dependencies.apply(entry).entrySet()) {
        if (unchanged != null && unchanged.test(dependency.getKey())) {
          continue;
        }
        if (!dependency.getValue().equals(currentHash.apply(dependency.getKey()))) {
          entry = null;
          break;
        }
      }
    }
    if (entry == null) {
      misses.incrementAndGet();
      return null;
    }
    hits.incrementAndGet();
    used.add(key);
    checkedIn.put(key, now);
    return entry;
  }

  /** A hit that could not be used after all counts as a miss. */
  void unhit() {
    hits.decrementAndGet();
    misses.incrementAndGet();
  }

  void put(String key, E entry) {
    entries.put(key, entry);
    used.add(key);
    checkedIn.put(key, generation);
  }

  /** Drops entries no build since the last call used, so the memo stays the size of the site. */
  void retainUsed() {
    entries.keySet().retainAll(new HashSet<>(used));
    checkedIn.keySet().retainAll(entries.keySet());
    used.clear();
  }

  int hits() {
    return hits.get();
  }

  int misses() {
    return misses.get();
  }

  void resetCounts() {
    hits.set(0);
    misses.set(0);
  }

  int size() {
    return entries.size();
  }

  /** The entries themselves, for reading and writing the memo's file. */
  Map<String, E> entries() {
    return entries;
  }
}
