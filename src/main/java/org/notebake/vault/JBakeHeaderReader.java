package org.notebake.vault;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    int end = separatorLine(lines);
    if (end < 0 || !PROPERTY.matcher(lines.line(0)).matches()) {
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
    for (int i = 1; i < lines.count(); i++) {
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

  private Optional<String> isoDate(String text) {
    try {
      TemporalAccessor parsed = dateFormat.parse(text);
      LocalDate date = LocalDate.from(parsed);
      if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
        return Optional.of(date.toString());
      }
      return Optional.of(LocalDateTime.of(date, LocalTime.from(parsed)).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
