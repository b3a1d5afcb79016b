package org.notebake.incremental;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SHA-256 of values in a form that is the same in every run: records by their components, sets
 * and maps in sorted order (Java's immutable sets iterate in a different order in each JVM), other
 * values by {@code toString()}. Two values with the same fingerprint render the same, so a
 * fingerprint can key a memo.
 *
 * <pre>{@code
 * String salt = new Fingerprint().add("bodies v1").add(config).hex();
 * }</pre>
 */
public final class Fingerprint {
  private final MessageDigest digest;

  public Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Adds a value, with its length, so that ("ab","c") and ("a","bc") differ. */
  public Fingerprint add(Object value) {
    byte[] bytes = canonical(value).getBytes(StandardCharsets.UTF_8);
    digest.update(
        new byte[] {
          (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
          (byte) (bytes.length >>> 8), (byte) bytes.length
        });
    digest.update(bytes);
    return this;
  }

  /** Adds a record's components but those named in {@code skipped}. */
  public Fingerprint addExcept(Record record, String... skipped) {
    List<String> skip = List.of(skipped);
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (!skip.contains(component.getName())) {
        add(component.getName());
        add(read(component, record));
      }
    }
    return this;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + component + " of a record", e);
    }
  }

  /** Adds raw bytes, with their length. */
  public Fingerprint addBytes(byte[] bytes) {
    add(bytes.length);
    digest.update(bytes);
    return this;
  }

  /** The hash, as 64 hex digits; the fingerprint cannot be used afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A text that is equal for equal values in any JVM run. */
  static String canonical(Object value) {
    StringBuilder out = new StringBuilder();
    canonical(value, out);
    return out.toString();
  }

  private static void canonical(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Record record) {
      out.append(record.getClass().getName()).append('(');
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        out.append(component.getName()).append('=');
        canonical(read(component, record), out);
        out.append(';');
      }
      out.append(')');
    } else if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, v) -> entries.add(canonical(k) + "=>" + canonical(v)));
      if (!(map instanceof java.util.SortedMap<?, ?>)
          && !(map instanceof java.util.LinkedHashMap<?, ?>)) {
        entries.sort(null);
      }
      out.append("map").append(entries);
    } else if (value instanceof Set<?> set) {
      List<String> items = new ArrayList<>();
      set.forEach(item -> items.add(canonical(item)));
      if (!(set instanceof java.util.LinkedHashSet<?>)
          && !(set instanceof java.util.SortedSet<?>)) {
        items.sort(null);
      }
      out.append("set").append(items);
    } else if (value instanceof Collection<?> list) {
      out.append("list[");
      list.forEach(
          item -> {
            canonical(item, out);
            out.append(',');
          });
      out.append(']');
    } else {
      String text = value.toString();
      out.append(value.getClass().getSimpleName()).append(':').append(text.length()).append(':');
      out.append(text);
    }
  }
}
