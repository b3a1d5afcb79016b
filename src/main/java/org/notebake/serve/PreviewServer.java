package org.notebake.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Serves a baked folder on 127.0.0.1 only, as a static host would, and sends the live-reload
 * events: HTML responses get {@link LiveReload}'s script (and the error overlay and draft banner);
 * the files on disk are never changed. It answers only requests addressed to it by a loopback name
 * ({@code Host: 127.0.0.1:8820}, {@code localhost:8820} or {@code [::1]:8820}); any other host is
 * refused with 403, so a web page that points its own name at 127.0.0.1 (DNS rebinding) cannot read
 * the preview and its drafts.
 *
 * <pre>{@code
 * PreviewServer server = PreviewServer.start(0, siteFolder, errors, drafts::isDraftPage);
 * server.url();            // http://127.0.0.1:41234/
 * server.send("reload", "1");
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("htm", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("woff", "font/woff"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("wasm", "application/wasm"));

  private static final List<String> LOOPBACK_NAMES = List.of("127.0.0.1", "localhost", "[::1]");

  private static final String FOREIGN_HOST =
      "notebake serve answers only requests for 127.0.0.1, localhost or [::1] with its port;"
          + " open the address it printed\n";

  private static final String FOREIGN_PAGE =
      "notebake serve shows its pages only to its own pages and to the address bar\n";

  private final HttpServer http;
  private final ExecutorService threads;
  private final Path site;
  private final Supplier<List<String>> errors;
  private final Predicate<String> isDraft;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

  private PreviewServer(
      HttpServer http,
      ExecutorService threads,
      Path site,
      Supplier<List<String>> errors,
      Predicate<String> isDraft) {
    this.http = http;
    this.threads = threads;
    this.site = site;
    this.errors = errors;
    this.isDraft = isDraft;
  }

  /**
   * Starts serving {@code site} on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @param errors the last build's errors, shown over every page while there are any
   * @param isDraft whether a site path ({@code daily/a.html}) is a private note's page
   * @throws IOException if the port is taken
   */
  public static PreviewServer start(
      int port, Path site, Supplier<List<String>> errors, Predicate<String> isDraft)
      throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "notebake-http");
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(threads);
    PreviewServer server = new PreviewServer(http, threads, site, errors, isDraft);
    http.createContext("/", server::handle);
    http.start();
    return server;
  }

  /** The address to open, e.g. {@code http://127.0.0.1:8820/}. */
  public String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
  }

  /** The number of open tabs listening for events. */
  public int listenerCount() {
    return listeners.size();
  }

  /** Sends a server-sent event to every open tab. */
  public void send(String event, String data) {
    byte[] bytes =
        ("event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n")
            .getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : listeners) {
      try {
        synchronized (out) {
          out.write(bytes);
          out.flush();
        }
      } catch (IOException e) {
        listeners.remove(out); // the tab was closed
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!addressedByLoopbackName(exchange)) {
        respond(exchange, 403, "text/plain; charset=utf-8", bytes(FOREIGN_HOST));
        return;
      }
      if (!askedByItsOwnPagesOrTheAddressBar(exchange)) {
        respond(exchange, 403, "text/plain; charset=utf-8", bytes(FOREIGN_PAGE));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals(LiveReload.PREFIX + "events")) {
        events(exchange);
        return;
      }
      if (path.equals(LiveReload.PREFIX + "reload.js")) {
        respond(exchange, 200, TYPES.get("js"), bytes(LiveReload.script()));
        return;
      }
      serveFile(exchange, path);
    }
  }

  /**
   * Whether the request's one {@code Host} header names this server as 127.0.0.1, localhost or
   * [::1] with its port (any case; without the port only on port 80, as browsers send it there). A
   * browser always sends the name it looked up, so a page from elsewhere, even one whose name now
   * resolves to 127.0.0.1, sends its own name and is refused.
   */
  private boolean addressedByLoopbackName(HttpExchange exchange) {
    List<String> hosts = exchange.getRequestHeaders().get("Host");
    if (hosts == null || hosts.size() != 1) {
      return false;
    }
    String host = hosts.get(0).strip().toLowerCase(Locale.ROOT);
    int port = http.getAddress().getPort();
    for (String name : LOOPBACK_NAMES) {
      if (host.equals(name + ":" + port) || (port == 80 && host.equals(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the request comes from the preview's own pages, from the address bar or a link followed
   * (a top-level navigation), or from a client that does not say which ({@code curl}, a browser
   * older than {@code Sec-Fetch-Site}). A page from another site that puts a preview address in an
   * image, script, style sheet or frame cannot read the answer, but could tell from its load or
   * error event whether a private note or its share card is there, and read an image's size.
   */
  private static boolean askedByItsOwnPagesOrTheAddressBar(HttpExchange exchange) {
    String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (site == null || site.equals("same-origin") || site.equals("none")) {
      return true;
    }
    return "navigate".equals(exchange.getRequestHeaders().getFirst("Sec-Fetch-Mode"))
        && "document".equals(exchange.getRequestHeaders().getFirst("Sec-Fetch-Dest"));
  }

  /** Holds the response open; events are written to it until the tab goes away. */
  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ownPagesOnly(exchange);
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write(bytes("retry: 500\n\n"));
    out.flush();
    listeners.add(out);
    // Keep the exchange (and its thread) until the tab closes: a comment every 15 s finds out.
    try {
      while (listeners.contains(out)) {
        Thread.sleep(15_000);
        synchronized (out) {
          out.write(bytes(": keep-alive\n\n"));
          out.flush();
        }
      }
    } catch (IOException | InterruptedException e) {
      listeners.remove(out);
    }
  }

  private void serveFile(HttpExchange exchange, String path) throws IOException {
    Path file = resolve(path);
    if (file == null) {
      // The site's own 404 page; before any build succeeded, a bare page that still shows the
      // errors and reloads when the page appears.
      Path missing = site.resolve("404.html");
      String page =
          Files.isRegularFile(missing, LinkOption.NOFOLLOW_LINKS)
              ? Files.readString(missing, StandardCharsets.UTF_8)
              : "<!doctype html><html><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                  + "<body><p>Nothing at "
                  + LiveReload.escape(path)
                  + " (yet).</p></body></html>";
      respond(exchange, 404, TYPES.get("html"), html(page, "404.html"));
      return;
    }
    String relative = site.relativize(file).toString().replace('\\', '/');
    String extension = extension(relative);
    String type = TYPES.getOrDefault(extension, "application/octet-stream");
    byte[] body =
        extension.equals("html") || extension.equals("htm")
            ? html(Files.readString(file, StandardCharsets.UTF_8), relative)
            : Files.readAllBytes(file);
    respond(exchange, 200, type, body);
  }

  private byte[] html(String page, String relative) {
    return bytes(LiveReload.inject(page, errors.get(), isDraft.test(relative)));
  }

  /**
   * The file a request path names, inside the site only (no {@code ..}, no link out of it): the
   * file itself, a folder's index.html, or the path with .html added; null if none.
   */
  private Path resolve(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    if (relative.startsWith(LiveReload.PREFIX.substring(1)) || relative.indexOf('\0') >= 0) {
      return null;
    }
    Path file;
    try {
      file = site.resolve(relative).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
    if (!file.startsWith(site)) {
      return null;
    }
    for (Path candidate :
        List.of(
            file, file.resolve("index.html"), file.resolveSibling(file.getFileName() + ".html"))) {
      if (candidate.startsWith(site) && Files.isRegularFile(candidate)) {
        try {
          Path real = candidate.toRealPath();
          if (real.startsWith(site.toRealPath())) {
            return candidate;
          }
        } catch (IOException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < name.lastIndexOf('/') + 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    ownPagesOnly(exchange);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  /**
   * Headers that keep a browser from lending a response to another site's page, for browsers that
   * send no {@code Sec-Fetch-Site}: none of it is cached, loaded into another site's page (as an
   * image, a script, a frame) or read as a script when it is not one.
   */
  private static void ownPagesOnly(HttpExchange exchange) {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    listeners.clear();
    http.stop(0);
    threads.shutdownNow();
  }
}
