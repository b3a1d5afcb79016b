package org.notebake.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a number is grouped as written compared with how its region groups it, for the numbers
 * libphonenumber's STRICT_GROUPING turns down because they are split further than the region splits
 * them.
 *
 * <pre>{@code
 * // US: 415 867 5316
 * PhoneGrouping.splitsFurther(phones, match("415 867 53 16")); // true
 * PhoneGrouping.splitsFurther(phones, match("41 58 67 53 16")); // false
 * }</pre>
 */
final class PhoneGrouping {
  private PhoneGrouping() {}

  /**
   * Whether the groups of digits a number is written in split each of the groups the region formats
   * it in ({@code 415 867 5316}) into groups of two or more digits ({@code 415 867 53 16}): a
   * written number, while {@code 41 58 67 53 16} or {@code 1 2 3 4 5 6 7 8 9 10} is a list.
   */
  static boolean splitsFurther(PhoneNumberUtil phones, PhoneNumberMatch match) {
    String national = phones.getNationalSignificantNumber(match.number());
    String international =
        phones.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    String[] formatted = international.split("[^0-9]+");
    String[] written = match.rawString().split("[^0-9]+");
    Set<Integer> formattedBounds = bounds(formatted, String.join("", formatted), national);
    Set<Integer> writtenBounds = bounds(written, String.join("", written), national);
    if (formattedBounds == null || writtenBounds == null) {
      return false;
    }
    int last = 0;
    boolean pair = false;
    for (int bound : writtenBounds) {
      if (bound - last < 2) {
        return false;
      }
      pair |= bound - last == 2;
      last = bound;
    }
    pair |= national.length() - last == 2;
    return pair
        && national.length() - last >= 2
        && writtenBounds.size() > formattedBounds.size()
        && writtenBounds.containsAll(formattedBounds);
  }

  /**
   * Where groups end within the national number that {@code digits} (the groups joined) ends with,
   * counted from its start, in order; null if the digits do not end with it.
   */
  private static Set<Integer> bounds(String[] groups, String digits, String national) {
    if (!digits.endsWith(national)) {
      return null;
    }
    int prefix = digits.length() - national.length();
    Set<Integer> bounds = new TreeSet<>();
    int at = 0;
    for (String group : groups) {
      at += group.length();
      if (at > prefix && at - prefix < national.length()) {
        bounds.add(at - prefix);
      }
    }
    return bounds;
  }
}
