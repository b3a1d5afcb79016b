package org.notebake.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, and a static file server for a baked site. The tests
 * are skipped when the browser is not installed; {@code .ci/run} installs it.
 */
public final class Chromium {
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** A new headless browser window of the given width (CSS pixels). */
  public static ChromeDriver start(int width, int height) {
    Assumptions.assumeTrue(
        Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "chromium and chromium-driver are not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toString());
    options.addArguments(
        List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=" + width + "," + height));
    // Console messages and failed loads, read back with driver.manage().logs().get("browser").
    org.openqa.selenium.logging.LoggingPreferences logs =
        new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  /**
   * Serves {@code root} on 127.0.0.1 at a free port under {@code prefix} (for example {@code "/"}
   * or {@code "/portfolio/"}); close it when done.
   */
  public static HttpServer serve(Path root, String prefix) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        prefix,
        exchange -> {
          String path = exchange.getRequestURI().getPath().substring(prefix.length());
          Path file = root.resolve(path).normalize();
          if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
          }
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(404, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
            return;
          }
          byte[] body = Files.readAllBytes(file);
          exchange.getResponseHeaders().set("Content-Type", contentType(file));
          exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }

  /** The base URL of a server started by {@link #serve}. */
  public static String base(HttpServer server, String prefix) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".css")) {
      return "text/css";
    }
    if (name.endsWith(".js") || name.endsWith(".mjs")) {
      return "text/javascript";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    if (name.endsWith(".webp")) {
      return "image/webp";
    }
    if (name.endsWith(".json")) {
      return "application/json";
    }
    String guess = URLConnection.guessContentTypeFromName(name);
    return guess == null ? "application/octet-stream" : guess;
  }
}
