package org.notebake.vault;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date value as the author wrote it, kept apart from any time zone until a caller asks for one.
 * YAML 1.2 has no timestamp type, so {@code 2025-07-01} arrives as text and is parsed here rather
 * than through {@code java.util.Date}, which is what shifted dates by a day in other tools.
 */
record FrontMatterDate(LocalDateTime local, Optional<ZoneOffset> offset, boolean dateOnly) {

  /** {@code 2025-07-01 09:30} and {@code 2025-07-01 09:30 +02:00} are read like ISO with a T. */
  private static final Pattern SPACE_SEPARATED =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ \\t]+(\\d{1,2}:\\d{2}.*?)(?:[ \\t]+(Z|[+-].*))?$");

  static Optional<FrontMatterDate> parse(Object value) {
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    String iso = toIso(text.trim());
    try {
      if (iso.length() == 10) {
        LocalDate date = LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE);
        return Optional.of(new FrontMatterDate(date.atStartOfDay(), Optional.empty(), true));
      }
      if (hasOffset(iso)) {
        OffsetDateTime dateTime = OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return Optional.of(
            new FrontMatterDate(
                dateTime.toLocalDateTime(), Optional.of(dateTime.getOffset()), false));
      }
      LocalDateTime dateTime = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return Optional.of(new FrontMatterDate(dateTime, Optional.empty(), false));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  LocalDate date() {
    return local.toLocalDate();
  }

  ZonedDateTime atZone(ZoneId zone) {
    if (dateOnly) {
      return local.toLocalDate().atStartOfDay(zone);
    }
    return ZonedDateTime.of(local, offset.<ZoneId>map(o -> o).orElse(zone));
  }

  private static String toIso(String text) {
    var matcher = SPACE_SEPARATED.matcher(text);
    if (!matcher.matches()) {
      return text;
    }
    String offset = matcher.group(3) == null ? "" : matcher.group(3);
    return matcher.group(1) + "T" + matcher.group(2) + offset;
  }

  private static boolean hasOffset(String iso) {
    int time = iso.indexOf('T');
    return time > 0
        && (iso.endsWith("Z") || iso.indexOf('+', time) > 0 || iso.indexOf('-', time) > 0);
  }
}
