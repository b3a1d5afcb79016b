package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.notebake.links.SiteAddress;

class SiteLinkTest {
  private static final SiteAddress ROOT = SiteAddress.of("https://avery.example.org/");

  @Test
  void relativePathIsResolvedAgainstThePageFolder() {
    assertThat(resolve("../photos/x.html", "essays/a.html"))
        .contains(new SiteLink(List.of("photos/x.html", "photos/x.html/index.html"), ""));
  }

  @Test
  void folderLinkMeansItsIndex() {
    assertThat(resolve("photos/", "index.html"))
        .contains(new SiteLink(List.of("photos/index.html"), ""));
    assertThat(resolve("./", "essays/a.html"))
        .contains(new SiteLink(List.of("essays/index.html"), ""));
    assertThat(resolve("..", "essays/a.html")).contains(new SiteLink(List.of("index.html"), ""));
  }

  @Test
  void queryIsIgnoredAndFragmentIsDecoded() {
    assertThat(resolve("b.html?x=1#S%C3%A9ance%20one", "a.html"))
        .contains(new SiteLink(List.of("b.html", "b.html/index.html"), "S\u00e9ance one"));
  }

  @Test
  void fragmentOnlyLinkTargetsTheSamePage() {
    assertThat(resolve("#^block-1", "essays/a.html"))
        .contains(new SiteLink(List.of("essays/a.html"), "^block-1"));
  }

  @Test
  void percentEscapesDecodeAsUtf8AndPlusStaysAPlus() {
    assertThat(SiteLink.percentDecode("a%20b+c%F0%9F%93%B7%zz%4"))
        .isEqualTo("a b+c\uD83D\uDCF7%zz%4");
  }

  @Test
  void climbingAboveTheRootLeavesTheSite() {
    assertThat(resolve("../../x.html", "essays/a.html").map(SiteLink::leavesSite)).contains(true);
  }

  @Test
  void foreignUrlsAreNotSiteLinks() {
    for (String url :
        List.of(
            "https://example.org/a.html",
            "//example.org/a",
            "mailto:a@example.org",
            "#",
            "",
            " ")) {
      assertThat(resolve(url, "a.html")).as(url).isEmpty();
    }
  }

  @Test
  void ownAbsoluteUrlIsASiteLink() {
    assertThat(resolve("HTTPS://Avery.Example.org/essays/#top", "a.html"))
        .contains(new SiteLink(List.of("essays/index.html"), "top"));
  }

  /**
   * Real content (a Quartz garden at a GitHub project site): its host's root, written whole, is
   * another site, not a page of this one missing; a root-relative path outside the base still is.
   */
  @Test
  void ownHostOutsideTheBasePathIsAnotherSite() {
    SiteAddress garden = SiteAddress.of("https://jo.github.io/garden/");
    assertThat(SiteLink.resolve("https://jo.github.io", "a.html", garden)).isEmpty();
    assertThat(SiteLink.resolve("https://jo.github.io/cv/#x", "a.html", garden)).isEmpty();
    assertThat(SiteLink.resolve("https://jo.github.io/garden/b.html", "a.html", garden))
        .contains(new SiteLink(List.of("b.html", "b.html/index.html"), ""));
    assertThat(SiteLink.resolve("/cv/", "a.html", garden)).map(SiteLink::leavesSite).contains(true);
  }

  private static Optional<SiteLink> resolve(String url, String page) {
    return SiteLink.resolve(url, page, ROOT);
  }
}
