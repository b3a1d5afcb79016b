package org.notebake.jbake;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.model.DocumentModel;
import org.notebake.text.Murmur128;

/**
 * A hash of a template value that is the same in every JVM run for equal values: maps and sets in
 * sorted order, dates by their instant, arrays and records by their parts, and a document the site
 * knows by its name only (what a template reads of it is tracked on its own). A value of a type not
 * listed here goes in by class and {@code toString()}: one without a value-based {@code toString()}
 * then differs in every run, which costs reuse, never correctness.
 *
 * <p>The value is walked once into a {@link Murmur128}, each part tagged with its kind and each
 * text with its length, so the stream is unambiguous; a map's or set's entries are hashed one by
 * one and go in as their sorted hashes. No text of the whole value is built: a rebuild hashes every
 * field every page read (tens of thousands, bodies among them).
 */
final class ModelValues {
  private static final long NULL = 1;
  private static final long REF = 2;
  private static final long TEXT = 3;
  private static final long DATE = 4;
  private static final long CYCLE = 5;
  private static final long MAP = 6;
  private static final long SET = 7;
  private static final long LIST = 8;
  private static final long ARRAY = 9;
  private static final long RECORD = 10;
  private static final long OTHER = 11;
  private static final long BOOLEAN = 12;
  private static final long INTEGER = 13;
  private static final long LONG = 14;
  private static final long LONG_TEXT = 15;

  /** From this length on a text goes in as its own hash ({@link Murmur128#longText}). */
  static final int LONG_TEXT_CHARS = Murmur128.LONG_TEXT_CHARS;

  private final Map<DocumentModel, String> ids;

  /** The containers being walked, outermost first: one met again inside itself is a cycle. */
  private final List<Object> open = new ArrayList<>();

  ModelValues(Map<DocumentModel, String> ids) {
    this.ids = ids;
  }

  /** 32 hex digits (128 bits) of {@code value}. */
  String hash(Object value) {
    Murmur128 out = new Murmur128();
    write(value, out);
    return out.hex();
  }

  /** 32 hex digits (128 bits) of a text. */
  static String hashText(String text) {
    return new Murmur128().word(TEXT).text(text).hex();
  }

  /** A text: its characters, or (a long one) its own hash, computed once per string. */
  private static void text(String text, Murmur128 out) {
    if (text.length() < LONG_TEXT_CHARS) {
      out.word(TEXT).text(text);
      return;
    }
    // A serve rebuild reads every page's body again, the same string objects as last build: their
    // hashes are remembered (14% of a warm rebuild's samples at 10,000 notes before).
    out.word(LONG_TEXT).longText(text);
  }

  /** The whole document, its fields sorted, other documents by name. */
  String hashDocument(DocumentModel doc) {
    Murmur128 out = new Murmur128();
    map(doc, out);
    return out.hex();
  }

  private void write(Object value, Murmur128 out) {
    if (value == null) {
      out.word(NULL);
    } else if (value instanceof DocumentModel doc && ids.containsKey(doc)) {
      out.word(REF).text(ids.get(doc));
    } else if (value instanceof String text) {
      text(text, out);
    } else if (value instanceof Date date) {
      out.word(DATE).word(date.getTime());
    } else if (value instanceof Boolean bool) {
      out.word(BOOLEAN).word(bool ? 1 : 0);
    } else if (value instanceof Integer number) {
      out.word(INTEGER).word(number);
    } else if (value instanceof Long number) {
      out.word(LONG).word(number);
    } else if (isOpen(value)) {
      out.word(CYCLE); // a value inside itself; its first occurrence is hashed
    } else {
      open.add(value);
      container(value, out);
      open.remove(open.size() - 1);
    }
  }

  private boolean isOpen(Object value) {
    for (Object container : open) {
      if (container == value) {
        return true;
      }
    }
    return false;
  }

  private void container(Object value, Murmur128 out) {
    if (value instanceof Map<?, ?> map) {
      map(map, out);
    } else if (value instanceof Set<?> set) {
      Murmur128.Parts items = new Murmur128.Parts(set.size());
      for (Object item : set) {
        Murmur128 one = new Murmur128();
        write(item, one);
        items.add(one);
      }
      items.writeTo(out.word(SET), true);
    } else if (value instanceof Collection<?> list) {
      out.word(LIST).word(list.size());
      for (Object item : list) {
        write(item, out);
      }
    } else if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      out.word(ARRAY).word(length);
      for (int i = 0; i < length; i++) {
        write(Array.get(value, i), out);
      }
    } else if (value instanceof Record record) {
      out.word(RECORD).text(record.getClass().getName());
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        out.text(component.getName());
        write(read(component, record), out);
      }
    } else {
      out.word(OTHER).text(value.getClass().getName()).text(String.valueOf(value));
    }
  }

  private void map(Map<?, ?> map, Murmur128 out) {
    Murmur128.Parts entries = new Murmur128.Parts(map.size());
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Murmur128 one = new Murmur128();
      write(entry.getKey(), one);
      write(entry.getValue(), one);
      entries.add(one);
    }
    entries.writeTo(out.word(MAP), true);
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
