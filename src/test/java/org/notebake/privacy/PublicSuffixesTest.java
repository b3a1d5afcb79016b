package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InternetDomainName;
import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * notebake's public-suffix lookup against Guava's {@link InternetDomainName}, which it replaced.
 * Built from Guava's own rules, the two must agree on every name, valid or not; the bundled list
 * (newer or older than Guava's copy) must agree wherever the two lists share the rules that decide.
 */
class PublicSuffixesTest {
  private static final List<String> GUAVA_RULES = guavaRules();
  private static final PublicSuffixes FROM_GUAVA_RULES = PublicSuffixes.parse(GUAVA_RULES);

  /** Labels that make names interesting: rules, their parts, odd chars and Unicode. */
  private static final List<String> LABELS = labels();

  @Test
  void answersLikeGuavaOnItsOwnRulesForGeneratedNames() {
    Random random = new Random(20261203L);
    int under = 0;
    for (int n = 0; n < 30_000; n++) {
      String name = randomName(random);
      boolean expected = guava(name);
      assertThat(FROM_GUAVA_RULES.isUnderPublicSuffix(name)).as(name).isEqualTo(expected);
      under += expected ? 1 : 0;
    }
    // Enough of both answers for the comparison to mean something.
    assertThat(under).isBetween(5_000, 25_000);
  }

  @Test
  void answersLikeGuavaOnEveryRuleAndJustUnderIt() {
    for (String rule : GUAVA_RULES) {
      String name = rule.replace("!", "").replace("*", "x");
      for (String candidate : List.of(name, "a." + name, "b.a." + name, "x-y." + name + ".")) {
        assertThat(FROM_GUAVA_RULES.isUnderPublicSuffix(candidate))
            .as(candidate)
            .isEqualTo(guava(candidate));
      }
    }
  }

  @Test
  void theBundledListAnswersLikeGuavaWhereTheListsAgree() {
    PublicSuffixes bundled = PublicSuffixes.bundled();
    Random random = new Random(42L);
    int compared = 0;
    int differing = 0;
    for (int n = 0; n < 30_000; n++) {
      String name = randomName(random);
      boolean expected = guava(name);
      if (bundled.isUnderPublicSuffix(name) != expected) {
        // Only a rule one list has and the other lacks may explain a difference.
        assertThat(FROM_GUAVA_RULES.isUnderPublicSuffix(name)).as(name).isEqualTo(expected);
        differing++;
      }
      compared++;
    }
    // The lists are a few months apart: a small share of names falls on a changed rule.
    assertThat(differing).as("differing of " + compared).isLessThan(compared / 20);
  }

  @Test
  void typicalAddressesAndCode() {
    PublicSuffixes list = PublicSuffixes.bundled();
    assertThat(list.isUnderPublicSuffix("example.org")).isTrue();
    assertThat(list.isUnderPublicSuffix("mail.example.co.uk")).isTrue();
    assertThat(list.isUnderPublicSuffix("EXAMPLE.ORG.")).isTrue();
    assertThat(list.isUnderPublicSuffix("a.xn--fiqs8s")).isTrue();
    assertThat(list.isUnderPublicSuffix("a.\u4e2d\u56fd")).isTrue();
    assertThat(list.isUnderPublicSuffix("a\u3002org")).isTrue();
    assertThat(list.isUnderPublicSuffix("co.uk")).isFalse();
    assertThat(list.isUnderPublicSuffix("np.transpose")).isFalse();
    assertThat(list.isUnderPublicSuffix("katex.0")).isFalse();
    assertThat(list.isUnderPublicSuffix("")).isFalse();
    assertThat(list.isUnderPublicSuffix(".")).isFalse();
    assertThat(list.isUnderPublicSuffix("a..org")).isFalse();
    assertThat(list.isUnderPublicSuffix("-a.org")).isFalse();
    assertThat(list.isUnderPublicSuffix("a.1org")).isFalse();
    assertThat(list.isUnderPublicSuffix("a".repeat(64) + ".org")).isFalse();
  }

  private static boolean guava(String name) {
    return InternetDomainName.isValid(name) && InternetDomainName.from(name).isUnderPublicSuffix();
  }

  private static List<String> guavaRules() {
    List<String> rules = new ArrayList<>(PublicSuffixPatterns.EXACT.keySet());
    PublicSuffixPatterns.UNDER.keySet().forEach(k -> rules.add("*." + k));
    PublicSuffixPatterns.EXCLUDED.keySet().forEach(k -> rules.add("!" + k));
    return rules;
  }

  private static List<String> labels() {
    List<String> labels =
        new ArrayList<>(
            List.of(
                "a",
                "example",
                "mail",
                "www",
                "x-y",
                "_x",
                "x_",
                "-x",
                "x-",
                "9",
                "9a",
                "a9",
                "A",
                "EXAMPLE",
                "ORG",
                "Co",
                "\u00e9t\u00e9",
                "\u00c9",
                "\u4e2d\u56fd",
                "\u0440\u0444",
                "\ud83d\ude00",
                "\u200d",
                "\u00ad",
                "xn--p1ai",
                "xn--",
                "a b",
                "a@b",
                "a%2e",
                "",
                "a".repeat(63),
                "a".repeat(64),
                "city",
                "kawasaki",
                "ck",
                "bd"));
    for (String rule : GUAVA_RULES) {
      for (String part : rule.replace("!", "").replace("*.", "").split("\\.")) {
        if (labels.size() < 4_000 && !labels.contains(part)) {
          labels.add(part);
        }
      }
    }
    return labels;
  }

  private static final String[] DOTS = {".", ".", ".", ".", "\u3002", "\uff0e", "\uff61"};

  /**
   * A few labels, often ending in a rule, joined by dots of every kind, sometimes with one more.
   */
  private static String randomName(Random random) {
    StringBuilder name = new StringBuilder();
    int labels = random.nextInt(4);
    for (int i = 0; i < labels; i++) {
      name.append(LABELS.get(random.nextInt(LABELS.size())))
          .append(DOTS[random.nextInt(DOTS.length)]);
    }
    if (random.nextInt(4) > 0) {
      String rule = GUAVA_RULES.get(random.nextInt(GUAVA_RULES.size()));
      name.append(rule.replace("!", "").replace("*", LABELS.get(random.nextInt(LABELS.size()))));
    } else {
      name.append(LABELS.get(random.nextInt(LABELS.size())));
    }
    if (random.nextInt(10) == 0) {
      name.append('.');
    }
    if (random.nextInt(50) == 0) {
      name.insert(0, "a.".repeat(130));
    }
    return name.toString();
  }
}
