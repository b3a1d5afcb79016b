package org.notebake.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint tells values apart exactly as their canonical text does (the text it used to be the
 * SHA-256 of, kept here as the reference), on random records, maps, sets and lists compared with
 * copies (other instances, unordered ones in another order) and with mutated copies.
 */
class FingerprintTest {
  private record Pair(Object left, Object right) {}

  private final Random random = new Random(16);

  /**
   * Equal fingerprints, equal texts; and a copy (other instances, an unordered map or set in
   * another order) has the same fingerprint. A linked or sorted map and a hash map of the same
   * entries may differ where their texts agreed by chance of order: that costs reuse, never
   * correctness.
   */
  @Test
  void fingerprintsAgreeWithTheCanonicalText() {
    int equal = 0;
    int different = 0;
    for (int round = 0; round < 20_000; round++) {
      Object a = value(round % 4);
      int how = random.nextInt(3);
      Object b =
          switch (how) {
            case 0 -> value(round % 4);
            case 1 -> copy(a);
            default -> mutated(a);
          };
      boolean sameText = canonical(a).equals(canonical(b));
      boolean sameHash = new Fingerprint().add(a).hex().equals(new Fingerprint().add(b).hex());
      if (sameHash) {
        assertThat(sameText).as("%s vs %s", canonical(a), canonical(b)).isTrue();
        equal++;
      } else {
        assertThat(how).as("a copy of %s", canonical(a)).isNotEqualTo(1);
        different++;
      }
    }
    assertThat(equal).isGreaterThan(4_000);
    assertThat(different).isGreaterThan(4_000);
  }

  @Test
  void partsAreDelimited() {
    assertThat(new Fingerprint().add("ab").add("c").hex())
        .isNotEqualTo(new Fingerprint().add("a").add("bc").hex());
    assertThat(new Fingerprint().addBytes(new byte[] {1, 0}).hex())
        .isNotEqualTo(new Fingerprint().addBytes(new byte[] {1}).hex());
    assertThat(new Fingerprint().add(List.of("a", "b")).hex())
        .isNotEqualTo(new Fingerprint().add(List.of("a")).add("b").hex());
  }

  @Test
  void aLinkedMapKeepsItsOrder() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", 2);
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", 2);
    ba.put("a", 1);
    assertThat(new Fingerprint().add(ab).hex()).isNotEqualTo(new Fingerprint().add(ba).hex());
    assertThat(new Fingerprint().add(new HashMap<>(ab)).hex())
        .isEqualTo(new Fingerprint().add(Map.copyOf(ba)).hex());
  }

  private Object value(int depth) {
    int kind = random.nextInt(depth <= 0 ? 6 : 12);
    return switch (kind) {
      case 0 -> null;
      case 1, 2 -> text();
      case 3 -> random.nextInt(3);
      case 4 -> (long) random.nextInt(3);
      case 5 -> Path.of(text().isEmpty() ? "x" : "p" + random.nextInt(2));
      case 6, 7 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          list.add(value(depth - 1));
        }
        yield list;
      }
      case 8 -> {
        Set<Object> set = random.nextBoolean() ? new HashSet<>() : new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          set.add(text());
        }
        yield set;
      }
      case 9, 10 -> {
        Map<String, Object> map =
            switch (random.nextInt(3)) {
              case 0 -> new HashMap<>();
              case 1 -> new LinkedHashMap<>();
              default -> new TreeMap<>();
            };
        for (int i = random.nextInt(3); i > 0; i--) {
          map.put(text(), value(depth - 1));
        }
        yield map;
      }
      default -> new Pair(value(depth - 1), value(depth - 1));
    };
  }

  private String text() {
    // Long ones too: from Murmur128.LONG_TEXT_CHARS on a text goes in as its remembered hash.
    int at = org.notebake.text.Murmur128.LONG_TEXT_CHARS;
    String[] texts = {
      "",
      "a",
      "b",
      "ab",
      "a\u0000",
      "\uD83D\uDCFB",
      "abcde",
      "1",
      "a=>b",
      "x".repeat(at - 1),
      "x".repeat(at),
      "x".repeat(at) + "y",
      "y" + "x".repeat(at)
    };
    return texts[random.nextInt(texts.length)];
  }

  /** The same value: other instances, an unordered map or set in another order. */
  private Object copy(Object value) {
    if (value instanceof String text) {
      return new String(text);
    } else if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(copy(item)));
      return out;
    } else if (value instanceof LinkedHashSet<?> set) {
      return new LinkedHashSet<>(set);
    } else if (value instanceof Set<?> set) {
      List<Object> items = new ArrayList<>(set);
      Collections.shuffle(items, random);
      return Set.copyOf(items);
    } else if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out =
          map instanceof HashMap<?, ?> && !(map instanceof LinkedHashMap<?, ?>)
              ? new HashMap<>()
              : map instanceof TreeMap<?, ?> ? new TreeMap<>() : new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, copy(v)));
      return out instanceof HashMap<?, ?>
              && !(out instanceof LinkedHashMap<?, ?>)
              && !out.containsValue(null)
          ? Map.copyOf(out)
          : out;
    } else if (value instanceof Pair pair) {
      return new Pair(copy(pair.left()), copy(pair.right()));
    }
    return value;
  }

  /** A copy with one part replaced by a random value (which may happen to be equal). */
  private Object mutated(Object value) {
    if (random.nextInt(3) == 0) {
      return value(1);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      List<Object> out = new ArrayList<>(list);
      out.set(random.nextInt(out.size()), mutated(out.get(random.nextInt(out.size()))));
      return out;
    } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      Map<Object, Object> out =
          map instanceof TreeMap<?, ?>
              ? new TreeMap<>(map)
              : map instanceof LinkedHashMap<?, ?> ? new LinkedHashMap<>(map) : new HashMap<>(map);
      Object key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
      out.put(random.nextBoolean() ? key : text(), mutated(map.get(key)));
      return out;
    } else if (value instanceof Pair pair) {
      return random.nextBoolean()
          ? new Pair(mutated(pair.left()), pair.right())
          : new Pair(pair.left(), mutated(pair.right()));
    }
    return value(0);
  }

  // The canonical text a fingerprint was the SHA-256 of before it was streamed: the reference.

  private static String canonical(Object value) {
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
        try {
          canonical(component.getAccessor().invoke(record), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
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
