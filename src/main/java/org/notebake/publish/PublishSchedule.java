package org.notebake.publish;

import java.util.List;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatter;

/**
 * When a note may be on the site, as Hugo and Jekyll keep a schedule: not before its {@code
 * publishDate} (else its {@code published}, its {@code date}, or a Jekyll post's file name), not
 * from its {@code expiryDate} on. Whatever publishes a note, {@link PublishPolicy} asks this too.
 *
 * <pre>{@code
 * PublishSchedule.scheduled("posts/launch.md", FrontMatter.of(Map.of("date", "2099-03-01")), true, d);
 * // true, and d holds "date 2099-03-01 is still to come, so the note stays private until then ..."
 * }</pre>
 */
final class PublishSchedule {
  private PublishSchedule() {}

  /** Hugo's keys for the day a page is published from, and the day it is taken down. */
  private static final List<String> PUBLISH_DATE = List.of("publishdate", "pubdate");

  private static final List<String> EXPIRY_DATE = List.of("expirydate", "unpublishdate");

  /**
   * Hugo's schedule, as a Hugo user expects it kept: a note whose {@code publishDate} has not come,
   * or whose {@code expiryDate} has passed, stays private (an announcement written ahead of its day
   * must not be on the site before it). A date that cannot be read keeps it private too.
   */
  static boolean withinItsDates(String path, FrontMatter fm, Diagnostics diagnostics) {
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
    for (String key : fm.keys()) {
      String name = PublishPolicy.bare(key).toLowerCase(java.util.Locale.ROOT);
      boolean from = PUBLISH_DATE.contains(name);
      if (!from && !EXPIRY_DATE.contains(name)) {
        continue;
      }
      Object value = fm.value(key).orElse(null);
      if (value == null || String.valueOf(value).isBlank()) {
        continue; // expiryDate: '' as a theme's archetype writes it: no date, as Hugo reads it
      }
      java.util.Optional<java.time.ZonedDateTime> date = dateOf(fm, key);
      if (date.isEmpty()) {
        diagnostics.warning(
            path,
            fm.line(key),
            1,
            key
                + " is not a date (2025-07-01, or with a time), so the note stays private until"
                + " it is one");
        return false;
      }
      if (from ? date.get().isAfter(now) : !date.get().isAfter(now)) {
        return false;
      }
    }
    return true;
  }

  /** The keys Hugo reads a page's publish date from when it has no publishDate, in its order. */
  private static final List<String> DATE_FALLBACK = List.of("published", "date");

  /** A Jekyll post's file name: its date, then its title. */
  private static final java.util.regex.Pattern JEKYLL_POST =
      java.util.regex.Pattern.compile("(?:^|.*/)_posts/(?:.*/)?(\\d{4}-\\d{2}-\\d{2})-[^/]+");

  /**
   * A post dated to come, kept private until its day as Hugo (whose publish date falls back to
   * {@code published}, then {@code date}) and Jekyll (a {@code _posts/2099-03-01-title.md}) keep
   * it: neither builds the future by default. Only where no {@code publishDate} says the day
   * ({@link #withinItsDates}); a date that cannot be read is no schedule here.
   */
  static boolean scheduled(String path, FrontMatter fm, boolean meant, Diagnostics diagnostics) {
    for (String key : fm.keys()) {
      if (PUBLISH_DATE.contains(PublishPolicy.bare(key).toLowerCase(java.util.Locale.ROOT))
          && !String.valueOf(fm.value(key).orElse("")).isBlank()) {
        return false; // an empty publishDate: says no day, and Hugo falls back as below
      }
    }
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
    for (String wanted : DATE_FALLBACK) {
      for (String key : fm.keys()) {
        if (!PublishPolicy.bare(key).equalsIgnoreCase(wanted)) {
          continue;
        }
        if (longPast(fm.value(key).orElse(null), now)) {
          return false; // most notes: a day before yesterday, read without parsing the date
        }
        java.util.Optional<java.time.ZonedDateTime> date =
            dateOf(fm, key).or(() -> dayWritten(fm.value(key).orElse(null)));
        if (date.isPresent()) {
          return toCome(path, key, fm.line(key), date.get(), now, meant, diagnostics);
        }
      }
    }
    java.util.regex.Matcher post = JEKYLL_POST.matcher(path);
    if (post.matches()) {
      try {
        java.time.ZonedDateTime day =
            java.time.LocalDate.parse(post.group(1)).atStartOfDay(java.time.ZoneOffset.UTC);
        return toCome(path, "the file name's date", 0, day, now, meant, diagnostics);
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  /** The date at {@code key}, in UTC where it gives no offset; empty when it is none. */
  private static java.util.Optional<java.time.ZonedDateTime> dateOf(FrontMatter fm, String key) {
    try {
      return fm.dateTime(key, java.time.ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Whether a date written as {@code 2025-07-01...} (or read as a date) is before yesterday in UTC:
   * such a day has come in every time zone, and a second bake at 10,000 notes need not parse each.
   */
  private static boolean longPast(Object value, java.time.ZonedDateTime now) {
    if (value instanceof java.util.Date when) {
      return when.toInstant().isBefore(now.minusDays(2).toInstant());
    }
    String text = value instanceof java.time.temporal.TemporalAccessor ? value.toString() : null;
    if (value instanceof String written) {
      text = written.strip();
    }
    if (text == null
        || text.length() < 10
        || !DAY_WRITTEN.matcher(text.substring(0, 10)).matches()) {
      return false;
    }
    return text.substring(0, 10).compareTo(now.minusDays(2).toLocalDate().toString()) < 0;
  }

  /** A date as Jekyll writes it ({@code 2099-03-01 10:00:00 +0100}): its day, from its start. */
  private static final java.util.regex.Pattern DAY_WRITTEN =
      java.util.regex.Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?$");

  /**
   * The day a date notebake cannot read whole begins with, at its start in UTC: never later than
   * the date itself, so a post dated to come is not taken for one whose day has come.
   */
  private static java.util.Optional<java.time.ZonedDateTime> dayWritten(Object value) {
    java.util.regex.Matcher m = DAY_WRITTEN.matcher(String.valueOf(value));
    if (value == null || !m.matches()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(
          java.time.LocalDate.parse(m.group(1)).atStartOfDay(java.time.ZoneOffset.UTC));
    } catch (java.time.format.DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private static boolean toCome(
      String path,
      String what,
      int line,
      java.time.ZonedDateTime date,
      java.time.ZonedDateTime now,
      boolean meant,
      Diagnostics diagnostics) {
    if (!date.isAfter(now)) {
      return false;
    }
    if (meant) {
      diagnostics.warning(
          path,
          line,
          1,
          what
              + " "
              + date.toLocalDate()
              + " is still to come, so the note stays private until then, as Hugo and Jekyll keep"
              + " a scheduled post; bake again on that day, or give it publishDate: with today's"
              + " date to publish it now");
    }
    return true;
  }
}
