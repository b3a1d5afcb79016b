package org.notebake.vault;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.diagnostics.Diagnostics;

/**
 * Reads a JBake header: {@code key=value} lines ended by the separator line ({@code ~~~~~~}), with
 * JBake's meaning for {@code tags} (comma-separated) and {@code date} (the site's date pattern).
 * Values stay text, {@code tags} becomes a list and {@code date} is stored as an ISO date, so
 * {@link FrontMatter} reads both formats alike. JSON values ({@code {...}}) are kept as text.
 */
final class JBakeHeaderReader {

  private static final Pattern PROPERTY = Pattern.compile("^\\s*([\\w.-]+)\\s*=(.*)$");

  /**
   * A time after the date: {@code 23:04}, {@code 23:04:31}, {@code T23:04:31.5}, then an offset.
   */
  private static final Pattern TRAILING_TIME =
      Pattern.compile(
          "[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*.*");

  private final String separator;
  private final String datePattern;
  private final DateTimeFormatter dateFormat;

  JBakeHeaderReader(String separator, String datePattern) {
    this.separator = separator;
    this.datePattern = datePattern;
    this.dateFormat = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
  }

  /**
   * The note, when its first line is a {@code key=value} property and a separator line follows;
   * empty when the text has no JBake header.
   */
  Optional<ParsedNote> read(String relativePath, TextLines lines, Diagnostics diagnostics) {
    if (!PROPERTY.matcher(lines.line(0)).matches()) {
      return Optional.empty(); // before looking for the separator, which reads the whole note
    }
    int end = separatorLine(lines);
    if (end < 0) {
      return Optional.empty();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    boolean valid = true;
    for (int i = 0; i < end; i++) {
      valid &= property(relativePath, lines.line(i), i + 1, values, keyLines, diagnostics);
    }
    if (!valid) {
      return Optional.of(ParsedNote.rejected());
    }
    FrontMatter frontMatter = new FrontMatter(FrontMatter.Format.JBAKE, values, keyLines);
    return Optional.of(new ParsedNote(frontMatter, lines.bodyAfter(end), false));
  }

  private int separatorLine(TextLines lines) {
    for (int i = 1; lines.has(i); i++) {
      if (lines.line(i).strip().equals(separator)) {
        return i;
      }
    }
    return -1;
  }

  private boolean property(
      String path,
      String line,
      int lineNumber,
      Map<String, Object> values,
      Map<String, Integer> keyLines,
      Diagnostics diagnostics) {
    if (line.isBlank()) {
      return true;
    }
    Matcher property = PROPERTY.matcher(line);
    if (!property.matches()) {
      diagnostics.error(
          path,
          lineNumber,
          1,
          "JBake header line is not `name=value`; fix the line or end the header with "
              + separator
              + " above it");
      return false;
    }
    String key = property.group(1);
    if (values.containsKey(key)) {
      diagnostics.error(
          path,
          lineNumber,
          1,
          "property `" + key + "` is already set on line " + keyLines.get(key) + "; keep one");
      return false;
    }
    Optional<Object> value = value(key, property.group(2).trim());
    if (value.isEmpty()) {
      diagnostics.error(
          path,
          lineNumber,
          property.start(2) + 1,
          "date `"
              + property.group(2).trim()
              + "` does not match the date format "
              + datePattern
              + "; write it like "
              + LocalDate.of(2025, 7, 1).format(dateFormat));
      return false;
    }
    values.put(key, value.get());
    keyLines.put(key, lineNumber);
    return true;
  }

  /** The stored value, or empty for a date that does not match the pattern. */
  private Optional<Object> value(String key, String text) {
    if (key.equals("tags")) {
      return Optional.of(
          Arrays.stream(text.split(",")).map(String::trim).filter(tag -> !tag.isEmpty()).toList());
    }
    if (key.equals("date")) {
      return isoDate(text).map(Object.class::cast);
    }
    return Optional.of(text);
  }

  /**
   * JBake parses a date with {@code SimpleDateFormat(date.format).parse}, which reads a prefix and
   * ignores the rest: {@code 2003-02-13 23:04:31 +0100} is 13 February 2003 there. notebake takes
   * the same prefix, and keeps a time (and an offset) written after it, so nothing JBake accepts is
   * refused and the time is not lost. Anything else after the date is ignored, as in JBake.
   */
  private Optional<String> isoDate(String text) {
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor parsed;
    LocalDate date;
    try {
      parsed = dateFormat.parse(text, position);
      date = LocalDate.from(parsed);
    } catch (DateTimeException e) {
      return legacyDate(text);
    }
    if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
      LocalDateTime local = LocalDateTime.of(date, LocalTime.from(parsed));
      return Optional.of(
          parsed.isSupported(ChronoField.OFFSET_SECONDS)
              ? local.atOffset(ZoneOffset.from(parsed)).toString()
              : local.toString());
    }
    return withTrailingTime(date, text.substring(position.getIndex()));
  }

  /**
   * What {@code SimpleDateFormat} alone accepts, such as {@code 2013-7-4} for {@code yyyy-MM-dd}.
   * Unlike JBake's lenient parse, 30 February is refused: a date that rolls over is a typo.
   */
  private Optional<String> legacyDate(String text) {
    SimpleDateFormat legacy;
    try {
      legacy = new SimpleDateFormat(datePattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    legacy.setLenient(false);
    legacy.setTimeZone(TimeZone.getTimeZone("UTC"));
    ParsePosition position = new ParsePosition(0);
    Date parsed = legacy.parse(text, position);
    if (parsed == null) {
      return Optional.empty();
    }
    LocalDateTime local = LocalDateTime.ofInstant(parsed.toInstant(), ZoneOffset.UTC);
    if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return Optional.of(local.toString());
    }
    return withTrailingTime(local.toLocalDate(), text.substring(position.getIndex()));
  }

  private static Optional<String> withTrailingTime(LocalDate date, String rest) {
    Matcher time = TRAILING_TIME.matcher(rest);
    if (!time.matches()) {
      return Optional.of(date.toString());
    }
    try {
      LocalTime clock = LocalTime.parse(time.group(1));
      String offset = time.group(2);
      LocalDateTime local = LocalDateTime.of(date, clock);
      if (offset == null) {
        return Optional.of(local.toString());
      }
      ZoneOffset zone =
          offset.equals("Z")
              ? ZoneOffset.UTC
              : ZoneOffset.of(offset.replaceFirst("^([+-]\\d\\d)(\\d\\d)$", "$1:$2"));
      return Optional.of(local.atOffset(zone).toString());
    } catch (DateTimeException e) {
      // "2003-02-13 25:99": not a time after all; JBake keeps the date, and so do we.
      return Optional.of(date.toString());
    }
  }
}
