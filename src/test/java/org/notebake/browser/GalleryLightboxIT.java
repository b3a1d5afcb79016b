package org.notebake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The album lightbox in a real browser: open, keyboard, focus trap, Escape, no console errors. */
class GalleryLightboxIT {
  /** Installed before any page script: collects script errors, failed loads and console.error. */
  private static final String ERROR_HOOK =
      "window.__errors=[];"
          + "addEventListener('error',function(e){__errors.push(e.message||('failed to load '"
          + "+((e.target&&(e.target.src||e.target.href))||'?')))},true);"
          + "addEventListener('unhandledrejection',function(e){__errors.push(String(e.reason))});"
          + "var ce=console.error;console.error=function(){__errors.push([].join.call(arguments,' '));"
          + "ce.apply(console,arguments)};";

  @TempDir Path dir;

  private static byte[] photo(Color from, Color to) throws Exception {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, from, 800, 600, to));
    g.fillRect(0, 0, 800, 600);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  private SiteFixture bake() throws Exception {
    return bake("");
  }

  private SiteFixture bake(String properties) throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            %s
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            site.author=Avery Quinn
            publish.folders=gallery
            -- content/gallery/show/index.md --
            ---
            title: The show
            date: 2025-06-28
            photos:
              - file: a.jpg
                alt: An orange wall with prints
                caption: The entrance wall.
              - file: b.jpg
                alt: Blue evening light in the room
                caption: The second wave arriving.
              - file: c.jpg
                alt: Green mats on a table
                caption: Trimming prints the night before.
            ---
            Fifty visitors came in four waves.
            """
                .formatted(properties));
    Path folder = site.root().resolve("content/gallery/show");
    Files.write(folder.resolve("a.jpg"), photo(Color.ORANGE, Color.RED));
    Files.write(folder.resolve("b.jpg"), photo(Color.BLUE, Color.CYAN));
    Files.write(folder.resolve("c.jpg"), photo(Color.GREEN, Color.DARK_GRAY));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return site;
  }

  @Test
  void keyboardMovesThroughPhotosAndEscapeGivesFocusBack() throws Exception {
    SiteFixture site = bake();
    HttpServer server = Chromium.serve(site.output(), "/");
    ChromeDriver driver = Chromium.start(1200, 900);
    try {
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
      String base = Chromium.base(server, "/");
      driver.get(base + "gallery/show/index.html");
      JavascriptExecutor js = driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));

      List<WebElement> links = driver.findElements(By.cssSelector("a[data-lightbox]"));
      assertThat(links).hasSize(3);
      links.get(0).click();
      WebElement box = driver.findElement(By.cssSelector(".lightbox"));
      wait.until(d -> box.isDisplayed());
      assertThat(js.executeScript("return !!document.activeElement.closest('.lightbox')"))
          .as("focus moves into the lightbox")
          .isEqualTo(true);
      assertThat(box.findElement(By.tagName("figcaption")).getText())
          .isEqualTo("The entrance wall.");
      assertThat(box.findElement(By.tagName("img")).getAttribute("alt"))
          .isEqualTo("An orange wall with prints");
      wait.until(
          d ->
              (Boolean)
                  js.executeScript(
                      "var i=document.querySelector('.lightbox img');"
                          + "return i.complete && i.naturalWidth === 800;"));

      new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
      assertThat(box.findElement(By.tagName("figcaption")).getText())
          .isEqualTo("The second wave arriving.");
      assertThat(box.findElement(By.tagName("img")).getAttribute("src")).endsWith("/b-800w.jpg");
      assertThat(box.findElement(By.cssSelector(".lightbox-counter")).getText()).isEqualTo("2 / 3");

      for (int i = 0; i < 5; i++) {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(js.executeScript("return !!document.activeElement.closest('.lightbox')"))
            .as("Tab %d keeps focus inside", i)
            .isEqualTo(true);
      }
      new Actions(driver).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ARROW_LEFT).perform();
      assertThat(box.findElement(By.tagName("figcaption")).getText())
          .as("left from the first wraps to the last")
          .isEqualTo("Trimming prints the night before.");

      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      wait.until(d -> !box.isDisplayed());
      assertThat(
              js.executeScript(
                  "return document.activeElement === document.querySelector('a[data-lightbox]')"))
          .as("focus returns to the photo that opened the lightbox")
          .isEqualTo(true);
      assertThat((List<?>) js.executeScript("return window.__errors")).isEmpty();
    } finally {
      driver.quit();
      server.stop(0);
    }
  }

  /**
   * A click that does not focus the link (Safari's mouse click, a tap, a script's click) still
   * gives focus back to the photo on Escape, not to the top of the page.
   */
  @Test
  void escapeGivesFocusBackToAPhotoOpenedWithoutFocusingIt() throws Exception {
    SiteFixture site = bake();
    HttpServer server = Chromium.serve(site.output(), "/");
    ChromeDriver driver = Chromium.start(1200, 900);
    try {
      String base = Chromium.base(server, "/");
      driver.get(base + "gallery/show/index.html");
      JavascriptExecutor js = driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));

      js.executeScript("document.querySelectorAll('a[data-lightbox]')[1].click()");
      WebElement box = driver.findElement(By.cssSelector(".lightbox"));
      wait.until(d -> box.isDisplayed());
      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      wait.until(d -> !box.isDisplayed());

      assertThat(
              js.executeScript(
                  "return document.activeElement"
                      + " === document.querySelectorAll('a[data-lightbox]')[1]"))
          .as("focus returns to the photo that opened the lightbox")
          .isEqualTo(true);
    } finally {
      driver.quit();
      server.stop(0);
    }
  }

  /**
   * On a right-to-left page the next photo is to the left: the arrow key, the button's place and
   * its arrow all say so, and the viewer's words are the site's language.
   */
  @Test
  void onARightToLeftSiteTheNextPhotoIsToTheLeft() throws Exception {
    SiteFixture site = bake("site.locale=ar");
    HttpServer server = Chromium.serve(site.output(), "/");
    ChromeDriver driver = Chromium.start(1200, 900);
    try {
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
      driver.get(Chromium.base(server, "/") + "gallery/show/index.html");
      JavascriptExecutor js = driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));

      driver.findElements(By.cssSelector("a[data-lightbox]")).get(0).click();
      WebElement box = driver.findElement(By.cssSelector(".lightbox"));
      wait.until(d -> box.isDisplayed());
      WebElement next = box.findElement(By.cssSelector(".lightbox-next"));
      WebElement previous = box.findElement(By.cssSelector(".lightbox-prev"));
      assertThat(next.getAttribute("aria-label")).isEqualTo("الصورة التالية");
      assertThat(box.getAttribute("aria-label")).isEqualTo("عارض الصور");
      assertThat(next.getRect().getX()).isLessThan(previous.getRect().getX());
      assertThat(next.getText()).isEqualTo("\u2039");

      new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
      assertThat(box.findElement(By.cssSelector(".lightbox-counter")).getText()).isEqualTo("2 / 3");
      new Actions(driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
      assertThat(box.findElement(By.cssSelector(".lightbox-counter")).getText()).isEqualTo("3 / 3");
      next.click();
      assertThat(box.findElement(By.cssSelector(".lightbox-counter")).getText()).isEqualTo("1 / 3");
      assertThat((List<?>) js.executeScript("return window.__errors")).isEmpty();
    } finally {
      driver.quit();
      server.stop(0);
    }
  }

  @Test
  void withoutJavaScriptEachPhotoIsAPlainLinkToTheLargeImage() throws Exception {
    SiteFixture site = bake();
    HttpServer server = Chromium.serve(site.output(), "/");
    try {
      String base = Chromium.base(server, "/");
      String page = site.read("gallery/show/index.html");
      // The link names the largest variant (the original is not published), with its size.
      assertThat(page)
          .contains("<a href=\"../../gallery/show/b-800w.jpg\" data-lightbox data-width=\"800\"");
      HttpResponse<byte[]> image =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "gallery/show/b-800w.jpg")).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    } finally {
      server.stop(0);
    }
  }
}
