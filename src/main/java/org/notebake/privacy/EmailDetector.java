package org.notebake.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds email addresses, plain (internationalised ones too: {@code jürgen@müller.de}, {@code
 * user@例え.jp}) and written as {@code name [at] example [dot] org}, except the addresses the site
 * lists as public. The domain must end in a real public suffix ({@link PublicSuffixes}), so {@code
 * X@np.transpose} or {@code katex@0.16.9} is not an address; in code ({@link Channel#CODE}) an
 * address-like token that is called, indexed or assigned ({@code A@np.linalg.inv(B)}, {@code
 * jo@example.org:org/repo}) is code, not an address; git's remote {@code git@github.com:org/repo}
 * is never one, nor is an Azure storage URL's container ({@code
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
        || isWideDot(c)
        || c == '-';
  }

  /** The full stops a browser reads as a dot in a host name: {@code example。org}. */
  private static boolean isWideDot(char c) {
    return c == '\u3002' || c == '\uFF61';
  }

  /** The domain with its wide full stops as dots. */
  private static String dotted(String domain) {
    return domain.replace('\u3002', '.').replace('\uFF61', '.');
  }

  /**
   * A letter, digit or mark beyond ASCII, as in {@code jürgen@müller.de}, {@code почта@пример.рф}
   * or {@code user@例え.jp}: internationalised addresses (RFC 6531) and domains (IDNA).
   */
  private static boolean isWideChar(char c) {
    if (c < 0x80) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
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
      int end = domainEnd(text, at);
      if (channel.decodesPercent() && !isDomain(dotted(text.substring(at + 1, end)))) {
        end = withoutFileExtension(text, at + 1, end);
      }
      if (isDomain(dotted(text.substring(at + 1, end)))) {
        start = wideLocalStart(text, at);
      } else {
        // jürgen@müller.de, почта@пример.рф: the same, with letters beyond ASCII.
        int wideEnd = wideDomainEnd(text, at);
        if (isDomain(dotted(text.substring(at + 1, wideEnd)))) {
          start = wideLocalStart(text, at);
          end = wideEnd;
        }
      }
      if (start < at
          && isDomain(dotted(text.substring(at + 1, end)))
          && !isGitRemote(text, start, at, end)
          && !UrlCredentials.isUrlLogin(text, at)
          && !(channel == Channel.CODE && isCodeAround(text, start, end))) {
        String address = text.substring(start, at + 1) + dotted(text.substring(at + 1, end));
        // @jo@example.social: a fediverse handle has an address's shape; found all the same, and
        // called what it may be, so its owner knows why a handle is stopped.
        boolean handle = start > 0 && text.charAt(start - 1) == '@';
        report(text.substring(start, end), start, end, address, handle, out);
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

  /** The end of an ASCII domain after {@code at}, without a trailing dot or dash. */
  private static int domainEnd(String text, int at) {
    int end = at + 1;
    while (end < text.length() && isDomainChar(text.charAt(end))) {
      end++;
    }
    return trimmed(text, at, end);
  }

  private static int trimmed(String text, int at, int end) {
    while (end > at + 1
        && (text.charAt(end - 1) == '.'
            || text.charAt(end - 1) == '-'
            || isWideDot(text.charAt(end - 1)))) {
      end--;
    }
    return end;
  }

  /**
   * The end of a domain that may hold letters beyond ASCII. Its last label ends where its script
   * does, so that text written without spaces after it is not part of it ({@code 例え.jpまで}).
   */
  private static int wideDomainEnd(String text, int at) {
    int end = at + 1;
    while (end < text.length()
        && (isDomainChar(text.charAt(end)) || isWideChar(text.charAt(end)))) {
      end++;
    }
    end = trimmed(text, at, end);
    int label = lastDot(text, at, end) + 1;
    if (label > at + 1 && label < end) {
      int script = scriptGroup(text.charAt(label));
      int i = label + 1;
      while (i < end && sameScript(script, text.charAt(i))) {
        i++;
      }
      end = i;
    }
    return end;
  }

  /** The last dot of any width in {@code text} after {@code from} and before {@code end}, or -1. */
  private static int lastDot(String text, int from, int end) {
    for (int i = end - 1; i > from; i--) {
      if (text.charAt(i) == '.' || isWideDot(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The start of a local part that may hold letters beyond ASCII: it stops where the script
   * changes, so that {@code 連絡はuser@} is {@code user@}.
   */
  private static int wideLocalStart(String text, int at) {
    int start = at;
    int script = -1;
    while (start > 0 && start > at - 64) {
      char c = text.charAt(start - 1);
      if (!isLocalChar(c) && !isWideChar(c)) {
        break;
      }
      int group = scriptGroup(c);
      if (group >= 0 && script >= 0 && group != script) {
        break;
      }
      script = group >= 0 ? group : script;
      start--;
    }
    while (start < at && text.charAt(start) == '.') {
      start++;
    }
    return start;
  }

  /** Whether {@code c} is of {@code script}, or of none (a digit, a dash, a mark). */
  private static boolean sameScript(int script, char c) {
    int group = scriptGroup(c);
    return group < 0 || script < 0 || group == script;
  }

  /**
   * The script of a letter, Japanese kana counted as Han (a Japanese name mixes them), or -1 for a
   * char of no one script.
   */
  private static int scriptGroup(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return switch (script) {
      case COMMON, INHERITED, UNKNOWN -> -1;
      case HIRAGANA, KATAKANA -> Character.UnicodeScript.HAN.ordinal();
      default -> script.ordinal();
    };
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
   * At a git host's own name ({@link #GIT_HOSTS}) {@code git@} is its SSH login whatever follows
   * ({@code ssh -T git@github.com}, {@code mailto:} of an autolink), and in a URL's login ({@code
   * ssh://git@git.example.org/…}) it is git's; elsewhere {@code git@} alone may be a mailbox, and
   * is reported.
   */
  private static boolean isGitRemote(String text, int start, int at, int end) {
    if (at - start != 3 || !text.startsWith("git", start)) {
      return false;
    }
    if (GIT_HOSTS.contains(text.substring(at + 1, end).toLowerCase(Locale.ROOT))
        || text.startsWith("://", start - 3)) {
      return true; // ssh://git@host/…: a URL's login, which UrlCredentials judges
    }
    if (end + 1 >= text.length() || text.charAt(end) != ':') {
      return false;
    }
    char first = text.charAt(end + 1);
    return Character.isLetterOrDigit(first) || first == '/' || first == '~' || first == '_';
  }

  /** Hosts whose SSH remotes all log in as {@code git}: {@code git@} there is nobody's mailbox. */
  static final Set<String> GIT_HOSTS =
      Set.of(
          "github.com",
          "ssh.github.com",
          "gitlab.com",
          "bitbucket.org",
          "codeberg.org",
          "git.sr.ht",
          "gitea.com",
          "ssh.dev.azure.com",
          "vs-ssh.visualstudio.com",
          "heroku.com",
          "huggingface.co",
          "hf.co");

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
        report(text.substring(start, domain.end()), start, domain.end(), address, false, out);
      }
    }
  }

  private void report(
      String match, int start, int end, String address, boolean handle, List<Finding> out) {
    String lower = address.toLowerCase(Locale.ROOT);
    String domain = lower.substring(lower.indexOf('@'));
    if (!publicEmails.contains(lower)
        && !publicEmails.contains(domain)
        && !isPlaceholder(lower.substring(0, lower.indexOf('@')), domain.substring(1))) {
      String description = handle ? "email address or fediverse handle" : "email address";
      out.add(new Finding("email", start, end, match, description, address, "email:"));
    }
  }

  /**
   * {@code you@example.com}, {@code your.email@example.org}: the address a tutorial tells the
   * reader to replace (git config, ssh-keygen -C). The domains RFC 2606 reserves for documentation
   * can be nobody's mailbox; a name there ({@code jo@example.org}) is still found, since it may be
   * the real half of an address someone hid only the domain of.
   */
  static boolean isPlaceholder(String local, String domain) {
    if (!RESERVED_DOMAIN.matcher(domain).matches()) {
      return false;
    }
    for (String word : local.split("[._+-]", -1)) {
      if (!PLACEHOLDER_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern RESERVED_DOMAIN =
      Pattern.compile("(?:[a-z0-9-]+\\.)*example\\.(?:com|net|org)");

  private static final Set<String> PLACEHOLDER_WORDS =
      Set.of(
          "you",
          "your",
          "yours",
          "user",
          "username",
          "name",
          "first",
          "last",
          "firstname",
          "lastname",
          "full",
          "fullname",
          "email",
          "mail",
          "address",
          "someone",
          "somebody",
          "example",
          "sample",
          "placeholder");
}
