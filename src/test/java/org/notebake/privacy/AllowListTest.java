package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowListTest {
  private static final String TEXT =
      "Studio (912) 555 0142, home +1 912 555 0177, mail jo@example.com, password: Otter-77";

  private static List<String> rulesFound(AllowList allow) {
    return PrivacyScanner.create(PrivacyRules.builder().allow(allow).build()).scan(TEXT).stream()
        .map(Finding::rule)
        .toList();
  }

  @Test
  void nothingAllowedFindsEverything() {
    assertThat(rulesFound(AllowList.empty()))
        .containsExactly("phone", "phone", "email", "password");
  }

  @Test
  void literalPhoneAllowsOtherWaysOfWritingIt() {
    assertThat(rulesFound(AllowList.of("912-555-0142", "912.555.0177")))
        .containsExactly("email", "password");
  }

  @Test
  void shortDigitLiteralDoesNotAllowEveryNumberEndingInIt() {
    assertThat(rulesFound(AllowList.of("0142", "555 0177")))
        .containsExactly("phone", "phone", "email", "password");
  }

  @Test
  void ruleEntryAllowsTheWholeRule() {
    assertThat(rulesFound(AllowList.of("rule:phone", "rule:password"))).containsExactly("email");
  }

  /** A fictional Firebase web key, built by concatenation so no scanner takes this file for one. */
  private static final String FIREBASE_KEY = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q";

  private static final String SERVICE_WORKER =
      "firebase.initializeApp({\n  apiKey: \"" + FIREBASE_KEY + "\",\n});\n";

  private static List<Finding> scan(String text, AllowList allow) {
    return PrivacyScanner.create(PrivacyRules.builder().allow(allow).build())
        .scan(text, Channel.SCRIPT);
  }

  @Test
  void aKeyBothASpecificAndAGenericRuleMatchIsOneFindingNamingTheSpecificRule() {
    assertThat(scan(SERVICE_WORKER, AllowList.empty()))
        .extracting(Finding::rule)
        .containsExactly("secret.google-api-key");
  }

  @Test
  void allowingTheSpecificRuleOrItsIdAllowsTheKeyInOneRound() {
    assertThat(scan(SERVICE_WORKER, AllowList.of("rule:secret.google-api-key"))).isEmpty();
    String id = scan(SERVICE_WORKER, AllowList.empty()).get(0).id();
    assertThat(scan(SERVICE_WORKER, AllowList.of(id))).isEmpty();
    assertThat(scan("password: \"" + FIREBASE_KEY + "\"", AllowList.of(id))).isEmpty();
  }

  @Test
  void allowingOneKeyLeavesOtherSecretsAssignedTheSameWayFound() {
    String other = "q7R8s9T0u1V2w3X4y5Z6a1B2";
    String text =
        SERVICE_WORKER
            + "const api_key = \""
            + other
            + "\";\nconst password = \"Otter-77-"
            + other
            + "\";\nconst api_secret = \""
            + FIREBASE_KEY
            + "/"
            + other
            + "\";\n";
    assertThat(scan(text, AllowList.of("rule:secret.google-api-key")))
        .extracting(Finding::rule, Finding::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("secret.generic-api-key", other),
            org.assertj.core.groups.Tuple.tuple("password", "Otter-77-" + other),
            org.assertj.core.groups.Tuple.tuple(
                "secret.generic-api-key", FIREBASE_KEY + "/" + other));
  }

  @Test
  void ruleFamilyAllowsEverySecretRule() {
    String token = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    PrivacyScanner scanner =
        PrivacyScanner.create(PrivacyRules.builder().allow(AllowList.of("rule:secret")).build());

    assertThat(scanner.scan("token " + token)).isEmpty();
  }

  @Test
  void regexEntryAllowsWhatItFinds() {
    assertThat(rulesFound(AllowList.of("re:@example\\.com$")))
        .containsExactly("phone", "phone", "password");
  }

  @Test
  void noteAllowsAddToTheSiteList() {
    PrivacyScanner scanner =
        PrivacyScanner.create(PrivacyRules.builder().allow(AllowList.of("rule:password")).build());

    List<Finding> findings =
        scanner.scan(TEXT, AllowList.of(InlineAllows.parse("%%privacy:allow jo@example.com%%")));

    assertThat(findings).extracting(Finding::rule).containsExactly("phone", "phone");
  }
}
