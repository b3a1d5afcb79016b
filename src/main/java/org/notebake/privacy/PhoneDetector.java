package org.notebake.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;

/**
 * Finds phone numbers with libphonenumber at leniency VALID: a number must be a real, dialable
 * number of the region, which keeps dates, years, zip codes and {@code 1,000,000} quiet, and leaves
 * a bare {@code 555-0142} (no area code) alone.
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
            detectIn(text, windowStart, windowEnd, out);
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
      detectIn(text, windowStart, windowEnd, out);
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

  private void detectIn(String text, int offset, int to, List<Finding> out) {
    Iterable<PhoneNumberMatch> matches =
        phones.findNumbers(
            text.substring(offset, to), region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE);
    for (PhoneNumberMatch match : matches) {
      out.add(
          new Finding(
              "phone",
              offset + match.start(),
              offset + match.end(),
              match.rawString(),
              "phone number"));
    }
  }
}
