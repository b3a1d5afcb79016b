package org.notebake.vault;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata block at the top of a note, read-only, with typed accessors that never guess.
 *
 * <p>Values are what YAML 1.2 gives: {@code String}, {@code Boolean}, {@code Integer}/{@code Long},
 * {@code Double}, {@code List}, {@code Map} or {@code null}. {@link #bool} accepts only a real
 * boolean, so {@code publish: "true"} and {@code publish: yes} do not publish. Dates are read as
 * written: {@code date: 2025-07-01} is July 1st in every time zone.
 *
 * <pre>{@code
 * // ---
 * // title: Gallery night
 * // publish: true
 * // tags: [photo, events]
 * // date: 2025-07-01
 * // ---
 * frontMatter.string("title");        // Optional[Gallery night]
 * frontMatter.bool("publish");        // Optional[true]
 * frontMatter.strings("tags");        // [photo, events]
 * frontMatter.localDate("date");      // Optional[2025-07-01]
 * frontMatter.line("tags");           // 4
 * }</pre>
 */
public final class FrontMatter {

  /** Where the block came from. */
  public enum Format {
    /** Obsidian style: a YAML map between {@code ---} lines. */
    YAML,
    /** JBake style: {@code key=value} lines ended by {@code ~~~~~~}. */
    JBAKE,
    /** Hugo's TOML: between {@code +++} lines. */
    TOML,
    /** Hugo's JSON: an object that opens the note. */
    JSON,
    /** The note has no front matter. */
    NONE
  }

  private static final FrontMatter NONE = new FrontMatter(Format.NONE, Map.of(), Map.of());

  private final Format format;
  private final Map<String, Object> values;
  private final Map<String, Integer> lines;

  FrontMatter(Format format, Map<?, ?> values, Map<String, Integer> lines) {
    this.format = Objects.requireNonNull(format, "format");
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(copyMap(values)));
    this.lines = Map.copyOf(lines);
  }

  /** The front matter of a note without any. */
  public static FrontMatter none() {
    return NONE;
  }

  /**
   * YAML front matter built from values, for tests and callers that assemble metadata themselves;
   * every {@link #line} is 0.
   */
  public static FrontMatter of(Map<String, ?> values) {
    return new FrontMatter(Format.YAML, values, Map.of());
  }

  public Format format() {
    return format;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The keys as written, in file order. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** The raw value, unmodifiable when it is a list or map; empty when absent or null. */
  public Optional<Object> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The 1-based line of {@code key} in the file, or 0 when unknown. */
  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  /** A scalar as text ({@code 3} gives {@code "3"}); empty for a missing key, null or a list. */
  public Optional<String> string(String key) {
    Object value = values.get(key);
    if (value == null || value instanceof List || value instanceof Map) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value));
  }

  /**
   * A YAML list, or a comma-separated string, as trimmed non-empty strings: {@code tags: [a, b]}
   * and {@code tags: a, b} both give {@code [a, b]}. Nested lists and maps are left out.
   */
  public List<String> strings(String key) {
    Object value = values.get(key);
    List<?> items;
    if (value instanceof List<?> list) {
      items = list;
    } else if (value instanceof String text) {
      items = Arrays.asList(text.split(","));
    } else if (value == null || value instanceof Map) {
      return List.of();
    } else {
      items = List.of(value);
    }
    return items.stream()
        .filter(item -> item != null && !(item instanceof List) && !(item instanceof Map))
        .map(item -> String.valueOf(item).trim())
        .filter(item -> !item.isEmpty())
        .toList();
  }

  /** A real YAML boolean only: {@code "true"}, {@code yes} and {@code 1} give empty. */
  public Optional<Boolean> bool(String key) {
    return values.get(key) instanceof Boolean flag ? Optional.of(flag) : Optional.empty();
  }

  /**
   * The calendar date as written: {@code 2025-07-01}, {@code 2025-07-01T09:30} and {@code
   * 2025-07-01 09:30+02:00} all give 2025-07-01, whatever the time zone. Empty when the value is
   * missing or not a date.
   */
  public Optional<LocalDate> localDate(String key) {
    return FrontMatterDate.parse(values.get(key)).map(FrontMatterDate::date);
  }

  /**
   * The moment a value names. A date alone is the start of that day in {@code zone}, a time without
   * offset is read in {@code zone}, and a written offset or {@code Z} is kept as written.
   */
  public Optional<ZonedDateTime> dateTime(String key, ZoneId zone) {
    return FrontMatterDate.parse(values.get(key)).map(date -> date.atZone(zone));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FrontMatter that
        && format == that.format
        && values.equals(that.values)
        && lines.equals(that.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, values, lines);
  }

  @Override
  public String toString() {
    String made = text;
    if (made == null) {
      made = format + values.toString();
      text = made; // immutable: the same text every time (a note's memo key reads it each build)
    }
    return made;
  }

  private volatile String text;

  private static Map<String, Object> copyMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value)));
    return copy;
  }

  /** Deep, unmodifiable copy; YAML lists may hold nulls, which {@code List.copyOf} rejects. */
  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return Collections.unmodifiableMap(copyMap(map));
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(copyValue(item)));
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof LocalDateTime || value instanceof LocalDate) {
      return value.toString();
    }
    return value;
  }
}
