package org.notebake.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in credential rules, modelled on gitleaks' {@code config/gitleaks.toml}. Every regex is
 * anchored on a literal prefix or a keyword and uses bounded repetition, so a page of any size is
 * scanned in linear time.
 *
 * <pre>{@code
 * List<SecretRule> rules = SecretRules.defaults();
 * }</pre>
 */
public final class SecretRules {
  static final String GENERIC_RULE = "secret.generic-api-key";
  static final String QUOTED_RULE = "secret.quoted-secret";
  static final String BEARER_RULE = "secret.bearer-token";
  static final String CURL_RULE = "secret.curl-password";
  static final String BASIC_RULE = "secret.basic-auth";
  private static final String TOKEN = "[0-9A-Za-z_-]";

  /**
   * Where a credential's name starts: a word of its own, or the last part of a longer identifier,
   * after {@code _} or {@code -} ({@code DB_PASSWORD}, {@code x-api-key}) or at a camel hump
   * ({@code mailgunApiKey}). {@code \b} alone misses the first two, since {@code _} is a word char.
   * The name must still end the identifier, so {@code password_field} is no credential.
   */
  private static final String NAME_START =
      "(?:\\b|(?<=[0-9A-Za-z][_-])|(?-i:(?<=[a-z0-9])(?=[A-Z])))";

  private static final List<SecretRule> DEFAULTS =
      List.of(
          rule(
              "private-key",
              "private key",
              "-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----"
                  // The body holds no "-----": a header with no END soon after costs no more than
                  // the text up to the next header (a megabyte of headers stays linear).
                  + "(?:(?:[^-]|-(?!----)){0,20000}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)?",
              "-----begin"),
          rule(
              "aws-access-key",
              "AWS access key",
              "\\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b",
              "akia",
              "asia",
              "abia",
              "acca",
              "a3t"),
          rule(
              "github-token",
              "GitHub token",
              "\\b(?:(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{82})\\b",
              "ghp_",
              "gho_",
              "ghu_",
              "ghs_",
              "ghr_",
              "github_pat_"),
          rule(
              "gitlab-token",
              "GitLab token",
              "\\bgl(?:pat|ptt|rt|dt)-" + TOKEN + "{20,}",
              "glpat-",
              "glptt-",
              "glrt-",
              "gldt-"),
          rule("slack-token", "Slack token", "\\bxox[abposre]-[0-9]{8,13}-[0-9A-Za-z-]{8,}", "xox"),
          rule(
              "slack-webhook",
              "Slack webhook URL",
              "https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{20,}",
              "hooks.slack.com"),
          rule(
              "stripe-key",
              "Stripe API key",
              "\\b(?:sk|rk)_(?:test|live|prod)_[0-9A-Za-z]{10,99}\\b",
              "_test_",
              "_live_",
              "_prod_"),
          rule(
              "anthropic-key",
              "Anthropic API key",
              "\\bsk-ant-[a-z]{3,8}[0-9]{2}-" + TOKEN + "{20,}",
              "sk-ant-"),
          rule(
              "openai-key",
              "OpenAI API key",
              "\\bsk-(?!ant-)(?=" + TOKEN + "{0,200}[0-9])" + TOKEN + "{20,}",
              "sk-"),
          rule(
              "google-api-key",
              "Google API key",
              "\\bAIza" + TOKEN + "{35}(?!" + TOKEN + ")",
              "aiza"),
          rule(
              "jwt",
              "JSON Web Token",
              "\\beyJ" + TOKEN + "{8,}\\.eyJ" + TOKEN + "{8,}\\.[0-9A-Za-z_=-]{8,}",
              "eyj"),
          new SecretRule(
              GENERIC_RULE,
              "API key or token",
              Pattern.compile(
                  "(?i)"
                      + NAME_START
                      + "(?:api[_-]?key|apikey|api[_-]?secret|access[_-]?token|auth[_-]?token"
                      + "|secret[_-]?key|access[_-]?key|client[_-]?secret|private[_-]?token)"
                      + "\\b[\"']?"
                      + "[ \\t]{0,5}[:=][ \\t]{0,5}(?<quote>[\"']?)([0-9A-Za-z_\\-./+=~]{16,200})"),
              2,
              List.of("key", "token", "secret"),
              3.5),
          new SecretRule(
              QUOTED_RULE,
              "secret or token",
              Pattern.compile(
                  // "auth" only as a word of its own: basic_auth, default_auth are settings
                  "(?i)(?:"
                      + NAME_START
                      + "(?:secret|token|client[_-]?secret)|\\b(?:bearer|auth))\\b[\"']?"
                      + "[ \\t]{0,5}[:=][ \\t]{0,5}(?<quote>[\"'`])([^\\s\"'<>`]{12,200})"),
              2,
              List.of("token", "secret", "bearer", "auth"),
              3.3),
          // RFC 6750's b64token after "Bearer ", as in an Authorization header; a digit in it
          // keeps "bearer authentication" and "Bearer YOUR_ACCESS_TOKEN" quiet
          new SecretRule(
              BEARER_RULE,
              "bearer token",
              Pattern.compile(
                  "(?i)\\bbearer[ \\t]{1,5}(?=[0-9A-Za-z_\\-./+=~]{0,199}[0-9])"
                      + "([0-9A-Za-z_\\-./+=~]{16,200})"),
              1,
              List.of("bearer"),
              3.5),
          // RFC 7617's user:password in base64 after "Basic ", as in an Authorization header or
          // curl's -H 'Authorization: Basic ...'; it must decode to a user and a password, which
          // keeps "Basic authentication" (letters that are base64 too) and xxxx quiet. The token
          // ends where base64 ends: a longer word (BASE64_CREDENTIALS) is no match.
          new SecretRule(
              BASIC_RULE,
              "HTTP Basic credentials",
              Pattern.compile(
                  "(?i)\\bbasic[ \\t]{1,5}([A-Za-z0-9+/]{8,400}={0,2})(?![0-9A-Za-z_\\-+/=$])"),
              1,
              List.of("basic"),
              0,
              false,
              SecretRules::isLogin),
          // curl -u user:password, on a curl command's line (docker run -u 1000:1000 is a uid)
          new SecretRule(
              CURL_RULE,
              "password in a curl command",
              Pattern.compile(
                  // a command's options end at the next curl, so no char is read twice for -u
                  "(?i)\\bcurl\\b(?:(?!curl\\b)[^\\n]){0,300}?[ \\t](?:-u[ \\t]*|--user[ \\t=]{1,5})"
                      + "(?<quote>[\"']?)[^\\s\"':]{1,128}:"
                      + "(?=[^\\s\"'<>`]{0,127}[0-9])([^\\s\"'<>`]{1,128})"),
              2,
              List.of("curl"),
              0,
              true));

