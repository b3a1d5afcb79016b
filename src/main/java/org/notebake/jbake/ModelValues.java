package org.notebake.jbake;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.model.DocumentModel;

/**
 * A hash of a template value that is the same in every JVM run for equal values: maps and sets in
 * sorted order, dates by their instant, arrays and records by their parts, and a document the site
 * knows by its name only (what a template reads of it is tracked on its own). A value of a type not
 * listed here goes in by class and {@code toString()}: one without a value-based {@code toString()}
 * then differs in every run, which costs reuse, never correctness.
 */
final class ModelValues {
  private final Map<DocumentModel, String> ids;

  ModelValues(Map<DocumentModel, String> ids) {
    this.ids = ids;
  }

  /** 32 hex digits (128 bits of SHA-256) of the canonical text of {@code value}. */
  String hash(Object value) {
    StringBuilder out = new StringBuilder();
    canonical(value, out, new IdentityHashMap<>());
    return hashText(out.toString());
  }

  static String hashText(String text) {
    try {
      byte[] sum =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sum, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The whole document, its fields sorted, other documents by name. */
  String hashDocument(DocumentModel doc) {
    StringBuilder out = new StringBuilder();
    map(doc, out, new IdentityHashMap<>());
    return hashText(out.toString());
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
      out.append("cycle"); // a value inside itself; its first occurrence is hashed
    } else {
      container(value, out, open);
      open.remove(value);
    }
  }

  private void container(Object value, StringBuilder out, Map<Object, Boolean> open) {
    if (value instanceof Map<?, ?> map) {
      map(map, out, open);
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
        canonical(read(component, record), out, open);
        out.append(';');
      }
      out.append(')');
    } else {
      String text = String.valueOf(value);
      out.append(value.getClass().getName()).append(':').append(text.length()).append(':');
      out.append(text);
    }
  }

  private void map(Map<?, ?> map, StringBuilder out, Map<Object, Boolean> open) {
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
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "unreadable " + System.identityHashCode(record); // never equal: no reuse
    }
  }
}
