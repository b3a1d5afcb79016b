package org.notebake.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.browser.Chromium;
import org.notebake.site.SiteFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner's site in headless Chromium: the résumé prints ("Save as PDF") to one or two pages on
 * A4 and on Letter, without navigation and with link addresses; the theme toggle switches and
 * remembers the reader's choice.
 */
class ResumePrintIT {
  @TempDir static Path dir;
  static Path site;
  static HttpServer server;
  static String base;

  @BeforeAll
  static void bakeOwnSite() throws Exception {
    site = dir.resolve("site");
    SiteFixture.Result r =
        SiteFixture.run(
            "bake",
            "--source",
            ".",
            "--output",
            site.toString(),
            "--base-url",
            "http://127.0.0.1/");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    server = Chromium.serve(site, "/");
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void resumePrintsToOneOrTwoPagesOnA4AndLetter() throws Exception {
    ChromeDriver browser = Chromium.start(1280, 900);
    try {
      browser.get(base + "pages/resume.html");
      assertThat(browser.findElement(By.cssSelector("article.resume")).isDisplayed()).isTrue();
      int a4 = print(browser, "a4", new PageSize(29.7, 21.0));
      int letter = print(browser, "letter", new PageSize(27.94, 21.59));
      assertThat(a4).isBetween(1, 2);
      assertThat(letter).isBetween(1, 2);
    } finally {
      browser.quit();
    }
  }

  /** Prints the page at that paper size, keeps the PDF and a picture of page 1 under target/. */
  private static int print(ChromeDriver browser, String name, PageSize paper) throws Exception {
    PrintOptions options = new PrintOptions();
    options.setPageSize(paper);
    options.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
    Path out = Path.of("target", "print");
    Files.createDirectories(out);
    Files.write(out.resolve("resume-" + name + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      // Printed: the name and the addresses of links; not: the navigation or the print hint.
      assertThat(text).contains("Avery Quinn").contains("mailto:avery@example.org".substring(7));
      assertThat(text).contains("https://www.linkedin.example.org/in/avery-quinn");
      assertThat(text).doesNotContain("Skip to content").doesNotContain("Save as PDF");
      BufferedImage first = new PDFRenderer(doc).renderImageWithDPI(0, 60);
      ImageIO.write(first, "png", out.resolve("resume-" + name + ".png").toFile());
      return doc.getNumberOfPages();
    }
  }

  @Test
  void toggleSwitchesTheThemeAndRemembersIt() {
    ChromeDriver browser = Chromium.start(390, 844);
    try {
      browser.get(base + "index.html");
      WebElement toggle = browser.findElement(By.cssSelector("button.theme-toggle"));
      new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> toggle.isDisplayed());
      String before = background(browser);
      boolean wasDark = "true".equals(toggle.getAttribute("aria-pressed"));
      toggle.click();
      assertThat(toggle.getAttribute("aria-pressed")).isEqualTo(String.valueOf(!wasDark));
      assertThat(theme(browser)).isEqualTo(wasDark ? "light" : "dark");
      String after = background(browser);
      assertThat(after).isNotEqualTo(before);

      browser.get(base + "essays/tracing-batch-inference.html");
      assertThat(theme(browser)).isEqualTo(wasDark ? "light" : "dark");
      assertThat(background(browser)).isEqualTo(after);
    } finally {
      browser.quit();
    }
  }

  @Test
  void homeLoadsEveryImageAtPhoneAndDesktopWidths() throws Exception {
    for (int width : new int[] {390, 1280}) {
      ChromeDriver browser = Chromium.start(width, 1500);
      try {
        browser.get(base + "index.html");
        JavascriptExecutor js = browser;
        // Lazy images load as they come into view: bring each into view and wait for it.
        for (WebElement img : browser.findElements(By.tagName("img"))) {
          js.executeScript(
              "arguments[0].scrollIntoView({behavior: 'instant', block: 'center'})", img);
          new WebDriverWait(browser, Duration.ofSeconds(10))
              .withMessage(() -> img.getAttribute("src") + " did not load")
              .until(
                  d ->
                      (Boolean)
                          js.executeScript(
                              "return arguments[0].complete && arguments[0].naturalWidth > 0",
                              img));
        }
        js.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
        Long images = (Long) js.executeScript("return document.images.length");
        assertThat(images).isGreaterThanOrEqualTo(5);
        Long overflow =
            (Long)
                js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal scroll at " + width + " px").isZero();
        // The picture is of the page, not of the browser's scrollbar.
        js.executeScript("document.documentElement.style.scrollbarWidth = 'none'");
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(
            out.resolve("home-" + width + ".png"),
            browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      } finally {
        browser.quit();
      }
    }
  }

  private static String theme(ChromeDriver browser) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.getAttribute('data-theme')");
  }

  private static String background(ChromeDriver browser) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return getComputedStyle(document.body).backgroundColor");
  }
}
