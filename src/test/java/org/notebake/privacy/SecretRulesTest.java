package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens are built by concatenation so this file does not trip secret scanners itself. */
class SecretRulesTest {
  private static final String B62 = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6";
  private final PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().build());

  static Stream<Arguments> tokens() {
    return Stream.of(
        Arguments.of(
            "secret.aws-access-key", "AWS access key", "AKIA" + "Q2R3S4T5U6V7W2X3", "AKIA****"),
        Arguments.of(
            "secret.github-token", "GitHub token", "ghp_" + B62.substring(0, 36), "ghp_****"),
        Arguments.of(
            "secret.github-token",
            "GitHub token",
            "github_pat_" + (B62 + B62).substring(0, 82),
            "github_pat_****"),
        Arguments.of(
            "secret.gitlab-token", "GitLab token", "glpat-" + B62.substring(0, 20), "glpat-****"),
        Arguments.of(
            "secret.slack-token",
            "Slack token",
            "xoxb-" + "1234567890-" + B62.substring(0, 24),
            "xoxb-****"),
        Arguments.of(
            "secret.slack-webhook",
            "Slack webhook URL",
            "https://hooks.slack" + ".com/services/T0000/B0000/" + B62.substring(0, 24),
            "http****"),
        Arguments.of(
            "secret.stripe-key",
            "Stripe API key",
            "sk_" + "live_" + B62.substring(0, 24),
            "sk_live_****"),
        Arguments.of(
            "secret.anthropic-key",
            "Anthropic API key",
            "sk-" + "ant-api03-" + B62 + "AA",
            "sk-ant-****"),
        Arguments.of("secret.openai-key", "OpenAI API key", "sk-" + "proj-" + B62, "sk-proj-****"),
        Arguments.of(
            "secret.openai-key", "OpenAI API key", "sk-" + B62.substring(0, 48), "sk-****"),
        Arguments.of(
            "secret.google-api-key", "Google API key", "AIza" + B62.substring(0, 35), "AIza****"),
        Arguments.of(
            "secret.jwt",
            "JSON Web Token",
            "eyJ" + "hbGciOiJIUzI1NiJ9" + ".eyJ" + "zdWIiOiIxMjM0In0" + "." + B62.substring(0, 30),
            "eyJh****"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tokens")
  void tokenFoundByItsRule(String rule, String description, String token, String masked) {
    List<Finding> findings = scanner.scan("config:\n  value " + token + "\nend");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(rule);
              assertThat(f.description()).isEqualTo(description);
              assertThat(f.match()).isEqualTo(token);
              assertThat(f.masked()).isEqualTo(masked);
            });
  }

  @Test
  void privateKeyBlockFoundWholeAndMaskedToItsHeader() {
    String key =
        "-----BEGIN "
            + "RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA"
            + B62
            + "\n-----END RSA PRIVATE KEY-----";

    assertThat(scanner.scan("```\n" + key + "\n```"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("secret.private-key");
              assertThat(f.match()).isEqualTo(key);
              assertThat(f.masked()).isEqualTo("-----BEGIN RSA PRIVATE KEY-----****");
            });
  }

  @Test
  void genericApiKeyNeedsHighEntropy() {
    String value = "Zx8" + "Qp2Lm9Vt4Rw7Ks1N";

    assertThat(scanner.scan("api_key = " + value))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("secret.generic-api-key");
              assertThat(f.match()).isEqualTo(value);
              assertThat(f.masked()).isEqualTo("Zx****");
            });
    assertThat(scanner.scan("api_key = your_api_key_goes_here")).isEmpty();
  }

  @Test
  void wordsThatLookLikePrefixesAreNotSecrets() {
    assertThat(
            scanner.scan(
                "We use scikit sk-learn and a task-list; ask-me-anything-about-the-weather-today"))
        .isEmpty();
  }

  @Test
  void entropyOfRepeatedCharIsZeroAndGrowsWithVariety() {
    assertThat(SecretRule.entropy("aaaa")).isZero();
    assertThat(SecretRule.entropy("abcd")).isEqualTo(2.0);
  }
}
