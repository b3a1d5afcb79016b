package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/**
 * The streamed hash of a template value tells values apart exactly as their canonical text does
 * (the text the hash used to be of, kept here as the reference): equal texts, equal hashes;
 * different texts, different hashes. Random values of every kind the walk knows, compared with
 * copies in other containers and orders and with mutated copies.
 */
class ModelValuesTest {
  private record Pair(Object left, Object right) {}

  private final Random random = new Random(16);
  private final DocumentModel first = new DocumentModel();
  private final DocumentModel second = new DocumentModel();
  private final Map<DocumentModel, String> ids = new IdentityHashMap<>();

  ModelValuesTest() {
    first.put("title", "First");
    second.put("title", "Second");
    ids.put(first, "d:essays/first.html");
    ids.put(second, "d:essays/second.html");
  }

  @Test
  void hashesAgreeWithTheCanonicalText() {
    ModelValues values = new ModelValues(ids);
    int equal = 0;
    int different = 0;
    for (int round = 0; round < 20_000; round++) {
      Object a = value(round % 4);
      Object b =
          switch (random.nextInt(3)) {
            case 0 -> value(round % 4);
            case 1 -> copy(a);
            default -> mutated(a);
          };
      boolean sameText = canonical(a).equals(canonical(b));
      assertThat(values.hash(a).equals(values.hash(b)))
          .as("%s vs %s", canonical(a), canonical(b))
          .isEqualTo(sameText);
      if (sameText) {
        equal++;
      } else {
        different++;
      }
    }
    assertThat(equal).isGreaterThan(2_000); // both outcomes were tried, many times
    assertThat(different).isGreaterThan(2_000);
  }

  @Test
  void aDocumentHashesByItsFieldsInAnyOrder() {
    DocumentModel a = new DocumentModel();
    a.put("title", "Signals");
    a.put("tags", List.of("radio", "gpu"));
    a.put("next", second);
    DocumentModel b = new DocumentModel();
    b.put("next", second);
    b.put("tags", new ArrayList<>(List.of("radio", "gpu")));
    b.put("title", new String("Signals"));
    ModelValues values = new ModelValues(ids);
    assertThat(values.hashDocument(a)).isEqualTo(values.hashDocument(b));
    b.put("next", first);
    assertThat(values.hashDocument(a)).isNotEqualTo(values.hashDocument(b));
  }

  @Test
  void aValueInsideItselfIsHashedOnce() {
    Map<String, Object> loop = new HashMap<>();
    loop.put("self", loop);
    List<Object> list = new ArrayList<>();
    list.add(list);
    list.add("x");
    ModelValues values = new ModelValues(ids);
    assertThat(values.hash(loop)).isEqualTo(values.hash(loop)).hasSize(32);
    assertThat(values.hash(list)).isNotEqualTo(values.hash(List.of("x")));
  }

