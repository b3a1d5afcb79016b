package org.notebake.incremental;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A memo entry's dependencies, immutable, as two arrays: names and the hashes their values had.
 * Entries are only ever walked (checked, saved, filed as the last build's values), never looked up
 * by name, and a 10,000-page memo holds 960,000 of them: as arrays they take half the memory of an
 * immutable map and are read from the memo's file without hashing a name.
 *
 * <pre>{@code
 * Map<String, String> d = Dependencies.of(Map.of("structure", "9f2c", "path\0tags/a.html", "1"));
 * d.forEach((name, hash) -> ...);
 * }</pre>
 */
final class Dependencies extends AbstractMap<String, String> {
  private final String[] names;
  private final String[] hashes;

  private Dependencies(String[] names, String[] hashes) {
    this.names = names;
    this.hashes = hashes;
  }

  /** {@code map} itself if it already is one, else a copy; no null names or hashes. */
  static Dependencies of(Map<String, String> map) {
    if (map instanceof Dependencies dependencies) {
      return dependencies;
    }
    String[] names = new String[map.size()];
    String[] hashes = new String[map.size()];
    int i = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      names[i] = Objects.requireNonNull(e.getKey(), "name");
      hashes[i] = Objects.requireNonNull(e.getValue(), "hash");
      i++;
    }
    return new Dependencies(names, hashes);
  }

  /** Takes the arrays over (the caller keeps no reference to them); names must be distinct. */
  static Dependencies adopt(String[] names, String[] hashes) {
    if (names.length != hashes.length) {
      throw new IllegalArgumentException("as many hashes as names");
    }
    return new Dependencies(names, hashes);
  }

  /** Whether a name of these is in {@code changed}: one set look-up a name. */
  boolean anyIn(Set<String> changed) {
    for (String name : names) {
      if (changed.contains(name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : hashes[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < names.length; i++) {
      action.accept(names[i], hashes[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.length;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(names[i], hashes[i]);
          }
        };
      }
    };
  }
}
