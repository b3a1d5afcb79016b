package org.notebake.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds email addresses, plain and written as {@code name [at] example [dot] org}, except the
 * addresses the site lists as public. The domain must end in a real public suffix ({@link
 * PublicSuffixes}), so {@code X@np.transpose} or {@code katex@0.16.9} is not an address; in code
 * ({@link Channel#CODE}) an address-like token that is called, indexed or assigned ({@code
 * A@np.linalg.inv(B)}, {@code jo@example.org:org/repo}) is code, not an address; git's remote
 * {@code git@github.com:org/repo} is never one, nor is an Azure storage URL's container ({@code
 * abfss://data@account.dfs.core.windows.net}).
 *
 * <p>A plain address is found by expanding around each {@code @} by hand rather than with one
 * regex, because a regex that starts with a repeated character class is quadratic on long runs of
 * letters, such as a base64 blob in a code block.
 */
final class EmailDetector {
  private static final Pattern AT_WORD =
      Pattern.compile("[\\[({]\\s{0,2}at\\s{0,2}[\\])}]", Pattern.CASE_INSENSITIVE);
  private static final Pattern OBFUSCATED_DOMAIN =
      Pattern.compile(
          "\\s{0,2}([A-Za-z0-9-]{1,63})((?:\\s{0,2}(?:[\\[({]\\s{0,2}dot\\s{0,2}[\\])}]|\\.)"
              + "\\s{0,2}[A-Za-z0-9-]{1,63}){1,6})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOT_WORD =
      Pattern.compile("\\s*(?:[\\[({]\\s*dot\\s*[\\])}]|\\.)\\s*", Pattern.CASE_INSENSITIVE);

  private final Set<String> publicEmails;

  /** {@code publicEmails} are lower case; an entry {@code @example.org} allows a whole domain. */
  EmailDetector(Set<String> publicEmails) {
    this.publicEmails = publicEmails;
  }

  static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-';
  }

  /** Finds addresses in {@code text}; {@code chars} holds the same chars. */
  void detect(String text, char[] chars, List<Finding> out) {
    detect(text, chars, out, Channel.TEXT);
  }

  /**
   * Finds addresses in {@code text} read as {@code channel}; {@code chars} holds the same chars.
   */
  void detect(String text, char[] chars, List<Finding> out, Channel channel) {
    for (int at = indexOf(chars, '@', 0); at >= 0; at = indexOf(chars, '@', at + 1)) {
      int start = localStart(text, at);
      int end = at + 1;
      while (end < text.length() && isDomainChar(text.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
        end--;
      }
      if (channel.decodesPercent() && !isDomain(text.substring(at + 1, end))) {
        end = withoutFileExtension(text, at + 1, end);
      }
      if (start < at
          && isDomain(text.substring(at + 1, end))
          && !isGitRemote(text, start, at, end)
          && !UrlCredentials.isContainer(text, start, at)
          && !(channel == Channel.CODE && isCodeAround(text, start, end))) {
        report(text.substring(start, end), start, end, text.substring(start, end), out);
      }
    }
    detectObfuscated(text, out);
  }

  private static int indexOf(char[] chars, char c, int from) {
    for (int i = from; i < chars.length; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int localStart(String text, int at) {
    int start = at;
    while (start > 0 && start > at - 64 && isLocalChar(text.charAt(start - 1))) {
      start--;
    }
    while (start < at && text.charAt(start) == '.') {
      start++;
    }
    return start;
  }

  private static final Set<String> FILE_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "pdf", "txt", "md", "html", "htm",
          "csv", "json", "zip", "vcf", "ics");

  /**
   * In a URL or a file name, {@code jo@example.org.png} is an address with a file extension: the
   * end of the domain without it.
   */
  private static int withoutFileExtension(String text, int domainStart, int end) {
    int dot = end - 1;
    while (dot > domainStart && text.charAt(dot) != '.') {
      dot--;
    }
    if (dot > domainStart
        && FILE_EXTENSIONS.contains(text.substring(dot + 1, end).toLowerCase(Locale.ROOT))) {
      return dot;
    }
    return end;
  }

  /** A host name under a public suffix: {@code example.org}, {@code mail.example.co.uk}. */
  static boolean isDomain(String domain) {
    int lastDot = domain.lastIndexOf('.');
    if (lastDot <= 0 || domain.contains("..")) {
      return false;
    }
    String tld = domain.substring(lastDot + 1);
    if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return PublicSuffixes.bundled().isUnderPublicSuffix(domain);
  }

  /**
   * In code, what follows or precedes an address-like token tells: a call or index ({@code (},
   * {@code [}), an SSH remote ({@code :org/repo}), an assignment, or a closing bracket before it.
   */
  private static boolean isCodeAround(String text, int start, int end) {
    char after = end < text.length() ? text.charAt(end) : ' ';
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    boolean remote = after == ':' && end + 1 < text.length() && !isSpace(text.charAt(end + 1));
    return after == '(' || after == '[' || after == '=' || remote || before == ')' || before == ']';
  }

  /**
   * {@code git@github.com:owner/repo.git}, git's SCP-style remote, in any channel (a summary
   * flattens the code block it was in): the user {@code git} and a path right after the colon. A
   * person's address followed by a colon ({@code jane@example.org: call me}) is still an address.
   */
  private static boolean isGitRemote(String text, int start, int at, int end) {
    if (at - start != 3 || !text.startsWith("git", start)) {
      return false;
    }
    if (end + 1 >= text.length() || text.charAt(end) != ':') {
      return false;
    }
    char first = text.charAt(end + 1);
    return Character.isLetterOrDigit(first) || first == '/' || first == '~' || first == '_';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c);
  }

  /**
   * {@code jo [at] example [dot] org}: people do this to dodge scrapers, it is still an address.
   */
  private void detectObfuscated(String text, List<Finding> out) {
    Matcher at = AT_WORD.matcher(text);
    Matcher domain = OBFUSCATED_DOMAIN.matcher(text);
    while (at.find()) {
      int localEnd = at.start();
      while (localEnd > 0 && localEnd > at.start() - 3 && text.charAt(localEnd - 1) == ' ') {
        localEnd--;
      }
      int start = localStart(text, localEnd);
      domain.region(at.end(), text.length());
      if (start == localEnd || !domain.lookingAt()) {
        continue;
      }
      String host = domain.group(1) + DOT_WORD.matcher(domain.group(2)).replaceAll(".");
      if (isDomain(host)) {
        String address = text.substring(start, localEnd) + "@" + host;
        report(text.substring(start, domain.end()), start, domain.end(), address, out);
      }
    }
  }

  private void report(String match, int start, int end, String address, List<Finding> out) {
    String lower = address.toLowerCase(Locale.ROOT);
    String domain = lower.substring(lower.indexOf('@'));
    if (!publicEmails.contains(lower) && !publicEmails.contains(domain)) {
      out.add(new Finding("email", start, end, match, "email address", address, "email:"));
    }
  }
}
