package org.notebake.incremental;

import java.util.HashSet;
import java.util.List;
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

  /**
   * The hash each value had in the last build that recorded it: every value of every entry checked
   * in the last build is there with the hash that build saw (entries confirmed or made write
   * theirs; {@link #compare} updates the ones that changed).
   */
  private final LastValues lastValues;

  /** The values {@link #compare} found changed, for the build {@code comparedIn}. */
  private volatile Set<String> changed = Set.of();

  private volatile int comparedIn = -1;

  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  MemoTable(String salt, Function<E, Map<String, String>> dependencies) {
    this(salt, dependencies, null);
  }

  /**
   * @param groupOf for a table whose builds {@link #compare} the last build's values first (the
   *     page memo), the group of each value (null: ungrouped); null for other tables, which keep no
   *     values
   */
  MemoTable(
      String salt,
      Function<E, Map<String, String>> dependencies,
      Function<String, String> groupOf) {
    this.salt = salt;
    this.dependencies = dependencies;
    this.lastValues = groupOf == null ? null : new LastValues(groupOf);
  }

  /** Makes the table one of {@code salt}: made under another, every entry is dropped. */
  synchronized void adopt(String salt) {
    if (!salt.equals(this.salt)) {
      entries.clear();
      onDisk = null;
      used.clear();
      checkedIn.clear();
      if (lastValues != null) {
        lastValues.clear();
      }
      comparedIn = -1;
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
    E entry = entries.get(key);
    int now = generation;
    if (entry != null) {
      Map<String, String> recorded = dependencies.apply(entry);
      Set<String> changed = comparedIn == now ? this.changed : null;
      if (changed != null && Integer.valueOf(now - 1).equals(checkedIn.get(key))) {
        // Checked in the last build, so each value it recorded is that build's (lastValues):
        // it is stale exactly when one of them is among those that changed since.
        if (dependsOnAny(recorded, changed)) {
          entry = null;
        }
      } else {
        for (Map.Entry<String, String> dependency : recorded.entrySet()) {
          if (!dependency.getValue().equals(currentHash.apply(dependency.getKey()))) {
            entry = null;
            break;
          }
        }
        if (entry != null && lastValues != null) {
          lastValues.record(recorded); // each is this build's value now
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

  private static boolean dependsOnAny(Map<String, String> recorded, Set<String> changed) {
    if (recorded instanceof Dependencies dependencies) {
      return dependencies.anyIn(changed); // looked up by name, it would be a walk
    }
    if (changed.size() <= recorded.size()) {
      for (String name : changed) {
        if (recorded.containsKey(name)) {
          return true;
        }
      }
      return false;
    }
    for (String name : recorded.keySet()) {
      if (changed.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts the checks of this build (after {@link #begin}): every value an entry of the last build
   * recorded is looked up once, and {@link #find} then checks an entry the last build confirmed or
   * made only against the values that changed, instead of looking up each of its own (at 10,000
   * pages, 270,000 distinct values instead of 960,000 look-ups). {@code unchangedKnown} names
   * ungrouped values known equal without a look-up, {@code groupUnchanged} whole groups (either
   * null: none).
   *
   * @return how many values changed
   */
  synchronized int compare(
      Function<String, String> currentHash,
      java.util.function.Predicate<String> unchangedKnown,
      java.util.function.Predicate<String> groupUnchanged) {
    if (lastValues == null) {
      throw new IllegalStateException("a table made without compared values");
    }
    Set<String> differ = lastValues.compare(currentHash, unchangedKnown, groupUnchanged);
    changed = differ;
    comparedIn = generation;
    return differ.size();
  }

  /** A hit that could not be used after all counts as a miss. */
  void unhit() {
    hits.decrementAndGet();
    misses.incrementAndGet();
  }

  void put(String key, E entry) {
    if (lastValues != null) {
      lastValues.record(
          dependencies.apply(entry)); // made in this build: its values are this build's
    }
    entries.put(key, entry);
    used.add(key);
    checkedIn.put(key, generation);
  }

  /** Counts these entries (those still here) as used since the last {@link #retainUsed}. */
  void keepUsing(java.util.Collection<String> keys) {
    for (String key : keys) {
      if (entries.containsKey(key)) {
        used.add(key);
      }
    }
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

  /**
   * Takes {@code loaded} over as the entries the last build checked (a memo read from its file:
   * everything in it was confirmed or made by the build that saved it), with the values of their
   * dependencies merged by the reader: {@code hashes[i]} is the value every entry gave {@code
   * names[i]}, or {@link LastValues#DIFFERS} if two disagree, which counts as changed.
   */
  void loaded(Map<String, E> loaded, String[] names, String[] hashes) {
    takeOver(loaded);
    if (lastValues != null) {
      lastValues.recordLoaded(names, hashes);
    }
  }

  private void takeOver(Map<String, E> loaded) {
    entries.putAll(loaded);
    int last = generation; // the next build's begin makes it the one before
    for (String key : loaded.keySet()) {
      checkedIn.put(key, last);
    }
  }

  /**
   * What the memo's whole file holds, each key to its entry by identity ({@link #OTHER} for an
   * entry the file holds but the memo read from its changes file instead), and that file's id; null
   * when this memo has no whole file of its salt.
   */
  private Map<String, Object> onDisk;

  private long onDiskId;

  /**
   * Stands in {@link #onDisk} for an entry of the whole file that its changes replaced or removed.
   */
  static final Object OTHER = new Object();

  /**
   * The entries that differ from the memo's whole file (new or replaced since it was written) and
   * the keys it holds that are gone: what a changes file beside it must say.
   */
  record Changes<E>(long baseId, Map<String, E> changed, List<String> removed) {}

  /**
   * What differs from the whole file, or null if there is none of this salt or the changes are too
   * many to be worth a file of their own (more than one entry in {@value #CHANGES_SHARE}, or more
   * than {@value #MOST_CHANGES}): then the whole memo is written again.
   */
  synchronized Changes<E> changesOrNull() {
    Map<String, Object> disk = onDisk;
    if (disk == null) {
      return null;
    }
    Map<String, E> changed = new java.util.TreeMap<>();
    List<String> removed = new java.util.ArrayList<>();
    int limit = Math.min(MOST_CHANGES, Math.max(16, entries.size() / CHANGES_SHARE));
    for (Map.Entry<String, E> entry : entries.entrySet()) {
      if (disk.get(entry.getKey()) != entry.getValue()) {
        changed.put(entry.getKey(), entry.getValue());
        if (changed.size() > limit) {
          return null;
        }
      }
    }
    for (String key : disk.keySet()) {
      if (!entries.containsKey(key)) {
        removed.add(key);
        if (changed.size() + removed.size() > limit) {
          return null;
        }
      }
    }
    removed.sort(null);
    return new Changes<>(onDiskId, changed, removed);
  }

  static final int CHANGES_SHARE = 8;
  static final int MOST_CHANGES = 2_000;

  /** An id for a memo's whole file: its changes file names it. */
  static long newFileId() {
    return java.util.concurrent.ThreadLocalRandom.current().nextLong();
  }

  /** Writes one file of a memo. */
  @FunctionalInterface
  interface FileWriter<E> {
    /**
     * @param name the file's name in the cache folder
     * @param whole true for the whole file, false for its changes file
     * @param id the whole file's id (its own, or the one the changes are for)
     */
    void write(String name, boolean whole, long id, Map<String, E> entries, List<String> removed)
        throws java.io.IOException;
  }

  /**
   * Saves the memo into {@code folder} (which must be the cache's): only the changes since the
   * whole file, to its changes file, when they are few and the whole file is there; else the whole
   * memo again under a new id, and the changes file, which no longer applies, deleted.
   */
  void save(java.nio.file.Path folder, String whole, String changes, FileWriter<E> writer)
      throws java.io.IOException {
    Changes<E> since =
        java.nio.file.Files.isRegularFile(
                folder.resolve(whole), java.nio.file.LinkOption.NOFOLLOW_LINKS)
            ? changesOrNull()
            : null;
    if (since != null) {
      writer.write(changes, false, since.baseId(), since.changed(), since.removed());
      return;
    }
    long id = newFileId();
    writer.write(whole, true, id, entries, List.of());
    // Read over the new whole file, these changes would be ignored (another id); gone is tidier.
    java.nio.file.Files.deleteIfExists(folder.resolve(changes));
    wroteWhole(id);
  }

  /** The memo's whole file now holds exactly the entries, under {@code id}. */
  synchronized void wroteWhole(long id) {
    onDisk = new java.util.HashMap<>(entries);
    onDiskId = id;
  }

  /**
   * The memo was read from its whole file of {@code id}, which holds {@code whole} (each key to the
   * entry read, or {@link #OTHER} where its changes file replaced or removed it).
   */
  synchronized void readWhole(long id, Map<String, Object> whole) {
    onDisk = whole;
    onDiskId = id;
  }

  /** The entries themselves, for reading and writing the memo's file. */
  Map<String, E> entries() {
    return entries;
  }
}
