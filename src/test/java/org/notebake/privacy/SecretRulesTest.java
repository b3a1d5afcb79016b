package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** The secret's name is the last part of a longer one: snake, SCREAMING, kebab or camel case. */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "AWS_SECRET_ACCESS_KEY="
            + "q8Zr3Lx0VbN7uTf2Kd9Ws4Hm6Yp1Jc5Ge8Ra0Tn3 -> secret.generic-api-key",
        "SENDGRID_API_KEY=" + "SG.ngeVfQFYQlKU0ufo8x5d1A.TwL2iGABf9DHoTf -> secret.generic-api-key",
        "STRIPE_WEBHOOK_SECRET=\"whsec_"
            + "9fKq3n9zT1V0mH3n8Yy3bW7qP6aR3tZZ\" -> secret.quoted-secret",
        "DB_PASSWORD=\"Tr0ub4dor&3-staging\" -> password",
        "{ \"db_password\": \"Tr0ub4dor&3-prod\" } -> password",
        "mailgunApiKey: 3ax6xnjp29jd6fds4gc373sgvjxteol0 -> secret.generic-api-key",
        "\"mailgunApiKey\": \"3ax6xnjp29jd6fds4gc373sgvjxteol0\" -> secret.generic-api-key",
        "x-api-key: Zx8Qp2Lm9Vt4Rw7Ks1N -> secret.generic-api-key",
        "wifiPassword = Otter-77 -> password",
        "const githubAccessToken = 'Zx8Qp2Lm9Vt4Rw7Ks1N' -> secret.generic-api-key"
      })
  void aSecretNamedAtTheEndOfALongerNameIsFound(String text, String rule) {
    assertThat(scanner.scan(text)).extracting(Finding::rule).containsExactly(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The password reset flow mails a link.",
        "See the api key rotation doc before Friday.",
        "password_field = form.get('password')",
        "PASSWORD_MIN_LENGTH=12",
        "AWS_ACCESS_KEY_ID=<your-key>",
        "SENDGRID_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx",
        "DB_PASSWORD=changeme",
        "DB_PASSWORD=${DB_PASSWORD}",
        "STRIPE_WEBHOOK_SECRET=\"${STRIPE_WEBHOOK_SECRET}\"",
        "const mailgunApiKey = process.env.MAILGUN_API_KEY",
        "db_password: os.environ['DB_PASSWORD']",
        "newPassword: string",
        "showPassword: false",
        "\"eos_token\": \"<|endoftext|>\"",
        "basic_auth: \"mysql_native_password\"",
        "OPENAI_API_KEY=your-openai-api-key-here"
      })
  void aLongerNameEndingInASecretsNameIsQuietWithoutAValue(String text) {
    assertThat(scanner.scan(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "curl -H \"Authorization: Bearer "
            + "q8Zr3Lx0VbN7uTf2Kd9Ws4Hm6Yp1Jc5Ge8Ra0Tn4\" https://api.example.org"
            + " -> q8Zr3Lx0VbN7uTf2Kd9Ws4Hm6Yp1Jc5Ge8Ra0Tn4",
        "Authorization: bearer " + "ya29.a0AfH6SMBx-3kd9_Zq1 -> ya29.a0AfH6SMBx-3kd9_Zq1",
        "curl -u avery:" + "Tr0ub4dor-3 https://api.example.org/v1/me -> Tr0ub4dor-3",
        "curl --user 'avery:" + "Tr0ub4dor-3' https://api.example.org -> Tr0ub4dor-3",
        "curl -s --user=api:"
            + "key-3ax6xnjp29jd6fds4gc373sgvjxteol0 https://api.example.org"
            + " -> key-3ax6xnjp29jd6fds4gc373sgvjxteol0"
      })
  void aBearerTokenOrACurlUsersPasswordIsFound(String text, String secret) {
    List<Finding> findings = scanner.scan(text);
    assertThat(findings).extracting(Finding::match).containsExactly(secret);
    assertThat(findings.get(0).masked())
        .as("a log shows no more than its start")
        .hasSizeLessThanOrEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "curl -H \"Authorization: Bearer $TOKEN\" https://api.example.org",
        "curl -H 'Authorization: Bearer <your-token>' https://api.example.org",
        "curl -H \"Authorization: Bearer ${API_TOKEN}\"",
        "Authorization: Bearer YOUR_ACCESS_TOKEN",
        "headers = {\"Authorization\": f\"Bearer {token}\"}",
        "The bearer of this letter is a friend; bearer authentication is explained below.",
        "curl -u user:pass https://api.example.org",
        "curl -u admin:admin https://api.example.org",
        "curl -u \"$USER:$PASSWORD\" https://api.example.org",
        "curl --user 'api:YOUR_API_KEY' https://api.example.org",
        "docker run -u 1000:1000 alpine",
        "git push -u origin main:main"
      })
  void aBearerOrCurlUserWithoutACredentialIsQuiet(String text) {
    assertThat(scanner.scan(text)).isEmpty();
  }

  /**
   * RFC 7617's credentials, user:password in base64 after {@code Basic}: a bearer token was found,
   * these went out with a curl line or a header copied into a note.
   */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "Authorization: Basic YXZlcnk6VHIwdWI0ZG9yLTM= -> YXZlcnk6VHIwdWI0ZG9yLTM=",
        "curl -H 'Authorization: Basic YXZlcnk6aHVudGVyMjI=' https://api.example.org"
            + " -> YXZlcnk6aHVudGVyMjI=",
        "\"headers\": {\"Authorization\": \"Basic OnBhdDd4azJtOXE=\"} -> OnBhdDd4azJtOXE=",
        "The header was authorization: basic YXZlcnk6aHVudGVyMjI. -> YXZlcnk6aHVudGVyMjI"
      })
  void basicCredentialsAreFound(String text, String secret) {
    List<Finding> findings = scanner.scan(text);
    assertThat(findings).extracting(Finding::match).containsExactly(secret);
    assertThat(findings.get(0).rule()).isEqualTo("secret.basic-auth");
    assertThat(scanner.scan(text, Channel.SCRIPT)).extracting(Finding::match).contains(secret);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization: Basic <base64>",
        "curl -H \"Authorization: Basic ${TOKEN}\" https://api.example.org",
        "Authorization: Basic xxxx",
        "Authorization: Basic xxxxxxxxxxxxxxxx",
        "Authorization: Basic ...",
        "Authorization: Basic BASE64_ENCODED_CREDENTIALS",
        "Authorization: Basic $(printf '%s' \"$USER:$PASS\" | base64)",
        "Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=",
        "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "Basic authentication sends a user name and password; basic principles first."
      })
  void basicCredentialsThatAreExamplesOrPlaceholdersAreQuiet(String text) {
    assertThat(scanner.scan(text)).isEmpty();
  }

  /** A password in a URL's userinfo is found in a curl line as anywhere else. */
  @Test
  void aUserAndPasswordInAUrlAreFound() {
    assertThat(scanner.scan("curl https://avery:Tr0ub4dor-3@api.example.org/v1/me"))
        .extracting(Finding::rule)
        .containsExactly(UrlCredentials.RULE);
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
