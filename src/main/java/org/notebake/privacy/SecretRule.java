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
 */
public record SecretRule(
    String id,
    String description,
    Pattern pattern,
    int group,
    List<String> keywords,
    double minEntropy) {

  public SecretRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(pattern, "pattern");
    keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
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
   * JavaScript, JSON or CSS ({@code password:e.password}) and never a secret, and elsewhere it is
   * one unless it is a literal such as {@code !0}, {@code true} or {@code null}.
   */
  void detect(String text, List<Finding> out, Channel channel) {
    Matcher matcher = pattern.matcher(text);
    boolean quoted = pattern.pattern().contains("(?<quote>");
    while (matcher.find()) {
      String secret = matcher.group(group);
      if (secret == null || isPlaceholder(secret) || entropy(secret) < minEntropy) {
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
    return !secret.startsWith("!") && !LITERALS.contains(head);
  }

  /** {@code ****}, {@code xxxxxx}, {@code <your-token>}, {@code ${TOKEN}}: examples, not leaks. */
  private static boolean isPlaceholder(String secret) {
    return secret.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '.' || c == '•')
        || secret.startsWith("<")
        || secret.startsWith("${")
        || secret.startsWith("{{");
  }

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
