package org.notebake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notebake.site.SiteFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The whole site in a real browser (issue 15, "Proof"): a test vault with every page type is baked
 * for {@code site.host=https://name.github.io/portfolio/} and served under {@code /portfolio/}. One
 * page of each kind found in the output (so new page types are covered as they appear) is loaded at
 * 390 px and 1280 px, light and dark, and must show no console error, fail no request, ask no other
 * host, link only to files the bake wrote, and pass axe-core's WCAG 2.2 A and AA rules. Screenshots
 * go to {@code target/screenshots/}.
 */
class SiteBrowserIT {
  /**
   * {@code -Dbrowser.site=DIR -Dbrowser.prefix=/notes/} checks a site baked elsewhere (for
   * site.host=https://name.github.io/notes/) instead of the test vault.
   */
  private static final String SITE = System.getProperty("browser.site", "");

  private static final String PREFIX = System.getProperty("browser.prefix", "/portfolio/");
  private static final Path AXE = Path.of("target/vendor-npm/axe-core/package/axe.min.js");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  /** Before any page script: collects errors and failed loads the page reports. */
  private static final String ERROR_HOOK =
      """
      window.__nbErrors = [];
      addEventListener('error', function (e) {
        var t = e.target;
        __nbErrors.push(t && t !== window
            ? 'failed to load ' + (t.currentSrc || t.src || t.href || t.tagName)
            : 'error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
      }, true);
      addEventListener('unhandledrejection', function (e) {
        __nbErrors.push('unhandled rejection: ' + e.reason);
      });
      var nbConsoleError = console.error;
      console.error = function () {
        __nbErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
        return nbConsoleError.apply(console, arguments);
      };
      """;

  private static final String VAULT =
      """
      -- jbake.properties --
      site.host=https://name.github.io/portfolio/
      site.title=Avery Quinn
      site.author=Avery Quinn
      site.role=Technical PM, AI infrastructure
      site.description=Essays on observability and GPU clusters.
      site.email=avery@example.org
      site.links=GitHub=https://github.example.org/avery
      -- content/essays/Tracing batch inference.md --
      ---
      publish: true
      date: 2025-06-01
      tags: [observability, gpu]
      ---
      Tracing a batch job from the queue to the GPU shows where the hours go.

      ## Queue

      Waiting time is $w = t_s - t_q$, and the footnote[^1] says why. Jobs live in $\\R^n$, the
      largest at $\\argmax_j \\norm{w_j}$.

      $$
      \\sum_{i=1}^{n} w_i = w_1 + w_2 + w_3 + w_4 + w_5 + w_6 + w_7 + w_8 + w_9 + w_{10} + w_{11} + w_{12} + w_{13} + w_{14}
      $$

      $$
      \\begin{align} t_q &= t_s - w \\tag{1.9} \\\\ t_e &= t_s + r \\end{align}
      $$

      ## Load

      | Stage | Hours |
      |---|---|
      | Load | 12 |

      ## Compute

      > [!note] A callout
      > With a [[Where hours go|link]].

      [^1]: Because queues hide work.
      -- content/preamble.sty --
      % The vault's macros, as Obsidian's Extended MathJax plugin loads them.
      \\usepackage{amsmath}
      \\newcommand{\\R}{\\mathbb{R}}
      \\newcommand{\\norm}[1]{\\left\\lVert#1\\right\\rVert}
      \\DeclareMathOperator*{\\argmax}{arg\\,max}
      -- content/essays/Where hours go.md --
      ---
      publish: true
      date: 2025-06-02
      tags: [observability]
      ---
      Back to [[Tracing batch inference]]. Some `code` and a list:

      - one
      - two

      Tasks:

      - [ ] Level one task
          - [x] Level two task
              - [ ] Level three task
      -- content/projects/Queue weather.md --
      ---
      publish: true
      date: 2024-03-01
      role: Technical PM
      period: 2024–2025
      stack: [Slurm, Python]
      featured: true
      cover: weather.jpg
      cover_alt: Queue depth drawn as a weather map
      links:
        live: https://weather.example.org/
      ---
      A forecast for the batch queue.
      -- content/gallery/Photo show.md --
      ---
      publish: true
      date: 2025-01-10
      tags: [photography]
      cover: show-1.jpg
      ---
      Four waves of visitors.

      ![[show-1.jpg]]
      ![[show-2.jpg]]
      -- content/pages/about.md --
      ---
      publish: true
      title: About
      ---
      I work on AI infrastructure. Write to avery@example.org.
      -- content/pages/resume.md --
      ---
      publish: true
      title: Résumé
      ---
      ## Experience

      - Technical PM, AI infrastructure, 2022–now
      """;

  private static Path output;
  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void bakeAndServe(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(AXE), "axe-core is fetched by mvn generate-resources");
    if (!SITE.isEmpty()) {
      output = Path.of(SITE).toAbsolutePath();
      server = Chromium.serve(output, PREFIX);
      base = Chromium.base(server, PREFIX);
      Files.createDirectories(SCREENSHOTS);
      return;
    }
    SiteFixture site = SiteFixture.of(dir.resolve("portfolio"), VAULT);
    photo(site.root().resolve("content/projects/weather.jpg"), 0x0b5a87, 0xe6f0f6);
    photo(site.root().resolve("content/gallery/show-1.jpg"), 0x553311, 0xffcc88);
    photo(site.root().resolve("content/gallery/show-2.jpg"), 0x113355, 0x88ccff);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    output = site.output();
    server = Chromium.serve(output, PREFIX);
    base = Chromium.base(server, PREFIX);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void everyPageTypeLoadsCleanlyAndPassesAxeInLightAndDark() throws Exception {
    Map<String, String> pages = pageTypes(output);
    if (SITE.isEmpty()) {
      assertThat(pages.values())
          .contains(
              "index.html",
              "archive.html",
              "404.html",
              "essays/tracing-batch-inference.html",
              "projects/queue-weather.html",
              "gallery/photo-show.html",
              "pages/about.html");
      assertThat(pages.keySet())
          .contains("index", "archive", "404", "essays", "projects", "gallery", "pages", "tags");
    }
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {390, 1280}) {
      int height = width == 390 ? 844 : 800;
      ChromeDriver driver = Chromium.start(width, height);
      try {
        // A headless window is at least 500 px wide: the phone's viewport is emulated.
        driver.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        for (String scheme : List.of("light", "dark")) {
          driver.executeCdpCommand(
              "Emulation.setEmulatedMedia",
              Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
          for (Map.Entry<String, String> page : pages.entrySet()) {
            // The 404 page is served for a missing address at any depth.
            String path =
                page.getValue().equals("404.html") ? "no/such/deep/page.html" : page.getValue();
            String where = page.getValue() + " @" + width + "px " + scheme;
            problems.addAll(
                visit(driver, base + path, where, page.getKey() + "-" + width + "-" + scheme));
          }
        }
      } finally {
        driver.quit();
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLinkAndSourceResolvesToAFileTheBakeWrote() throws IOException {
    List<String> missing = new ArrayList<>();
    URI root = URI.create("https://name.github.io" + PREFIX);
    try (var files = Files.walk(output)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        String rel = output.relativize(file).toString().replace('\\', '/');
        URI pageUrl = rel.equals("404.html") ? root.resolve("a/b/missing.html") : root.resolve(rel);
        for (Element e : Jsoup.parse(Files.readString(file)).select("[href], [src], [srcset]")) {
          for (String url : urls(e)) {
            URI target = resolve(pageUrl, url);
            if (target == null) {
              continue;
            }
            String path = target.getRawPath();
            if (!path.startsWith(PREFIX)) {
              missing.add(rel + ": " + url + " leaves " + PREFIX);
              continue;
            }
            String local =
                URLDecoder.decode(path.substring(PREFIX.length()), StandardCharsets.UTF_8);
            if (local.isEmpty() || local.endsWith("/")) {
              local += "index.html";
            }
            if (!Files.isRegularFile(output.resolve(local))) {
              missing.add(rel + ": " + url);
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void themeToggleSwitchesAndIsRemembered() {
    Assumptions.assumeTrue(SITE.isEmpty(), "runs on the test vault");
    ChromeDriver driver = Chromium.start(1280, 800);
    try {
      driver.get(base + "essays/where-hours-go.html");
      List<WebElement> toggles = driver.findElements(By.cssSelector(".theme-toggle"));
      Assumptions.assumeFalse(toggles.isEmpty(), "this theme has no .theme-toggle");
      WebElement toggle = toggles.get(0);
      assertThat(toggle.isDisplayed()).isTrue();
      String before = background(driver);
      String pressed = toggle.getAttribute("aria-pressed");
      toggle.click();
      assertThat(toggle.getAttribute("aria-pressed")).isNotEqualTo(pressed);
      String after = background(driver);
      assertThat(after).isNotEqualTo(before);
      driver.get(base + "archive.html");
      assertThat(background(driver)).isEqualTo(after);
    } finally {
      driver.quit();
    }
  }

  /**
   * Real content: nested task lists were drawn flush left, each level's pull to the left (the box
   * in the margin) cancelling its list's step in. Each level is a step further in.
   */
  @Test
  void nestedTasksStepInOneLevelAtATime() {
    Assumptions.assumeTrue(SITE.isEmpty(), "runs on the test vault");
    ChromeDriver driver = Chromium.start(1280, 800);
    try {
      driver.get(base + "essays/where-hours-go.html");
      @SuppressWarnings("unchecked")
      List<Object> lefts =
          (List<Object>)
              driver.executeScript(
                  "return [...document.querySelectorAll('li > input[type=checkbox]')]"
                      + ".map(box => box.getBoundingClientRect().left);");
      assertThat(lefts).hasSize(3);
      double one = ((Number) lefts.get(0)).doubleValue();
      double two = ((Number) lefts.get(1)).doubleValue();
      double three = ((Number) lefts.get(2)).doubleValue();
      assertThat(two - one).as("level two").isGreaterThan(12);
      assertThat(three - two).as("level three").isGreaterThan(12);
    } finally {
      driver.quit();
    }
  }

  /**
   * Real content (a physics vault's pages): KaTeX numbered every line of an {@code align}, (1),
   * (2), among the author's own {@code \tag{1.9}}, where Obsidian's MathJax numbers none.
   */
  @Test
  void anAlignIsNotNumberedButItsTagIsShown() {
    Assumptions.assumeTrue(SITE.isEmpty(), "runs on the test vault");
    ChromeDriver driver = Chromium.start(1280, 800);
    try {
      driver.get(base + "essays/tracing-batch-inference.html");
      Object numbers =
          driver.executeScript("return document.querySelectorAll('.katex-html .eqn-num').length;");
      String tags =
          (String)
              driver.executeScript(
                  "return [...document.querySelectorAll('.katex-html .tag')]"
                      + ".map(t => t.textContent).join('|');");
      assertThat(((Number) numbers).intValue()).isZero();
      assertThat(tags).contains("1.9");
    } finally {
      driver.quit();
    }
  }

  /**
   * Real content (a Hebrew vault): on a right-to-left page KaTeX inherited the direction and drew
   * {@code \\int_a^b f(x)\\,dx = I} as "I = f(x)dx ∫". Maths stays left to right.
   */
  @Test
  void mathsReadsLeftToRightOnARightToLeftPage() {
    Assumptions.assumeTrue(SITE.isEmpty(), "runs on the test vault");
    ChromeDriver driver = Chromium.start(1280, 800);
    try {
      driver.get(base + "essays/tracing-batch-inference.html");
      driver.executeScript("document.documentElement.dir = 'rtl';");
      Object order =
          driver.executeScript(
              "const m = [...document.querySelectorAll('.math-display .katex-html')]"
                  + ".find(e => e.textContent.includes('='));"
                  + "const xs = [...m.querySelectorAll('.mord, .mrel')]"
                  + ".filter(e => !e.closest('.msupsub, .op-limits'))"
                  + ".filter(e => e.textContent === '=' || e.textContent === 'w')"
                  + ".map(e => [e.textContent, e.getBoundingClientRect().left]);"
                  + "return [getComputedStyle(m).direction, JSON.stringify(xs)];");
      assertThat(order.toString()).startsWith("[ltr");
      @SuppressWarnings("unchecked")
      String positions = ((java.util.List<Object>) order).get(1).toString();
      // The sum's left side (w_i) comes before its "=" from the left, as written.
      int w = positions.indexOf("\"w\"");
      int equals = positions.indexOf("\"=\"");
      assertThat(w).isNotNegative();
      assertThat(equals).isNotNegative();
      double wLeft =
          Double.parseDouble(
              positions.substring(positions.indexOf(',', w) + 1, positions.indexOf(']', w)));
      double equalsLeft =
          Double.parseDouble(
              positions.substring(
                  positions.indexOf(',', equals) + 1, positions.indexOf(']', equals)));
      assertThat(wLeft).as(positions).isLessThan(equalsLeft);
    } finally {
      driver.quit();
    }
  }

  /**
   * The vault's preamble.sty defines {@code \R}, {@code \norm} and {@code \argmax}: KaTeX typesets
   * them, where it showed each as its red error text.
   */
  @Test
  void thePreamblesMacrosAreTypeset() {
    Assumptions.assumeTrue(SITE.isEmpty(), "runs on the test vault");
    ChromeDriver driver = Chromium.start(1280, 800);
    try {
      driver.get(base + "essays/tracing-batch-inference.html");
      Object errors =
          driver.executeScript("return document.querySelectorAll('.katex-error').length;");
      Object typeset =
          driver.executeScript("return document.querySelectorAll('.math-inline .katex').length;");
      String mathml =
          (String)
              driver.executeScript(
                  "return [...document.querySelectorAll('.math-inline annotation')]"
                      + ".map(a => a.closest('math').innerHTML).join('|');");
      assertThat(((Number) errors).intValue()).as(mathml).isZero();
      assertThat(((Number) typeset).intValue()).isEqualTo(3);
      assertThat(mathml).contains("double-struck").contains("arg");
    } finally {
      driver.quit();
    }
  }

  private static String background(ChromeDriver driver) {
    return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
  }

  /** One page of each kind: each top-level page, and the first page of each folder. */
  static Map<String, String> pageTypes(Path output) throws IOException {
    Map<String, String> byKind = new TreeMap<>();
    try (var files = Files.walk(output)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String rel = output.relativize(file).toString().replace('\\', '/');
        int slash = rel.indexOf('/');
        String kind = slash < 0 ? rel.replace(".html", "") : rel.substring(0, slash);
        // A folder's own index (projects/index.html) is a list page: a kind of its own.
        if (slash >= 0 && rel.endsWith("/index.html")) {
          kind = kind + "-index";
        }
        byKind.putIfAbsent(kind, rel);
      }
    }
    return byKind;
  }

  private static List<String> visit(ChromeDriver driver, String url, String where, String shot)
      throws IOException {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
    driver.get(url);
    driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "if (document.readyState === 'complete') done(); else addEventListener('load', () => done());");
    List<String> problems = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object> errors = (List<Object>) driver.executeScript("return window.__nbErrors || [];");
    errors.forEach(e -> problems.add(where + ": " + e));
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      boolean ownStatus = url.contains("no/such/deep") && entry.getMessage().contains(url);
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !ownStatus) {
        problems.add(where + ": console: " + entry.getMessage());
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> requests =
        (List<Object>)
            driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name + ' '"
                    + " + (e.responseStatus || 0));");
    for (Object request : requests) {
      String[] parts = request.toString().split(" ");
      if (!parts[0].startsWith(base)) {
        problems.add(where + ": request to another host: " + parts[0]);
      } else if (Integer.parseInt(parts[1]) >= 400) {
        problems.add(where + ": failed request: " + request);
      }
    }
    axe(driver).forEach(v -> problems.add(where + ": axe " + v));
    Map<String, Object> shotArgs = new LinkedHashMap<>();
    shotArgs.put("format", "png");
    Object data = driver.executeCdpCommand("Page.captureScreenshot", shotArgs).get("data");
    Files.write(SCREENSHOTS.resolve(shot + ".png"), Base64.getDecoder().decode((String) data));
    return problems;
  }

  /** axe-core's WCAG 2.2 A and AA violations on the loaded page, as "rule: help at targets". */
  @SuppressWarnings("unchecked")
  private static List<Object> axe(ChromeDriver driver) throws IOException {
    driver.executeScript(Files.readString(AXE));
    return (List<Object>)
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
  }

  @Test
  void harnessSeesAnAxeViolationAConsoleErrorAndAFailedRequest() throws IOException {
    Assumptions.assumeTrue(SITE.isEmpty(), "runs on the test vault");
    ChromeDriver driver = Chromium.start(1280, 800);
    try {
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      driver.get(base + "archive.html");
      driver.executeScript(
          "document.querySelector('main').insertAdjacentHTML('beforeend',"
              + " '<img src=\"missing.png\" width=\"10\" height=\"10\">');"
              + "console.error('planted');");
      driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500);");
      assertThat(axe(driver)).anyMatch(v -> v.toString().startsWith("image-alt:"));
      @SuppressWarnings("unchecked")
      List<Object> errors = (List<Object>) driver.executeScript("return window.__nbErrors;");
      assertThat(errors.toString()).contains("console.error: planted").contains("missing.png");
    } finally {
      driver.quit();
    }
  }

  private static List<String> urls(Element e) {
    List<String> out = new ArrayList<>();
    if (e.hasAttr("href")) {
      out.add(e.attr("href"));
    }
    if (e.hasAttr("src")) {
      out.add(e.attr("src"));
    }
    if (e.hasAttr("srcset")) {
      for (String candidate : e.attr("srcset").split(",")) {
        String u = candidate.strip().split("\\s+")[0];
        if (!u.isEmpty()) {
          out.add(u);
        }
      }
    }
    return out;
  }

  /** The address a link points to on this site, or null for another site, mail or a fragment. */
  private static URI resolve(URI page, String url) {
    if (url.isEmpty() || url.startsWith("#") || url.matches("(?i)(mailto|tel|data):.*")) {
      return null;
    }
    URI target = page.resolve(url.replace(" ", "%20"));
    return "name.github.io".equals(target.getHost()) ? target : null;
  }

  private static void photo(Path file, int from, int to) throws IOException {
    BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(from), 1200, 800, new Color(to)));
    g.fillRect(0, 0, 1200, 800);
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "jpg", file.toFile());
  }
}
