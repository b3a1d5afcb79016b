package org.notebake.privacy;

import java.util.List;

/**
 * Finds a user name or password written into a URL, {@code https://jo:hunter2@example.org/}: a
 * URL's userinfo is always reported, whatever it holds, since a browser sends it and a reader sees
 * it.
 *
 * <pre>{@code
 * UrlCredentials.detect("see https://jo:hunter2@example.org/x", out); // "jo:hunter2@example.org"
 * }</pre>
 */
final class UrlCredentials {
  static final String RULE = "url-credentials";

  private UrlCredentials() {}

  static void detect(String text, List<Finding> out) {
    for (int slashes = text.indexOf("://");
        slashes >= 0;
        slashes = text.indexOf("://", slashes + 3)) {
      if (slashes == 0 || !isSchemeChar(text.charAt(slashes - 1))) {
        continue;
      }
      int start = slashes + 3;
      int end = start;
      int at = -1;
      while (end < text.length() && !endsAuthority(text.charAt(end))) {
        if (text.charAt(end) == '@') {
          at = end;
        }
        end++;
      }
      if (at > start && at + 1 < end) {
        String match = text.substring(start, end);
        out.add(new Finding(RULE, start, end, match, "user name or password in a URL"));
      }
    }
  }

  private static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+';
  }

  private static boolean endsAuthority(char c) {
    return c == '/'
        || c == '?'
        || c == '#'
        || c == '"'
        || c == '\''
        || c == '<'
        || c == '>'
        || c == '`'
        || c == ')'
        || c == ']'
        || Character.isWhitespace(c);
  }
}
