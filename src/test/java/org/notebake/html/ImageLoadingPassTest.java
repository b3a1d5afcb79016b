package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.html.PassHarness.run;

import org.junit.jupiter.api.Test;

class ImageLoadingPassTest {
  private final ImageLoadingPass pass = new ImageLoadingPass();

  @Test
  void firstImageInMainLoadsEagerlyAndTheRestLazily() {
    assertThat(run(pass, "<main><p><img src=\"a.jpg\"></p><img src=\"b.jpg\"></main>"))
        .isEqualTo(
            "<main><p><img src=\"a.jpg\" loading=\"eager\" fetchpriority=\"high\""
                + " decoding=\"async\"></p><img src=\"b.jpg\" loading=\"lazy\""
                + " decoding=\"async\"></main>");
  }

  @Test
  void imagesOutsideMainAreNeverTheHero() {
    assertThat(run(pass, "<header><img src=\"logo.svg\"></header><main><img src=\"a.jpg\"></main>"))
        .isEqualTo(
            "<header><img src=\"logo.svg\" loading=\"lazy\" decoding=\"async\"></header>"
                + "<main><img src=\"a.jpg\" loading=\"eager\" fetchpriority=\"high\""
                + " decoding=\"async\"></main>");
  }

  @Test
  void explicitLoadingAndDecodingOfOtherImagesAreKept() {
    assertThat(
            run(
                pass,
                "<main><img src=\"a.jpg\"><img src=\"b.jpg\" loading=\"eager\""
                    + " decoding=\"sync\"></main>"))
        .endsWith("<img src=\"b.jpg\" loading=\"eager\" decoding=\"sync\"></main>");
  }

  @Test
  void heroImageIsEagerEvenWhenTheRendererMadeItLazy() {
    assertThat(run(pass, "<main><img src=\"a.jpg\" loading=\"lazy\"></main>"))
        .contains("loading=\"eager\"")
        .doesNotContain("lazy");
  }

  @Test
  void pageWithoutMainHasOnlyLazyImages() {
    assertThat(run(pass, "<img src=\"a.jpg\">"))
        .isEqualTo("<img src=\"a.jpg\" loading=\"lazy\" decoding=\"async\">");
  }

  @Test
  void runningTwiceGivesTheSameBytes() {
    String once = run(pass, "<main><img src=\"a.jpg\"><img src=\"b.jpg\"></main>");

    assertThat(run(pass, once)).isEqualTo(once);
  }

  /** An icon within a sentence above the photo was fetched first and the photo lazily. */
  @Test
  void anIconWithinASentenceIsPassedOverForThePhotoOnItsOwnLine() {
    String page =
        run(
            pass,
            "<main><p>The team <img src=\"icon.png\"> shipped.</p><p><img src=\"photo.jpg\"></p>"
                + "</main>");
    assertThat(page)
        .contains("<img src=\"icon.png\" loading=\"lazy\" decoding=\"async\">")
        .contains(
            "<img src=\"photo.jpg\" loading=\"eager\" fetchpriority=\"high\" decoding=\"async\">");
  }
}
