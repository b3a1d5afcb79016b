package org.notebake.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers: a number libphonenumber holds valid for the region and grouped as that
 * region groups it (leniency STRICT_GROUPING), which also has the shape of a written phone number:
 * separators between its groups ({@code 912 555 0142}, {@code (912) 555-0142}, {@code
 * 912.555.0142}), a {@code +} country code ({@code +19125550142}), or a word such as {@code tel},
 * {@code phone} or {@code call} just before it ({@code ?tel=9125550142}). A bare run of digits is
 * an id, a timestamp or an amount; a number that goes on with {@code .} and more digits is a
 * decimal or a version ({@code 2269.974834}, {@code 135481183.19}), and four dotted groups up to
 * 255 are an IPv4 address ({@code 207.200.83.29}); none of them is reported.
 *
 * <p>libphonenumber's matcher is slow on long text, so it only sees short windows around runs of
 * digits and separators long enough to hold a number; prose has few of them.
 */
final class PhoneDetector {
  /**
   * The fewest digits a number written with a leading {@code +} can have anywhere (Niue's +683
   * 4002), and without it, in the default region: 10 in the North American plan (country code 1),
   * where VALID rejects 7-digit local numbers, and 4 elsewhere, where some national numbers are
   * that short. The 10 keeps the dates that fill notes ({@code 2025-07-01}, 8 digits) away from the
   * slow matcher.
   */
  private static final int SHORTEST_INTERNATIONAL = 7;

  private static final int SHORTEST_NORTH_AMERICAN = 10;
  private static final int SHORTEST_NATIONAL_ANYWHERE = 4;

  /** Chars either side of a digit run the matcher sees, for its checks on neighbouring letters. */
  private static final int CONTEXT = 24;

  /**
   * Words that make a bare run of digits a phone number: {@code tel:}, {@code phoneNumber=}, and
   * the link schemes of calling and messaging apps ({@code sms:}, {@code facetime:}, {@code
   * facetime-audio:}, {@code callto:}, {@code skype:}, {@code viber://chat?number=}, {@code
   * imessage:}).
   */
  private static final Set<String> CONTEXT_WORDS =
      Set.of(
          "tel",
          "facetime",
          "skype",
          "viber",
          "imessage",
          "phone",
          "telephone",
          "mobile",
          "cell",
          "cellphone",
          "fax",
          "sms",
          "whatsapp",
          "call",
          "callto",
          "mob",
          "handy",
          "telefon",
          "telefono",
          "tlf");

