package org.notebake.incremental;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notebake.text.Murmur128;

/**
 * A 128-bit hash ({@link Murmur128}) of values in a form that is the same in every run: records by
 * their components, sets and maps in sorted order (Java's immutable sets iterate in a different
 * order in each JVM) unless their order is their own (linked and sorted ones), other values by
 * {@code toString()}. Two values with the same fingerprint render the same, so a fingerprint can
 * key a memo. Each part goes in tagged with its kind and each text with its length, so the stream
 * is unambiguous; no text of the whole value is built (a note's fingerprint covers its Markdown,
 * and a rebuild takes one of every note).
 *
 * <pre>{@code
 * String salt = new Fingerprint().add("bodies v1").add(config).hex();
 * }</pre>
 */
public final class Fingerprint {
  private static final long NULL = 1;
  private static final long TEXT = 2;
  private static final long RECORD = 3;
  private static final long MAP = 4;
  private static final long ORDERED_MAP = 5;
  private static final long SET = 6;
  private static final long ORDERED_SET = 7;
  private static final long LIST = 8;
  private static final long OTHER = 9;
  private static final long BYTES = 10;
  private static final long LONG_TEXT = 11;

  private final Murmur128 hash = new Murmur128();

  /** Adds a value. */
  public Fingerprint add(Object value) {
    write(value, hash);
    return this;
  }

  /** Adds a record's components but those named in {@code skipped}. */
  public Fingerprint addExcept(Record record, String... skipped) {
    List<String> skip = List.of(skipped);
    for (RecordComponent component : COMPONENTS.get(record.getClass())) {
      if (!skip.contains(component.getName())) {
        add(component.getName());
        add(read(component, record));
      }
    }
    return this;
  }

  /** Each record class's components, their accessors made accessible once. */
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          for (RecordComponent component : components) {
            component.getAccessor().setAccessible(true);
          }
          return components;
        }
      };

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + component + " of a record", e);
    }
  }

  /** Adds raw bytes, with their length. */
  public Fingerprint addBytes(byte[] bytes) {
    hash.word(BYTES).bytes(bytes);
    return this;
  }

  /** The hash, as 32 hex digits; the fingerprint cannot be used afterwards. */
  public String hex() {
    return hash.hex();
  }

  private static void write(Object value, Murmur128 out) {
    if (value == null) {
      out.word(NULL);
    } else if (value instanceof String text) {
      // A long text (a note's Markdown) as its own hash, remembered by the string: serve's note
      // cache gives every rebuild the same text objects (hashing them was 7% of a warm rebuild).
      if (text.length() < Murmur128.LONG_TEXT_CHARS) {
        out.word(TEXT).text(text);
      } else {
        out.word(LONG_TEXT).longText(text);
      }
    } else if (value instanceof Record record) {
      out.word(RECORD).text(record.getClass().getName());
      for (RecordComponent component : COMPONENTS.get(record.getClass())) {
        out.text(component.getName());
        write(read(component, record), out);
      }
    } else if (value instanceof Map<?, ?> map) {
      boolean ordered =
          map instanceof java.util.SortedMap<?, ?> || map instanceof java.util.LinkedHashMap<?, ?>;
      Murmur128.Parts entries = new Murmur128.Parts(map.size());
      map.forEach(
          (k, v) -> {
            Murmur128 one = new Murmur128();
            write(k, one);
            write(v, one);
            entries.add(one);
          });
      entries.writeTo(out.word(ordered ? ORDERED_MAP : MAP), !ordered);
    } else if (value instanceof Set<?> set) {
      boolean ordered =
          set instanceof java.util.LinkedHashSet<?> || set instanceof java.util.SortedSet<?>;
      Murmur128.Parts items = new Murmur128.Parts(set.size());
      for (Object item : set) {
        Murmur128 one = new Murmur128();
        write(item, one);
        items.add(one);
      }
      items.writeTo(out.word(ordered ? ORDERED_SET : SET), !ordered);
    } else if (value instanceof Collection<?> list) {
      out.word(LIST).word(list.size());
      for (Object item : list) {
        write(item, out);
      }
    } else {
      out.word(OTHER).text(value.getClass().getSimpleName()).text(value.toString());
    }
  }
}
