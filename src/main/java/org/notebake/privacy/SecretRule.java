package org.notebake.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of credential, in the shape of a gitleaks rule: a regex, cheap keywords that must appear
 * before the regex is even run, and an optional minimum Shannon entropy of the secret part that
 * keeps words like {@code api_key = your_key_goes_here} quiet.
 *
 * <pre>{@code
 * new SecretRule("secret.example-token", "Example token",
 *     Pattern.compile("\\bexm_[0-9A-Za-z]{32}\\b"), 0, List.of("exm_"), 0);
 * }</pre>
 *
 * @param id the finding's rule id, {@code secret.aws-access-key}
 * @param description for people, "AWS access key"
 * @param pattern finds the token; {@code group} is the secret part
 * @param group the capturing group reported as the finding (0 for the whole match)
 * @param keywords lower-case strings of which one must occur in the text, or empty for none
 * @param minEntropy bits per char the secret part must reach; 0 to skip the check
 * @param digitUnquoted whether a value written without quotes needs a digit to count ({@code
 *     password: Otter-77}, not {@code password: lists})
 * @param holds what the secret part must hold beyond its shape (an HTTP Basic credential decodes to
 *     {@code user:password}), or null when its shape is enough
 */
public record SecretRule(
    String id,
    String description,
    Pattern pattern,
    int group,
    List<String> keywords,
    double minEntropy,
    boolean digitUnquoted,
    java.util.function.Predicate<String> holds) {

  public SecretRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(pattern, "pattern");
    keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }

  /** A rule whose secret part counts by its shape alone. */
  public SecretRule(
      String id,
      String description,
      Pattern pattern,
      int group,
      List<String> keywords,
      double minEntropy,
      boolean digitUnquoted) {
    this(id, description, pattern, group, keywords, minEntropy, digitUnquoted, null);
  }

  /** A rule whose unquoted values need no digit. */
  public SecretRule(
      String id,
      String description,
      Pattern pattern,
      int group,
      List<String> keywords,
      double minEntropy) {
    this(id, description, pattern, group, keywords, minEntropy, false);
  }

  /**
   * Finds this rule's tokens in {@code text}. The caller runs it only when one of its {@link
   * #keywords} occurs there (a {@link KeywordFilter} tells, for all rules at once).
   */
  void detect(String text, List<Finding> out) {
    detect(text, out, Channel.TEXT);
  }

  /**
   * A rule whose pattern has a group named {@code quote}, before the value of a {@code key: value}
   * pair, reads the value as code would: quoted, it must be closed right after the value and not be
   * the key's own name ({@code password: "Password"} is a label); unquoted, it is an expression in
   * JavaScript, JSON or CSS ({@code password:e.password}) and never a secret. Elsewhere an unquoted
   * value is one unless it is code or a word ({@link #isCodeOrWord}), and, for a rule that wants
   * {@code digitUnquoted}, unless it has no digit: after {@code password:} prose goes on with any
   * word ({@code password: /etc/passwd}, {@code username:password:uid}), while a password written
   * down bare has one ({@code password: Otter-77}).
   */
  void detect(String text, List<Finding> out, Channel channel) {
    Matcher matcher = pattern.matcher(text);
    boolean quoted = pattern.pattern().contains("(?<quote>");
    while (matcher.find()) {
      String secret = matcher.group(group);
      if (secret == null
          || isPlaceholder(secret)
          || entropy(secret) < minEntropy
          || holds != null && !holds.test(secret)) {
        continue;
      }
      if (quoted && !isValue(text, matcher, secret, channel)) {
        continue;
      }
      out.add(new Finding(id, matcher.start(group), matcher.end(group), secret, description));
    }
  }

  private static final java.util.Set<String> LITERALS =
      java.util.Set.of("true", "false", "null", "undefined", "none", "nil", "void", "nan");

  private static final java.util.Set<String> KEY_NAMES =
      java.util.Set.of(
          "password", "passwd", "passwort", "passcode", "pwd", "secret", "token", "key", "apikey");

  private boolean isValue(String text, Matcher matcher, String secret, Channel channel) {
    String quote = matcher.group("quote");
    if (!quote.isEmpty()) {
      int end = matcher.end(group);
      return end < text.length()
          && text.charAt(end) == quote.charAt(0)
          && !KEY_NAMES.contains(secret.toLowerCase(Locale.ROOT));
    }
    if (channel == Channel.SCRIPT) {
      return false;
    }
    String head = secret.split("[,;)}\\]]", 2)[0].toLowerCase(Locale.ROOT);
    if (secret.startsWith("!") || LITERALS.contains(head)) {
      return false;
    }
    if (digitUnquoted && isWrittenDownWord(text, matcher.end(group), secret)) {
      return true;
    }
    return !isCodeOrWord(text, matcher.end(group), secret)
        && (!digitUnquoted || secret.chars().anyMatch(c -> c >= '0' && c <= '9'));
  }

  /**
   * Words that end a {@code password: ...} line without being one: types of a schema or of code,
   * states of a to-do (the key's own names are {@link #KEY_NAMES}, literals {@link #LITERALS}).
   */
  private static final java.util.Set<String> NOT_A_PASSWORD =
      java.util.Set.of(
          "string",
          "text",
          "secret",
          "secretstr",
          "char",
          "bytes",
          "integer",
          "boolean",
          "optional",
          "required",
          "hidden",
          "masked",
          "redacted",
          "encrypted",
          "hashed",
          "empty",
          "blank",
          "unknown",
          "unset",
          "same",
          "done",
          "todo",
          "pending",
          "changed",
          "reset",
          "updated",
          "sent",
          "saved",
          "expired",
          "forgotten",
          "needed",
          "missing",
          "tbd",
          "ditto",
          "field",
          "input",
          "prompt",
          "files",
          "compat");

  /**
   * A password written down as a bare word, the last thing on its line: {@code wifi password:
   * sunflower}, {@code - Passwort: Sonnenblume}. Prose goes on after such a word ({@code password:
   * never share it}), code calls or types it ({@code password: str)}, {@code password: SecretStr}).
   */
  private static boolean isWrittenDownWord(String text, int valueEnd, String secret) {
    String word = secret.endsWith(".") ? secret.substring(0, secret.length() - 1) : secret;
    if (!WORDS.matcher(word).matches()
        || word.indexOf('.') >= 0
        || word.indexOf('$') >= 0
        || word.indexOf('_') >= 0) { // an identifier: password = user_external_password
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return false; // CamelCase: a type or an identifier
      }
    }
    int end = valueEnd;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    boolean endsLine = end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
    String lower = word.toLowerCase(Locale.ROOT);
    return endsLine && !NOT_A_PASSWORD.contains(lower) && !KEY_NAMES.contains(lower);
  }

  /** Letters, {@code _}, {@code $} and dots only: a word, a type or an attribute read. */
  private static final Pattern WORDS = Pattern.compile("[\\p{L}_$]+(?:\\.[\\p{L}_$]+)*\\.?");

  /**
   * An unquoted value that is code, not a credential: a type or a word ({@code password: str}), an
   * attribute read ({@code apikey = env.get_openai_api_key}), a call or index ({@code
   * getpass.getpass(}, {@code request.form[}, or one followed by {@code (}), a path ({@code
   * /etc/passwd}) or a list of fields ({@code uid:gid:gecos}).
   */
  private static boolean isCodeOrWord(String text, int end, String secret) {
    boolean called = end < text.length() && (text.charAt(end) == '(' || text.charAt(end) == '[');
    return called
        || WORDS.matcher(secret).matches()
        || secret.indexOf('(') >= 0
        || secret.indexOf('[') >= 0
        || secret.indexOf('{') >= 0
        || secret.indexOf(':') >= 0
        || secret.startsWith("/")
        || secret.startsWith("~/")
        || secret.startsWith("./")
        || secret.startsWith("../");
  }

  /**
   * {@code ****}, {@code xxxxxx}, {@code <your-token>}, {@code [pwd]}, {@code ${TOKEN}}, and the
   * defaults every manual prints ({@code changeme}, Java's {@code changeit}): examples, not leaks.
   */
  static boolean isPlaceholder(String secret) {
    return secret.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '.' || c == '•')
        || secret.startsWith("<")
        || BRACKETED_WORDS.matcher(secret).matches()
        || secret.startsWith("${")
        || secret.startsWith("{{")
        || DOCUMENTED_DEFAULTS.contains(secret.toLowerCase(Locale.ROOT))
        || PLACEHOLDER_WORDS.matcher(secret).matches() && !hasHump(secret)
        || VARIABLE.matcher(secret).matches();
  }

  /**
   * Words in square brackets, the other way manuals mark where a reader's own value goes: {@code
   * "password": "[pwd]"}, {@code [db password]}, {@code [비밀번호]}. A digit or a sign inside ({@code
   * [Otter-77]}) makes it a value.
   */
  private static final Pattern BRACKETED_WORDS = Pattern.compile("\\[[\\p{L}\\p{M} _.]+]");

  /**
   * A variable named for what it holds: {@code '$passwd'} in a PHP query, {@code %PASSWORD%},
   * {@code $env:DB_PASSWORD}, {@code @password} and {@code :api_token} as SQL parameters. A value
   * that merely starts with one of those signs ({@code @Sunflower7}) is not named so.
   */
  private static final Pattern VARIABLE =
      Pattern.compile(
          "(?i)(?:[$@:&]|\\$env:)\\{?(?=[a-z0-9_.]*(?:pass|pwd|secret|token|key|cred|auth))"
              + "[a-z_][a-z0-9_.]*}?"
              + "|%(?=[a-z0-9_]*(?:pass|pwd|secret|token|key|cred|auth))[a-z_][a-z0-9_]*%");

  /** A lower-case letter followed by a capital: {@code MySampleKey} is a value, not words. */
  private static boolean hasHump(String secret) {
    for (int i = 1; i < secret.length(); i++) {
      if (Character.isUpperCase(secret.charAt(i)) && Character.isLowerCase(secret.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A value in words that says where one goes: {@code YOUR_REDACTED_TOKEN}, {@code
   * REPLACE_WITH_YOUR_KEY}, {@code api-key-here}, {@code EXAMPLE_SECRET}, {@code user-password}.
   * Letters and separators only, and no {@link #hasHump hump}: a real token has digits or mixed
   * case.
   */
  private static final Pattern PLACEHOLDER_WORDS =
      Pattern.compile(
          "(?i)(?=[a-z_\\-. ]+$)(?:(?:your|my|insert|replace|enter|put|paste)(?:[_\\- ].*)?|.*[_\\- ]here"
              + "|.*(?:redacted|placeholder|example|dummy|fake|sample).*"
              // whose it is, then what it is: 'user-password' in a tutorial's SQL, db_password
              + "|(?:user|new|old|db|database|admin|root|app|api|the|some|test|default|strong"
              + "|secure|super)[_\\- ](?:password|passwd|pwd|passphrase|secret|token|key))",
          Pattern.UNICODE_CASE);

  /**
   * Values manuals and tutorials print where a reader's own goes (a vault's notes copy them with
   * the commands around them): {@code password: changeme} in a Docker guide, {@code -storepass
   * changeit} for Java's trust store.
   */
  private static final java.util.Set<String> DOCUMENTED_DEFAULTS =
      java.util.Set.of(
          "changeme",
          "change-me",
          "changeit",
          "placeholder",
          "yourpassword",
          "your-password",
          "mypassword",
          "my-password",
          "hunter2");

  /** Shannon entropy in bits per char. */
  static double entropy(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double bits = 0;
    for (int count : counts) {
      bits += term(count, s.length());
    }
    return bits + term(other, s.length());
  }

  private static double term(int count, int length) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / length;
    return -p * (Math.log(p) / Math.log(2));
  }
}