  private Object value(int depth) {
    int kind = random.nextInt(depth <= 0 ? 9 : 16);
    return switch (kind) {
      case 0 -> null;
      case 1, 2, 3 -> text();
      case 4 -> new Date(random.nextInt(3) * 1000L);
      case 5 -> random.nextBoolean();
      case 6 -> random.nextInt(3);
      case 7 -> (long) random.nextInt(3);
      case 8 -> random.nextBoolean() ? first : second;
      case 9, 10 -> {
        List<Object> list = random.nextBoolean() ? new ArrayList<>() : new LinkedList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          list.add(value(depth - 1));
        }
        yield list;
      }
      case 11 -> {
        Set<Object> set = random.nextBoolean() ? new HashSet<>() : new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          set.add(random.nextBoolean() ? text() : random.nextInt(2));
        }
        yield set;
      }
      case 12, 13 -> {
        Map<String, Object> map = random.nextBoolean() ? new HashMap<>() : new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          map.put(text(), value(depth - 1));
        }
        yield map;
      }
      case 14 -> new Object[] {value(depth - 1), value(depth - 1)};
      default -> new Pair(value(depth - 1), value(depth - 1));
    };
  }

  private String text() {
    // Long ones too: from ModelValues.LONG_TEXT_CHARS on a text goes in as its remembered hash.
    int at = ModelValues.LONG_TEXT_CHARS;
    String[] texts = {
      "",
      "a",
      "b",
      "ab",
      "a\u0000",
      "\uD83D\uDCFB",
      "abcde",
      "1",
      "true",
      "x".repeat(at - 1),
      "x".repeat(at),
      "x".repeat(at + 1),
      "x".repeat(at) + "y",
      "y" + "x".repeat(at)
    };
    return texts[random.nextInt(texts.length)];
  }

  /** The same value in other containers, other orders, other instances. */
  private Object copy(Object value) {
    if (value instanceof String text) {
      return new String(text);
    } else if (value instanceof Date date) {
      return new Date(date.getTime());
    } else if (value instanceof List<?> list) {
      List<Object> out = list instanceof ArrayList<?> ? new LinkedList<>() : new ArrayList<>();
      list.forEach(item -> out.add(copy(item)));
      return out;
    } else if (value instanceof Set<?> set) {
      List<Object> items = new ArrayList<>(set);
      Collections.reverse(items);
      return new LinkedHashSet<>(items);
    } else if (value instanceof Map<?, ?> map && !(value instanceof DocumentModel)) {
      Map<Object, Object> out = random.nextBoolean() ? new TreeMap<>() : new LinkedHashMap<>();
      List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
      Collections.reverse(entries);
      entries.forEach(e -> out.put(e.getKey(), copy(e.getValue())));
      return out;
    } else if (value instanceof Object[] array) {
      return new Object[] {copy(array[0]), copy(array[1])};
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
    } else if (value instanceof Map<?, ?> map
        && !map.isEmpty()
        && !(value instanceof DocumentModel)) {
      Map<Object, Object> out = new HashMap<>(map);
      Object key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
      out.put(random.nextBoolean() ? key : text(), mutated(map.get(key)));
      return out;
    } else if (value instanceof Pair pair) {
      return random.nextBoolean()
          ? new Pair(mutated(pair.left()), pair.right())
          : new Pair(pair.left(), mutated(pair.right()));
    } else if (value instanceof Object[] array) {
      return new Object[] {array[0], mutated(array[1])};
    }
    return value(0);
  }

  // The canonical text the hash was of before it was streamed: the reference.

  private String canonical(Object value) {
    StringBuilder out = new StringBuilder();
    canonical(value, out, new IdentityHashMap<>());
    return out.toString();
  }

  private void canonical(Object value, StringBuilder out, Map<Object, Boolean> open) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof DocumentModel doc && ids.containsKey(doc)) {
      String id = ids.get(doc);
      out.append("ref:").append(id.length()).append(':').append(id);
    } else if (value instanceof String text) {
      out.append("s:").append(text.length()).append(':').append(text);
    } else if (value instanceof Date date) {
      out.append("date:").append(date.getTime());
    } else if (open.put(value, Boolean.TRUE) != null) {
      out.append("cycle");
    } else {
      container(value, out, open);
      open.remove(value);
    }
  }

  private void container(Object value, StringBuilder out, Map<Object, Boolean> open) {
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        StringBuilder one = new StringBuilder();
        canonical(entry.getKey(), one, open);
        one.append("=>");
        canonical(entry.getValue(), one, open);
        entries.add(one.toString());
      }
      entries.sort(null);
      out.append("map").append(entries.size()).append('{');
      entries.forEach(e -> out.append(e.length()).append(':').append(e));
      out.append('}');
    } else if (value instanceof Set<?> set) {
      List<String> items = new ArrayList<>();
      for (Object item : set) {
        StringBuilder one = new StringBuilder();
        canonical(item, one, open);
        items.add(one.toString());
      }
      items.sort(null);
      out.append("set").append(items.size()).append(items);
    } else if (value instanceof Collection<?> list) {
      out.append("list").append(list.size()).append('[');
      for (Object item : list) {
        canonical(item, out, open);
        out.append(',');
      }
      out.append(']');
    } else if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      out.append("array").append(length).append('[');
      for (int i = 0; i < length; i++) {
        canonical(Array.get(value, i), out, open);
        out.append(',');
      }
      out.append(']');
    } else if (value instanceof Record record) {
      out.append(record.getClass().getName()).append('(');
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        out.append(component.getName()).append('=');
        try {
          canonical(component.getAccessor().invoke(record), out, open);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        out.append(';');
      }
      out.append(')');
    } else {
      String text = String.valueOf(value);
      out.append(value.getClass().getName()).append(':').append(text.length()).append(':');
      out.append(text);
    }
  }
}