  private static final SecretRule PASSWORD =
      new SecretRule(
          "password",
          "password",
          Pattern.compile(
              "(?i)"
                  + NAME_START
                  + "(?:password|passwd|passwort|passcode|pwd)\\b[\"']?"
                  + "[ \\t]{0,5}[:=][ \\t]{0,5}(?<quote>[\"'`]?)([^\\s\"'<>`]{4,128})"),
          2,
          List.of("pass", "pwd"),
          0,
          true);

  /**
   * Rules that find a secret by the name it is written after, not by its own shape: when a specific
   * rule finds the same text ({@code Bearer eyJ…} is a JWT), the specific one names it.
   */
  static final Set<String> BY_NAME =
      Set.of(GENERIC_RULE, QUOTED_RULE, BEARER_RULE, BASIC_RULE, CURL_RULE, PASSWORD.id());

  private SecretRules() {}

  /** The token rules, most specific first: when two match the same text the first one wins. */
  public static List<SecretRule> defaults() {
    return DEFAULTS;
  }

  /**
   * {@code password = "hunter"}, and {@code password: hunter22} in {@code key: value} form:
   * unquoted, a value needs a digit, since prose and code go on after {@code password:} with any
   * word.
   */
  static SecretRule password() {
    return PASSWORD;
  }

  /**
   * Passwords of the examples manuals print for Basic credentials: RFC 7617's {@code Aladdin:open
   * sesame}, {@code user:pass}, {@code username:password}.
   */
  private static final Set<String> EXAMPLE_PASSWORDS =
      Set.of("pass", "password", "passwd", "pwd", "secret", "open sesame", "opensesame");

  /**
   * Whether {@code base64} decodes to {@code user:password} in UTF-8 text with no control
   * characters, and the password is not an example's ({@link #EXAMPLE_PASSWORDS}) or a placeholder.
   */
  static boolean isLogin(String base64) {
    byte[] bytes;
    try {
      bytes = java.util.Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String text;
    try {
      text =
          java.nio.charset.StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
    int colon = text.indexOf(':');
    if (colon < 0 || colon == text.length() - 1 || text.chars().anyMatch(Character::isISOControl)) {
      return false;
    }
    String password = text.substring(colon + 1);
    return !EXAMPLE_PASSWORDS.contains(password.toLowerCase(java.util.Locale.ROOT))
        && !SecretRule.isPlaceholder(password);
  }

  private static SecretRule rule(
      String name, String description, String regex, String... keywords) {
    return new SecretRule(
        "secret." + name, description, Pattern.compile(regex), 0, List.of(keywords), 0);
  }
}
