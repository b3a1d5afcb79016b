package org.notebake.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;

/**
 * Finds phone numbers with libphonenumber at leniency VALID: a number must be a real, dialable
 * number of the region, which keeps dates, years, zip codes and {@code 1,000,000} quiet, and leaves
 * a bare {@code 555-0142} (no area code) alone.
 *
 * <p>libphonenumber's matcher costs about a microsecond per char, so only lines with enough digits
 * to hold a number are handed to it; in prose that is a few lines a page.
 */
final class PhoneDetector {
  /**
   * Numbers in international form have at least 7 digits (Niue's +683 4002), and so do valid
   * numbers of the North American plan (country code 1, 10 digits). Elsewhere some national numbers
   * are as short as 4 digits.
   */
  private static final int SHORTEST_INTERNATIONAL = 7;

  private static final int SHORTEST_NATIONAL_ANYWHERE = 4;

  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final String region;
  private final int minDigits;

  PhoneDetector(String region) {
    this.region = region;
    boolean northAmerican = phones.getCountryCodeForRegion(region) == 1;
    this.minDigits = northAmerican ? SHORTEST_INTERNATIONAL : SHORTEST_NATIONAL_ANYWHERE;
  }

  void detect(String text, List<Finding> out) {
    int lineStart = 0;
    int digits = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '\n') {
        if (digits >= minDigits) {
          detectInLine(text.substring(lineStart, i), lineStart, out);
        }
        lineStart = i + 1;
        digits = 0;
      }
    }
  }

  private void detectInLine(String line, int offset, List<Finding> out) {
    Iterable<PhoneNumberMatch> matches =
        phones.findNumbers(line, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE);
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
