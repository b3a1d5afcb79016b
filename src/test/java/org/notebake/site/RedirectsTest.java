package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RedirectsTest {
  @Test
  void anAddressEndingInHtmlIsItsFileAnyOtherAFolder() {
    assertThat(Redirects.path("/posts/old-name/")).isEqualTo("posts/old-name/index.html");
    assertThat(Redirects.path("/posts/old-name")).isEqualTo("posts/old-name/index.html");
    assertThat(Redirects.path("/2019/03/signals.html")).isEqualTo("2019/03/signals.html");
    assertThat(Redirects.path("//old.HTM")).isEqualTo("old.HTM");
    assertThat(Redirects.path("/v1.2")).isEqualTo("v1.2/index.html");
    assertThat(Redirects.path("blog/signals")).isEqualTo("blog/signals/index.html");
    assertThat(Redirects.path("/観測/")).isEqualTo("観測/index.html");
    assertThat(Redirects.path("/cafe\u0301/")).isEqualTo("caf\u00e9/index.html");
  }

  @Test
  void anAddressThatIsNoPathOnTheSiteIsSaidWhy() {
    assertThat(Redirects.problem("/")).isEqualTo("it is the home page");
    assertThat(Redirects.problem("/a/../../etc/passwd")).isEqualTo("it holds ..");
    assertThat(Redirects.problem("/./a")).isEqualTo("it holds .");
    assertThat(Redirects.problem("/a//b")).isEqualTo("it holds //");
    assertThat(Redirects.problem("/a?b=1")).isEqualTo("it holds \"?\"");
    assertThat(Redirects.problem("/a#top")).isEqualTo("it holds \"#\"");
    assertThat(Redirects.problem("https://example.org/a")).isEqualTo("it holds \":\"");
    assertThat(Redirects.problem("/caf%C3%A9/")).isEqualTo("it holds \"%\"");
    assertThat(Redirects.problem("/a\\..\\b")).isEqualTo("it holds \"\\\"");
    assertThat(Redirects.problem("/a\u0000b")).isEqualTo("it holds a control character");
    assertThat(Redirects.problem("/a /b")).isEqualTo("a part of it starts or ends with a space");
    assertThat(Redirects.problem("/gnp\u202eexe.html"))
        .isEqualTo("it holds an invisible character, U+202E");
    // Red team: an alias wrote into the output's own repository (a gh-pages checkout).
    assertThat(Redirects.problem("/.git/hooks/post-checkout/"))
        .isEqualTo("a part of it starts with a dot, .git, as hidden files do");
    assertThat(Redirects.problem("/.git/HEAD.html")).startsWith("a part of it starts with a dot");
    assertThat(Redirects.problem("/posts/.hidden/")).startsWith("a part of it starts with a dot");
    assertThat(Redirects.problem("/posts/old-name/")).isNull();
    assertThat(Redirects.problem("/2019/03/signals.html")).isNull();
  }

  /**
   * Whatever a front matter writes, a redirect is made only inside the site's folder: random
   * addresses of slashes, dots, spaces, backslashes and letters, each accepted one resolving below
   * the output folder to a file of its own.
   */
  @Test
  void noAcceptedAddressLeavesTheSite() {
    Random random = new Random(11);
    String[] parts = {"/", ".", "..", "a", "é", " ", "\\", "%2e", "index.html", ":", "\u202e", "~"};
    Path out = Path.of("/srv/site").toAbsolutePath().normalize();
    int accepted = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder address = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        address.append(parts[random.nextInt(parts.length)]);
      }
      String written = address.toString().strip();
      if (Redirects.problem(written) != null) {
        continue;
      }
      accepted++;
      String path = Redirects.path(written);
      Path file = out.resolve(path).normalize();
      assertThat(file.startsWith(out) && !file.equals(out)).as(written).isTrue();
      assertThat(out.relativize(file).toString()).as(written).isEqualTo(path);
    }
    assertThat(accepted).isGreaterThan(1_000);
  }
}
