package org.notebake.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;

/**
 * Finds phone numbers with libphonenumber at leniency VALID: a number must be a real, dialable
 * number of the region, which keeps dates, years, zip codes and {@code 1,000,000} quiet, and leaves
 * a bare {@code 555-0142} (no area code) alone.
 */
final class PhoneDetector {
  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final String region;

  PhoneDetector(String region) {
    this.region = region;
  }

  void detect(String text, List<Finding> out) {
    Iterable<PhoneNumberMatch> matches =
        phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE);
    for (PhoneNumberMatch match : matches) {
      out.add(new Finding("phone", match.start(), match.end(), match.rawString(), "phone number"));
    }
  }
}
