package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.html.PassHarness.run;

import org.junit.jupiter.api.Test;

class ExternalLinksPassTest {
  private final ExternalLinksPass pass = new ExternalLinksPass();

  @Test
  void linkToAnotherHostGetsNoOpenerAndClass() {
    assertThat(run(pass, "<a href=\"https://example.org/x\">x</a>"))
        .isEqualTo(
            "<a href=\"https://example.org/x\" rel=\"noopener noreferrer\" class=\"external\">x</a>");
  }

  @Test
  void existingRelTokensAndClassesAreKept() {
    assertThat(run(pass, "<a class=\"btn\" rel=\"me  noopener\" href=\"http://example.org\">x</a>"))
        .isEqualTo(
            "<a class=\"btn external\" rel=\"me noopener noreferrer\""
                + " href=\"http://example.org\">x</a>");
  }

  @Test
  void ownHostAndRelativeLinksAreNotExternal() {
    String html =
        "<a href=\"https://AVERY.example.org/essays/a.html\">a</a><a href=\"../b.html\">b</a>"
            + "<a href=\"#c\">c</a><a href=\"mailto:avery@example.org\">m</a>";

    assertThat(run(pass, html)).isEqualTo(html);
  }

  @Test
  void subdomainOfTheSiteIsAnotherHost() {
    assertThat(run(pass, "<a href=\"https://shop.avery.example.org/\">s</a>")).contains("external");
  }

  @Test
  void userInfoDoesNotDisguiseTheHost() {
    assertThat(run(pass, "<a href=\"https://avery.example.org@evil.example.net/\">s</a>"))
        .contains("external");
  }

  @Test
  void backslashEndsTheHostAsItDoesInBrowsers() {
    assertThat(run(pass, "<a href=\"https://evil.example.net\\@avery.example.org/\">s</a>"))
        .contains("external");
  }

  @Test
  void noTargetIsAdded() {
    assertThat(run(pass, "<a href=\"https://example.org/\">x</a>")).doesNotContain("target");
  }

  @Test
  void runningTwiceGivesTheSameBytes() {
    String once = run(pass, "<a href=\"https://example.org/\" rel=\"me\">x</a>");

    assertThat(run(pass, once)).isEqualTo(once);
  }
}
