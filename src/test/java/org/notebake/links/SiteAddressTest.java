package org.notebake.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteAddressTest {
  private static final SiteAddress BLOG = SiteAddress.of("https://blog.example.org/");
  private static final SiteAddress UNDER = SiteAddress.of("https://example.org/blog");

  @Test
  void anAddressOfTheSitesHostIsItsPathFromTheRoot() {
    assertThat(BLOG.sitePath("https://blog.example.org/files/slides/index.htm"))
        .contains("/files/slides/index.htm");
    assertThat(BLOG.sitePath("HTTP://Blog.Example.ORG/a.html?v=2#Intro"))
        .contains("/a.html?v=2#Intro");
    assertThat(BLOG.sitePath(" https://blog.example.org ")).contains("/");
  }

  @Test
  void backslashesInThePathAreTheSlashesABrowserReadsThemAs() {
    // Red team: garden\private\... went out as written, naming a private note's path.
    assertThat(UNDER.sitePath("https://example.org/blog\\private\\Secret%20plan.md"))
        .contains("/private/Secret%20plan.md");
    assertThat(BLOG.sitePath("https://blog.example.org\\a.html?q=a\\b#x\\y"))
        .contains("/a.html?q=a\\b#x\\y");
  }

  @Test
  void anotherHostOrSchemeIsNot() {
    assertThat(BLOG.sitePath("https://www.blog.example.org/a.html")).isEmpty();
    assertThat(BLOG.sitePath("https://example.org/a.html")).isEmpty();
    assertThat(BLOG.sitePath("ftp://blog.example.org/a.html")).isEmpty();
    assertThat(BLOG.sitePath("//blog.example.org/a.html")).isEmpty();
    assertThat(BLOG.sitePath("/a.html")).isEmpty();
    assertThat(SiteAddress.UNKNOWN.sitePath("https://blog.example.org/a.html")).isEmpty();
  }

  @Test
  void underABasePathOnlyWhatLiesBelowIt() {
    assertThat(UNDER.sitePath("https://example.org/blog/files/cv.pdf")).contains("/files/cv.pdf");
    assertThat(UNDER.sitePath("https://example.org/blog#top")).contains("/#top");
    assertThat(UNDER.sitePath("https://example.org/files/cv.pdf")).isEmpty();
    assertThat(UNDER.sitePath("https://example.org/blogroll.html")).isEmpty();
  }

  @Test
  void anAddressWithCredentialsStaysAsWritten() {
    assertThat(BLOG.sitePath("https://avery:secret@blog.example.org/a.html")).isEmpty();
  }

  @Test
  void aPathIsFoundWrittenWithTheSitesAddress() {
    String note = "See [a](/files/a.pdf) and [b](https://Blog.example.org/files/b.pdf#p2).";
    assertThat(BLOG.writtenAround(note, note.indexOf("/files/b.pdf")))
        .contains(new SiteAddress.Written(30, "https://Blog.example.org/files/b.pdf#p2"));
    assertThat(BLOG.writtenAround(note, note.indexOf("/files/a.pdf"))).isEmpty();
    assertThat(UNDER.writtenAround(note, note.indexOf("/files/b.pdf"))).isEmpty();
    assertThat(BLOG.writtenAround(note, -1)).isEmpty();
  }
}
