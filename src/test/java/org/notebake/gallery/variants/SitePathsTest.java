package org.notebake.gallery.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SitePathsTest {
  @Test
  void resolvesRelativeAndOwnAbsoluteUrls() {
    assertThat(SitePaths.resolve("essays/a.html", "../gallery/b.jpg", null))
        .isEqualTo("gallery/b.jpg");
    assertThat(
            SitePaths.resolve(
                "index.html", "https://x.example.org/p/b.jpg", "https://x.example.org/p/"))
        .isEqualTo("b.jpg");
  }

  @Test
  void lastNameIsTheResolvedPathsLastSegment() {
    assertThat(SitePaths.lastName("../gallery/b%20c.jpg?x=1#y")).isEqualTo("b c.jpg");
    assertThat(SitePaths.lastName("a%2Fb.jpg")).isEqualTo("b.jpg");
    assertThat(SitePaths.lastName("gallery/")).isNull();
    assertThat(SitePaths.lastName("gallery/..")).isNull();
    assertThat(SitePaths.lastName("?x=a/b.jpg")).isNull();
  }

  /**
   * The fast check in ResponsiveImagesPass rules a link out when its {@link SitePaths#lastName} is
   * no photo's: sound only if every path {@link SitePaths#resolve} gives ends in that name.
   */
  @Test
  void lastNameAgreesWithResolveOnRandomUrls() {
    String[] pieces = {
      "a",
      "b.jpg",
      "..",
      ".",
      "",
      "%2F",
      "%2e%2E",
      "%",
      "%zz",
      "+",
      " ",
      "é",
      "%C3%A9",
      "?",
      "#",
      "x=1",
      "/",
      "//",
      "https:",
      "https://x.example.org",
      "p",
      "data:",
      "%3F",
      "\ud83d\ude42"
    };
    String[] hosts = {
      null, "", "https://x.example.org/", "https://x.example.org/p", "x.example.org", "/p/", "a b"
    };
    String[] pages = {"index.html", "essays/a.html", "a/b/c/d.html", "é/ü.html"};
    Random random = new Random(7);
    int checked = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder url = new StringBuilder();
      for (int i = random.nextInt(7); i > 0; i--) {
        url.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          url.append('/');
        }
      }
      String host = hosts[random.nextInt(hosts.length)];
      String page = pages[random.nextInt(pages.length)];
      String name = SitePaths.lastName(url.toString());
      String path = SitePaths.resolve(page, url.toString(), host);
      if (name != null && path != null) {
        assertThat(path.substring(path.lastIndexOf('/') + 1))
            .as("url %s on %s, host %s", url, page, host)
            .isEqualTo(name);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5_000);
  }
}
