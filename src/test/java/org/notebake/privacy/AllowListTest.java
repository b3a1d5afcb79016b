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
