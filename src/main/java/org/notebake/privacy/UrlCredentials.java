package org.notebake.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a user name or password written into a URL, {@code https://jo:hunter2@example.org/}: a
 * URL's userinfo is always reported, whatever it holds, since a browser sends it and a reader sees
 * it. Two exceptions: Azure storage's own schemes name a container there ({@code
 * abfss://data@account.dfs.core.windows.net/}, {@code wasbs://logs@account.blob.core...}), so a
 * userinfo without a {@code :} is no finding in them; with a password it still is. The user {@code
 * git} alone ({@code ssh://git@github.com/owner/repo.git}) is git's shared SSH login, {@code
 * anonymous} or {@code ftp} alone anonymous FTP's ({@code ftp://anonymous@ftp.gnu.org/}). And a
 * user and password that are variables ({@code https://$TOKEN:@api.github.com} in a shell script)
 * show only the names of what a script sends.
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
      if (at > start
          && at + 1 < end
          && !isContainer(text, start, at)
          && !isPublicLogin(text, start, at)
          && !isVariableLogin(text, at)) {
        String match = text.substring(start, end);
        out.add(new Finding(RULE, start, end, match, "user name or password in a URL"));
      }
    }
  }

  /**
   * A login everyone shares, alone (no password): {@code ssh://git@github.com/owner/repo.git}'s
   * {@code git}, the login every git server's SSH remotes share (the one a {@code git@host:path}
   * remote writes too), and anonymous FTP's {@code anonymous} and {@code ftp} (RFC 1635), as in
   * {@code ftp://anonymous@ftp.gnu.org/gnu/} in a networking book's notes. No person's name.
   */
  private static boolean isPublicLogin(String text, int start, int at) {
    String user = text.substring(start, at);
    return user.equals("git") || user.equalsIgnoreCase("anonymous") || user.equals("ftp");
  }

  /**
   * True if the {@code @} at {@code at} ends a URL's userinfo ({@code scheme://user@host}): the
   * user is this scan's to judge, so the e-mail scan leaves it (one finding for one text, not a
   * second one only after the first is allowed).
   */
  static boolean isUrlLogin(String text, int at) {
    int start = at;
    while (start > 0 && !endsAuthority(text.charAt(start - 1)) && text.charAt(start - 1) != '@') {
      start--;
    }
    return start >= 4 && text.startsWith("://", start - 3) && isSchemeChar(text.charAt(start - 4));
  }

  /** A shell or batch variable: {@code $TOKEN}, {@code ${GH_TOKEN}}, {@code %PASSWORD%}. */
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?|%[A-Za-z_][A-Za-z0-9_]*%");

  /**
   * True if the {@code @} at {@code at} ends a URL's userinfo whose user and password (empty or
   * absent) are variables: {@code https://$TOKEN:@api.github.com}.
   */
  static boolean isVariableLogin(String text, int at) {
    int start = at;
    while (start > 0 && !endsAuthority(text.charAt(start - 1))) {
      start--;
    }
    return start >= 3
        && text.startsWith("://", start - 3)
        && isVariables(text.substring(start, at));
  }

  private static boolean isVariables(String userinfo) {
    int colon = userinfo.indexOf(':');
    String user = colon < 0 ? userinfo : userinfo.substring(0, colon);
    String password = colon < 0 ? "" : userinfo.substring(colon + 1);
    return VARIABLE.matcher(user).matches()
        && (password.isEmpty() || VARIABLE.matcher(password).matches());
  }

  /** Azure storage's schemes, whose userinfo is a container name. */
  private static final java.util.Set<String> CONTAINER_SCHEMES =
      java.util.Set.of("abfs", "abfss", "wasb", "wasbs");

  /**
   * True if {@code [start, at)} is the userinfo of an Azure storage URL (its "://" right before
   * {@code start}) and holds no password: a container's name.
   */
  static boolean isContainer(String text, int start, int at) {
    int slashes = start - 3;
    if (slashes < 1 || !text.startsWith("://", slashes)) {
      return false;
    }
    int scheme = slashes;
    while (scheme > 0 && isSchemeChar(text.charAt(scheme - 1))) {
      scheme--;
    }
    int colon = text.indexOf(':', start);
    boolean password = colon >= 0 && colon < at;
    return !password
        && CONTAINER_SCHEMES.contains(
            text.substring(scheme, slashes).toLowerCase(java.util.Locale.ROOT));
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