  /**
   * libphonenumber logs through java.util.logging, which prints two timestamped lines on stderr
   * (when its matcher first looks for the alternate formats it does not ship, for one) in the
   * middle of notebake's {@code file:line:col} diagnostics. Nothing it logs is the author's to fix,
   * so its loggers are off. The field holds the logger: java.util.logging keeps loggers only
   * weakly, and a collected one would come back without its level.
   */
  private static final Logger LIBPHONENUMBER =
      quiet(Logger.getLogger("com.google.i18n.phonenumbers"));

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.OFF);
    return logger;
  }

  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final String region;
  private final int minDigits;

  PhoneDetector(String region) {
    this.region = region;
    boolean northAmerican = phones.getCountryCodeForRegion(region) == 1;
    this.minDigits = northAmerican ? SHORTEST_NORTH_AMERICAN : SHORTEST_NATIONAL_ANYWHERE;
  }

  /** Finds numbers in {@code text}; {@code chars} holds the same chars. */
  void detect(String text, char[] chars, List<Finding> out) {
    detect(text, chars, out, false);
  }

  /** {@code plain}: no windows, the matcher reads the whole text (slow; tests compare the two). */
  void detect(String text, char[] chars, List<Finding> out, boolean plain) {
    whatsAppNumbers(text, out);
    PhoneText phone = PhoneText.of(text);
    if (plain) {
      detectIn(phone, 0, text.length(), out);
      return;
    }
    chars = phone.dialled() == text ? chars : phone.dialled().toCharArray();
    int windowStart = -1;
    int windowEnd = -1;
    int runStart = 0;
    int digits = 0;
    boolean plus = false;
    for (int i = 0; i <= chars.length; i++) {
      char c = i < chars.length ? chars[i] : 'x';
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '+') {
        plus = true;
      } else if (!isSeparator(c)) {
        if (digits >= minDigits
            || (plus && digits >= Math.min(minDigits, SHORTEST_INTERNATIONAL))) {
          int from = Math.max(0, runStart - CONTEXT);
          if (from > windowEnd && windowEnd >= 0) {
            detectInChunks(phone, windowStart, windowEnd, out);
            windowStart = -1;
          }
          windowStart = windowStart < 0 ? from : windowStart;
          windowEnd = Math.min(text.length(), i + CONTEXT);
        }
        runStart = i + 1;
        digits = 0;
        plus = false;
      }
    }
    if (windowStart >= 0) {
      detectInChunks(phone, windowStart, windowEnd, out);
    }
  }

  /**
   * WhatsApp's click-to-chat address, {@code https://wa.me/19125550142}: the number's digits alone,
   * country code first and no {@code +}, which no region's matcher reads as a number.
   */
  private static final Pattern WHATSAPP =
      Pattern.compile("(?i)(?<![\\w.-])wa\\.me/([0-9]{8,15})(?![0-9])");

  /** The numbers of {@link #WHATSAPP} links, whatever the region, as {@code +} and the digits. */
  private static void whatsAppNumbers(String text, List<Finding> out) {
    Matcher matcher = WHATSAPP.matcher(text);
    while (matcher.find()) {
      String digits = matcher.group(1);
      String value = "+" + digits;
      out.add(
          new Finding(
              "phone",
              matcher.start(1),
              matcher.end(1),
              digits,
              "phone number",
              value,
              FindingIds.unkeyed().id("phone", value)));
    }
  }

  /** Chars that may sit between the digits of one number: {@code +1 (912) 555-0142}. */
  private static boolean isSeparator(char c) {
    return c == ' '
        || c == '-'
        || c == '.'
        || c == '('
        || c == ')'
        || c == '+'
        || c == '/'
        || c == '\t'
        || c == '\u00A0'
        || c == '\u2013'
        || c == '\u2011';
  }

  /** Longest text the matcher sees at once: its cost grows faster than linearly with length. */
  private static final int CHUNK = 1024;

  /** Overlap between chunks, longer than any written number, so none is cut in two. */
  private static final int OVERLAP = 64;

  /**
   * A window of a megabyte of digits ({@code 912 555 0142 912 555 ...}) is read in overlapping
   * chunks; each number is kept by the chunk it starts in before the overlap, so none is found
   * twice.
   */
  private void detectInChunks(PhoneText text, int from, int to, List<Finding> out) {
    int start = from;
    while (to - start > CHUNK) {
      int boundary = start + CHUNK - OVERLAP;
      List<Finding> chunk = new java.util.ArrayList<>();
      detectIn(text, start, start + CHUNK, chunk);
      for (Finding f : chunk) {
        if (f.start() < boundary) {
          out.add(f);
        }
      }
      start = boundary;
    }
    detectIn(text, start, to, out);
  }

  /**
   * Numbers grouped as the region groups them (STRICT_GROUPING), then, where the first found none,
   * numbers libphonenumber only holds valid that are written as phone numbers all the same: their
   * groups split the region's further into groups of two or more digits, one of them of two ({@code
   * 415 867 53 16}); or they start with a {@code +} country code ({@code +49 171 1234 567}), or a
   * phone word comes just before them ({@code Tel.: 0171/1234 567}), however they are grouped. The
   * second pass runs only on text with a group of two digits, a {@code +} or a phone word, so text
   * of other numbers costs no more.
   */
  private void detectIn(PhoneText phone, int offset, int to, List<Finding> out) {
    String dialled = phone.dialled().substring(offset, to);
    List<Finding> found = new java.util.ArrayList<>();
    for (PhoneNumberMatch match :
        phones.findNumbers(
            dialled, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
      add(phone, offset + match.start(), offset + match.end(), found);
    }
    Iterable<PhoneNumberMatch> valid =
        hasPair(dialled) || dialled.indexOf('+') >= 0 || hasPhoneWord(dialled)
            ? phones.findNumbers(dialled, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)
            : List.of();
    for (PhoneNumberMatch match : valid) {
      int start = offset + match.start();
      int end = offset + match.end();
      if (found.stream().noneMatch(f -> f.start() < end && start < f.end())
          && (match.rawString().startsWith("+")
              || hasPhoneWordBefore(phone.dialled(), start)
              || PhoneGrouping.splitsFurther(phones, match))) {
        add(phone, start, end, found);
      }
    }
    innerNumbers(phone, offset, dialled, found);
    found.sort(java.util.Comparator.comparingInt(Finding::start));
    out.addAll(found);
  }

  /** A run of more groups than this is not searched for a number inside it (a table of digits). */
  private static final int MAX_GROUPS = 8;

  /**
   * libphonenumber reads a run of digit groups as one candidate and, when the whole is no number,
   * does not look for one inside it: {@code May 2026 912 555 0142}, {@code Room 12 912 555 0144}
   * published their numbers. Where a run of groups (separated by spaces, dashes or dots) holds no
   * finding, each span of whole groups inside it is tried as a number alone, grouped as the region
   * groups its numbers (STRICT_GROUPING), the longest first.
   */
  private void innerNumbers(PhoneText phone, int offset, String dialled, List<Finding> found) {
    int i = 0;
    while (i < dialled.length()) {
      if (!isDigit(dialled.charAt(i))) {
        i++;
        continue;
      }
      List<int[]> groups = new java.util.ArrayList<>();
      int j = i;
      while (j < dialled.length()) {
        char c = dialled.charAt(j);
        if (isDigit(c)) {
          int start = j;
          while (j < dialled.length() && isDigit(dialled.charAt(j))) {
            j++;
          }
          groups.add(new int[] {start, j});
        } else if ((c == ' ' || c == '-' || c == '.' || c == '\u00A0')
            && j + 1 < dialled.length()
            && isDigit(dialled.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      i = j;
      if (groups.size() >= 2 && groups.size() <= MAX_GROUPS) {
        innerNumber(phone, offset, dialled, groups, found);
      }
    }
  }

  private void innerNumber(
      PhoneText phone, int offset, String dialled, List<int[]> groups, List<Finding> found) {
    int runStart = offset + groups.get(0)[0];
    int runEnd = offset + groups.get(groups.size() - 1)[1];
    if (found.stream().anyMatch(f -> f.start() < runEnd && runStart < f.end())) {
      return;
    }
    for (int width = groups.size() - 1; width >= 1; width--) {
      for (int first = 0; first + width <= groups.size(); first++) {
        int from = groups.get(first)[0];
        int to = groups.get(first + width - 1)[1];
        String span = dialled.substring(from, to);
        int digits = digits(span);
        if (digits < minDigits || digits > 15) {
          continue;
        }
        for (PhoneNumberMatch match :
            phones.findNumbers(span, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, 1)) {
          if (match.start() == 0 && match.end() == span.length()) {
            int before = found.size();
            add(phone, offset + from, offset + to, found);
            if (found.size() > before) {
              return;
            }
          }
        }
      }
    }
  }

  private static int digits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      digits += isDigit(text.charAt(i)) ? 1 : 0;
    }
    return digits;
  }

  /** Whether {@code text} holds one of the phone words ({@code tel}, {@code Handy}, ...). */
  private static boolean hasPhoneWord(String text) {
    return hasPhoneWord(text, 0, text.length());
  }

  /**
   * Whether {@code text[from, to)} holds one of the phone words. Words are runs of letters, split
   * also where a lower-case letter meets an upper-case one: {@code myPhone}, {@code phoneNumber}
   * and {@code mobile_phone} hold {@code phone}; {@code hotel} holds none.
   */
  private static boolean hasPhoneWord(String text, int from, int to) {
    int word = -1;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : ' ';
      boolean camelBreak =
          word >= 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1));
      if (word >= 0 && (!Character.isLetter(c) || camelBreak)) {
        // No phone word is longer than 9 letters: a longer one needs no lower-casing copy.
        if (i - word <= 9
            && CONTEXT_WORDS.contains(text.substring(word, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        word = -1;
      }
      if (word < 0 && Character.isLetter(c)) {
        word = i;
      }
    }
    return false;
  }

  /** Whether {@code text} holds a run of exactly two digits. */
  private static boolean hasPair(String text) {
    int run = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && isDigit(text.charAt(i))) {
        run++;
      } else if (run == 2) {
        return true;
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static void add(PhoneText phone, int start, int end, List<Finding> out) {
    start = phone.writtenStart(start);
    String written = phone.written();
    if (hasPhoneShape(written, start, end)
        && !continuesAsNumber(written, start, end)
        && !isDecimal(written, start, end)
        && !isIpAddress(written, start, end)) {
      String match = written.substring(start, end);
      out.add(new Finding("phone", start, end, match, "phone number"));
    }
  }

  /** A {@code +} country code, separators between digits, or a phone word just before it. */
  static boolean hasPhoneShape(String text, int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '+' && first < 0) {
        return true;
      }
      if (c >= '0' && c <= '9') {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int i = first + 1; i < last; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return true;
      }
    }
    return hasPhoneWordBefore(text, start);
  }

  /**
   * {@code 2269.974834}, {@code 912.555.0142.3}: a number that a dot and more digits continue, or
   * that continues digits before it, is a decimal, a version or part of a longer number.
   */
  private static boolean continuesAsNumber(String text, int start, int end) {
    boolean digitBefore =
        start > 0
            && (isDigit(text.charAt(start - 1))
                || (start > 1 && text.charAt(start - 1) == '.' && isDigit(text.charAt(start - 2))));
    boolean digitAfter =
        end < text.length()
            && (isDigit(text.charAt(end))
                || (end + 1 < text.length()
                    && text.charAt(end) == '.'
                    && isDigit(text.charAt(end + 1))));
    return digitBefore || digitAfter;
  }

  /**
   * {@code 350.2265625}: digits with one dot between them and nothing else, a decimal (a drawing's
   * coordinate), while a number written with dots has two ({@code 912.555.0142}).
   */
  private static boolean isDecimal(String text, int start, int end) {
    int first = start;
    while (first < end && !isDigit(text.charAt(first))) {
      first++;
    }
    int last = end - 1;
    while (last > first && !isDigit(text.charAt(last))) {
      last--;
    }
    int dots = 0;
    for (int i = first; i <= last; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dots++;
      } else if (!isDigit(c)) {
        return false;
      }
    }
    return dots == 1 && text.lastIndexOf('+', first) < start;
  }

  /**
   * {@code 207.200.83.29}: four groups of digits with dots between them, each a number up to 255
   * written without a leading zero, is an IPv4 address (a URL's host, a server in a log), while a
   * number written with dots has three groups ({@code 912.555.0142}) or a group past 255 ({@code
   * 415.867.53.16}).
   */
  private static boolean isIpAddress(String text, int start, int end) {
    String[] groups = text.substring(start, end).strip().split("\\.", -1);
    if (groups.length != 4) {
      return false;
    }
    for (String group : groups) {
      if (group.isEmpty()
          || group.length() > 3
          || !group.chars().allMatch(c -> isDigit((char) c))
          || (group.length() > 1 && group.charAt(0) == '0')
          || Integer.parseInt(group) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A word such as {@code tel}, {@code phone} or {@code call} in the few chars before {@code
   * start}, with no other digits in between: {@code tel:}, {@code ?phoneNumber=}, {@code Call me
   * at}.
   */
  static boolean hasPhoneWordBefore(String text, int start) {
    int from = start;
    while (from > 0 && start - from < CONTEXT && !isDigit(text.charAt(from - 1))) {
      from--;
    }
    return hasPhoneWord(text, from, start);
  }

  /**
   * The number in E.164 ({@code +19125550142}) for finding ids, or its digits if it will not parse.
   */
  String normalise(String number) {
    try {
      String dialled = PhoneText.of(number.strip()).dialled().strip();
      return phones.format(phones.parse(dialled, region), PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      return number.replaceAll("[^0-9+]", "");
    }
  }
}
