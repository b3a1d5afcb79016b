package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner's shortcuts (the keyword filter before each secret rule, the windows the phone
 * matcher sees) must never change a result: on random text built from the pieces findings are made
 * of, the plain scan without any of them finds exactly the same.
 */
class FastPathPropertyTest {
  private static final List<String> PIECES =
      List.of(
          "912 555 0142",
          "(912) 555-0142",
          "+1 912 555 0142",
          "9125550142",
          "tel:",
          "phone ",
          "call me at ",
          "2269.974834",
          "135481183.19",
          "2023-09-15 10.53.21",
          "v10.0.1",
          "jo@example.org",
          "X@np.transpose",
          "jo [at] example [dot] org",
          "(at)",
          "[ at ]",
          "password: hunter22",
          "password:!0",
          "pwd=",
          "\"",
          "'",
          "token = \"q8XvT3mZp0Lr9wKd\"",
          "api_key=",
          "AKIAIOSFODNN7EXAMPLE",
          "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
          "https://",
          "jo:hunter2@",
          "x.example/",
          "%40",
          "%2540",
          "%39",
          "\\u0039",
          "\uff19",
          "\u0669",
          "\u200d",
          "\u00ad",
          "\uff20",
          "-----BEGIN RSA PRIVATE KEY-----",
          "sk-",
          "xoxb-",
          "eyJ",
          "Rameez",
          "Jo Example",
          " ",
          " ",
          "\n",
          ".",
          ",",
          "-",
          ":",
          "=",
          "<",
          ">",
          "(",
          ")",
          "0",
          "1",
          "9",
          "a",
          "Z",
          "_",
          // Odd Unicode: case folding beyond ASCII (Kelvin sign, long s, dotted capital I),
          // fullwidth and mathematical letters, combining marks, direction marks, surrogates.
          "\u212Aey",
          "pa\u017Fsword",
          "PASSWORD",
          "P\u0130N",
          "\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44",
          "\ud835\udc1a",
          "e\u0301",
          "\u202e",
          "\u2066",
          "\ud800",
          "\udc00",
          "\ud83d\ude00",
          "\u0000",
          "\u00a0",
          "\u2028",
          "\u3000",
          "\u0661\u0662",
          "\u00b2",
          "\u2460",
          "\ufeff",
          "AKIA",
          "akia",
          "GHP_",
          "Password:",
          "PWD=");

  private final PrivacyScanner scanner =
      PrivacyScanner.create(
          PrivacyRules.builder()
              .deny(DenyList.of("Rameez", "Jo Example", "re:\\bPhoenix \\d+"))
              .build());

  @Test
  void theFastPathAndThePlainScanAgreeOnRandomText() {
    Random random = new Random(20261202L);
    int findings = 0;
    for (int round = 0; round < 4_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(random.nextInt(8) == 0 ? 60 : 16);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String input = text.toString();
      Channel channel = Channel.values()[round % Channel.values().length];
      List<Finding> fast = scanner.scan(input, channel, AllowList.empty(), false);
      List<Finding> plain = scanner.scan(input, channel, AllowList.empty(), true);
      assertThat(fast).as(channel + ": " + input).isEqualTo(plain);
      findings += fast.size();
    }
    // The pieces make findings often enough for the comparison to mean something.
    assertThat(findings).isGreaterThan(2_000);
  }
}
