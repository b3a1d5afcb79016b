package org.notebake.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A URL written for one page, written for another: {@link Hrefs#rebase}. */
class HrefsTest {
  private static final String POST = "blog/2020/12/p.html";

  @Test
  void aPageInTheSameFolderGetsTheUrlAsWritten() {
    assertThat(Hrefs.rebase("../../../img/a.png", POST, "blog/2020/12/q.html"))
        .isEqualTo("../../../img/a.png");
    assertThat(Hrefs.rebase("#notes", POST, "blog/2020/12/index.html")).isEqualTo("#notes");
  }

  @Test
  void aShallowerPageClimbsLess() {
    assertThat(Hrefs.rebase("../../../img/a.png", POST, "index.html")).isEqualTo("img/a.png");
    assertThat(Hrefs.rebase("../../../img/a.png", POST, "tags/x.html")).isEqualTo("../img/a.png");
    assertThat(Hrefs.rebase("other.html", POST, "index.html")).isEqualTo("blog/2020/12/other.html");
    assertThat(Hrefs.rebase("../11/old.html#top", POST, "blog/index.html"))
        .isEqualTo("2020/11/old.html#top");
  }

  @Test
  void aDeeperPageClimbsMore() {
    assertThat(Hrefs.rebase("img/a.png", "index.html", "blog/2020/12/p.html"))
        .isEqualTo("../../../img/a.png");
    assertThat(Hrefs.rebase("x/b.png", "blog/a.html", "blog/x/deep/c.html")).isEqualTo("../b.png");
    assertThat(Hrefs.rebase("../x/b.png", "blog/a.html", "blog/x/deep/c.html"))
        .isEqualTo("../../../x/b.png");
  }

  @Test
  void aFragmentOrQueryAloneNamesTheNotesOwnPage() {
    assertThat(Hrefs.rebase("#fn-1", POST, "index.html")).isEqualTo("blog/2020/12/p.html#fn-1");
    assertThat(Hrefs.rebase("?v=2", POST, "tags/x.html")).isEqualTo("../blog/2020/12/p.html?v=2");
    assertThat(Hrefs.rebase("", POST, "index.html")).isEqualTo("blog/2020/12/p.html");
  }

  @Test
  void foldersStayFoldersAndTheRootIsDotSlash() {
    assertThat(Hrefs.rebase("../", POST, "index.html")).isEqualTo("blog/2020/");
    assertThat(Hrefs.rebase("../../../", POST, "index.html")).isEqualTo("./");
    assertThat(Hrefs.rebase(".", POST, "tags/x.html")).isEqualTo("../blog/2020/12/");
  }

  @Test
  void absoluteUrlsAndDataUrisAreUntouched() {
    for (String url :
        new String[] {
          "https://example.org/a.png",
          "mailto:avery@example.org",
          "data:image/png;base64,iVBORw0KGgo=",
          "//cdn.example.org/a.js",
          "/img/a.png",
        }) {
      assertThat(Hrefs.rebase(url, POST, "index.html")).as(url).isEqualTo(url);
    }
  }

  @Test
  void aPathAboveTheSiteIsLeftForTheLinkCheck() {
    assertThat(Hrefs.rebase("../../../../x.png", POST, "index.html"))
        .isEqualTo("../../../../x.png");
  }

  @Test
  void encodedAndUnicodeFoldersAreTheSameFolder() {
    // The note's page is in "café/" (encoded in its links as Hrefs.relative writes them).
    String page = "café/menü.html";
    assertThat(Hrefs.rebase("", page, "index.html")).isEqualTo("caf%C3%A9/men%C3%BC.html");
    assertThat(Hrefs.rebase("../caf%C3%A9/d%C3%A9j%C3%A0%20vu.png", page, "café/sub/x.html"))
        .isEqualTo("../d%C3%A9j%C3%A0%20vu.png");
    assertThat(Hrefs.rebase("../caf%c3%a9/a%2Fb.png", page, "café/sub/x.html"))
        .as("lowercase escapes name the same folder; an encoded slash stays in its name")
        .isEqualTo("../a%2Fb.png");
    assertThat(Hrefs.rebase("a%20b/%E2%9C%93.png", page, "index.html"))
        .isEqualTo("caf%C3%A9/a%20b/%E2%9C%93.png");
  }
}
