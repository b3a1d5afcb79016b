package org.notebake.privacy;

/**
 * Hides most of a finding so that build logs, which people paste into issues and chats, do not
 * republish the very data the scanner caught.
 */
final class FindingMask {
  private static final String HIDDEN = "****";

  private FindingMask() {}

  static String mask(String rule, String match) {
    if (rule.equals(CalloutMarkers.RULE)) {
      return match; // the marker itself is syntax, not a secret: it says what to look for
    }
    if (rule.equals("email")) {
      return maskEmail(match);
    }
    if (rule.equals("password") || rule.equals(SecretRules.CURL_RULE)) {
      return match.isEmpty() ? HIDDEN : match.substring(0, 1) + HIDDEN;
    }
    if (rule.equals(UrlCredentials.RULE)) {
      int at = match.lastIndexOf('@');
      return match.isEmpty() ? HIDDEN : match.substring(0, 1) + HIDDEN + match.substring(at);
    }
    if (SecretRules.BY_NAME.contains(rule)) {
      return match.substring(0, Math.min(2, match.length())) + HIDDEN;
    }
    if (rule.startsWith("secret.")) {
      return maskSecret(match);
    }
    return maskKeepingSeparators(match);
  }

  /** Keeps the first 3 and last 2 letters or digits and every separator: {@code 912 *** **42}. */
  static String maskKeepingSeparators(String match) {
    int significant = (int) match.codePoints().filter(Character::isLetterOrDigit).count();
    int keepHead = significant > 5 ? 3 : Math.min(1, significant);
    int keepTailFrom = significant > 5 ? significant - 2 : significant;
    StringBuilder out = new StringBuilder(match.length());
    int seen = 0;
    for (int i = 0; i < match.length(); ) {
      int cp = match.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        boolean keep = seen < keepHead || seen >= keepTailFrom;
        out.appendCodePoint(keep ? cp : '*');
        seen++;
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** {@code annie@example.org} becomes {@code an***@example.org}; the domain is rarely private. */
  private static String maskEmail(String match) {
    int local = match.indexOf('@');
    if (local < 0) {
      local = 0;
      while (local < match.length() && EmailDetector.isLocalChar(match.charAt(local))) {
        local++;
      }
    }
    int chars = match.codePointCount(0, local);
    int keep = match.offsetByCodePoints(0, chars > 2 ? 2 : Math.min(1, chars));
    return match.substring(0, keep) + "***" + match.substring(local);
  }

  /**
   * Shows only the token's well-known prefix ({@code ghp_}, {@code sk-ant-}, {@code AKIA}), which
   * tells the reader which service the token belongs to without revealing any of the secret part.
   */
  private static String maskSecret(String match) {
    if (match.startsWith("-----BEGIN")) {
      int endOfHeader = match.indexOf("-----", 10);
      return endOfHeader < 0
          ? "-----BEGIN " + HIDDEN
          : match.substring(0, endOfHeader + 5) + HIDDEN;
    }
    int window = Math.min(match.length(), 12);
    int lastSeparator = -1;
    for (int i = 0; i < window; i++) {
      char c = match.charAt(i);
      if (c == '_' || c == '-') {
        lastSeparator = i;
      }
    }
    int keep = lastSeparator > 0 ? lastSeparator + 1 : Math.min(4, match.length() / 4);
    return match.substring(0, keep) + HIDDEN;
  }
}
