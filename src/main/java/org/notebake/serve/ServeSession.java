package org.notebake.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.notebake.config.ConfigException;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.publish.DraftPreview;
import org.notebake.site.BuildReport;
import org.notebake.site.SiteBuilder;
import org.notebake.site.output.MarkedTree;

/**
 * One {@code notebake serve}: bakes the site into a temporary folder (never the configured output),
 * serves it, and bakes again whenever the site's sources change, reloading open tabs. A failed
 * build keeps the last good site served, with its errors over it.
 *
 * <pre>{@code
 * try (ServeSession serve = ServeSession.start(vault, 0, false, System.out::println)) {
 *   serve.url();   // http://127.0.0.1:41234/
 * }                // stops the server and the watcher, deletes the temporary folder
 * }</pre>
 */
public final class ServeSession implements AutoCloseable {
  /**
   * How long the sources must stay quiet before a rebuild starts. Every edit waits this long, so it
   * is short: an editor's save (write, rename, delete) comes within a few milliseconds, and a burst
   * that pauses longer (a slow {@code git checkout}) costs one more rebuild, not a wrong site.
   */
  static final long QUIET_MILLIS = 25;

  private final Path source;
  private final boolean drafts;
  private final Consumer<String> log;
  private final Path root;
  private final Path site;
  private final DraftPreview preview;
  private PreviewServer server;
  private SourceWatcher watcher;
  private volatile List<String> errors = List.of();
  private volatile long builds;
  private volatile BuildReport lastReport;
  private final org.notebake.incremental.BodyMemo memo =
      new org.notebake.incremental.BodyMemo("none yet");
  private final org.notebake.vault.NoteCache notes = new org.notebake.vault.NoteCache();
  private final org.notebake.site.DocumentMemory documents = new org.notebake.site.DocumentMemory();
  private final org.notebake.site.LastBuild last = new org.notebake.site.LastBuild();
  private final org.notebake.site.output.PreviewFolder folder;
  private final org.notebake.incremental.PageMemo pages =
      new org.notebake.incremental.PageMemo("none yet");

  /** The preview folder's marker, locked while this serve runs ({@link LeftPreviews#hold}). */
  private final java.nio.channels.FileChannel held;

  private final Thread stopAtExit = new Thread(this::close, "notebake-serve-stop");
  private final java.util.concurrent.CountDownLatch stopped =
      new java.util.concurrent.CountDownLatch(1);
  private boolean closed;
  private boolean verbose;
  private boolean reloaded;

  private ServeSession(Path source, boolean drafts, Consumer<String> log) {
    this.source = source;
    this.drafts = drafts;
    this.log = log;
    this.root = DraftPreview.createRoot();
    this.held = LeftPreviews.hold(root);
    for (Path left : LeftPreviews.removeDead(root)) {
      log.accept("removed " + left + ", the preview folder of a serve that was killed");
    }
    this.site = root.resolve("site");
    this.folder = new org.notebake.site.output.PreviewFolder(site);
    this.preview = DraftPreview.in(root);
    // From here on, not once serving starts: Ctrl-C during the first build (a minute on a large
    // vault) left the folder, drafts' pages and cards in it, in the system's temporary folder.
    Runtime.getRuntime().addShutdownHook(stopAtExit);
  }

  /**
   * Bakes once, starts the server and the watcher.
   *
   * @param port the port on 127.0.0.1, 0 for any free one
   * @param drafts show private notes too, marked "not published"
   * @param log where to say what happened (a line a build)
   * @throws IOException if the port cannot be had
   * @throws ConfigException if the site's configuration cannot be read at all at start
   */
  public static ServeSession start(Path source, int port, boolean drafts, Consumer<String> log)
      throws IOException {
    return start(source, port, drafts, false, log);
  }

  /** As {@link #start(Path, int, boolean, Consumer)}; {@code verbose} logs each stage's time. */
  public static ServeSession start(
      Path source, int port, boolean drafts, boolean verbose, Consumer<String> log)
      throws IOException {
    ServeSession session = new ServeSession(source, drafts, log);
    session.verbose = verbose;
    try {
      // Read once first, so a site that cannot be read at all stops serve with the message.
      SiteConfig configured = ConfigLoader.load(source, null);
      session.server =
          PreviewServer.start(
              port,
              session.site,
              () -> session.errors,
              page -> drafts && session.preview.isDraftPage(page));
      // Watching before the first build: a note saved while it runs (it can take a minute on a
      // large vault) is rebuilt after it, not lost until the next save.
      session.watcher =
          new SourceWatcher(
              watchedFolders(configured),
              List.of(configured.output(), session.root),
              QUIET_MILLIS,
              session::rebuildAndReload);
      session.watcher.start();
      session.rebuild();
      return session;
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /** Everything a build reads: the site folder, content, templates, assets and data. */
  private static List<Path> watchedFolders(SiteConfig config) {
    List<Path> folders = new ArrayList<>();
    folders.add(config.source());
    folders.add(config.content());
    folders.add(config.templates());
    folders.add(config.assets());
    folders.add(config.data());
    folders.add(
        config.privacy().denyFile() == null ? null : config.privacy().denyFile().getParent());
    folders.add(
        config.privacy().allowFile() == null ? null : config.privacy().allowFile().getParent());
    return folders.stream().filter(Objects::nonNull).distinct().toList();
  }

  /** The address of the site. */
  public String url() {
    return server.url();
  }

  /** The folder the site is baked into (inside the temporary folder). */
  public Path siteFolder() {
    return site;
  }

  /** The temporary folder, deleted by {@link #close()}. */
  public Path temporaryFolder() {
    return root;
  }

  /** The errors of the last build, as {@code file:line:col: error: message} lines. */
  public List<String> errors() {
    return errors;
  }

  /** How many builds ran (the first included). */
  public long builds() {
    return builds;
  }

  public BuildReport lastReport() {
    return lastReport;
  }

  /** How many rebuilds redid only the notes edited ({@link org.notebake.site.LastBuild}). */
  public int shortBuilds() {
    return last.shortBuilds();
  }

  PreviewServer server() {
    return server;
  }

  /**
   * Bakes again and tells the open tabs: reload (as soon as the new site is in place, before the
   * old one is deleted and the build's line is logged), or here are the errors.
   */
  synchronized void rebuildAndReload() {
    reloaded = false;
    if (!rebuild(true)) {
      server.send("errors", jsonArray(errors));
    } else if (!reloaded) {
      server.send("reload", String.valueOf(builds));
    }
  }

  /** Bakes into the temporary folder; true if it had no errors (and was swapped in). */
  synchronized boolean rebuild() {
    return rebuild(false);
  }

  /** The new site is in place, so this build had no errors: tabs reload without the overlay. */
  private void swapped(boolean announce) {
    if (announce) {
      errors = List.of();
      reloaded = true;
      server.send("reload", String.valueOf(builds + 1));
    }
  }

  private synchronized boolean rebuild(boolean announce) {
    if (closed) {
      return false;
    }
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config;
    try {
      config = ConfigLoader.loadPreview(source, site, server.url());
      pages.resetCounts();
      SiteBuilder builder =
          new SiteBuilder(config, diagnostics)
              .withMemo(memo)
              .withPageMemo(pages)
              .withPreviewFolder(folder)
              .withNoteCache(notes)
              .withDocumentMemory(documents)
              .withLastBuild(last, watcher == null ? null : watcher.takeChanges())
              .onSwapped(() -> swapped(announce));
      if (drafts) {
        builder.withDrafts(preview);
      }
      lastReport = builder.build(true, false);
    } catch (ConfigException e) {
      builds++;
      errors = List.of(Diagnostic.escape(e.getMessage()));
      log.accept("notebake: " + errors.get(0));
      return false;
    } catch (RuntimeException e) {
      builds++;
      errors = List.of("notebake: error: the build stopped: " + e);
      log.accept(errors.get(0));
      return false;
    }
    builds++;
    memo.retainUsed();
    pages.retainUsed();
    List<String> found = new ArrayList<>();
    for (Diagnostic d : diagnostics.sorted()) {
      if (d.isError()) {
        found.add(shown(config, d).format());
      }
    }
    errors = List.copyOf(found);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (errors.isEmpty()) {
      log.accept(
          "notebake: built "
              + lastReport.filesWritten()
              + " files in "
              + millis
              + " ms"
              + (verbose
                  ? " "
                      + lastReport.stageMillis()
                      + " ("
                      + pages.hits()
                      + " of "
                      + (pages.hits() + pages.misses())
                      + " pages reused)"
                  : "")
              + (diagnostics.warningCount() > 0
                  ? " ("
                      + diagnostics.warningCount()
                      + (diagnostics.warningCount() == 1 ? " warning" : " warnings")
                      + ": notebake check lists them)"
                  : ""));
    } else {
      log.accept("notebake: build failed in " + millis + " ms; still serving the last good site:");
      errors.forEach(e -> log.accept("  " + e));
    }
    return errors.isEmpty();
  }

  /** A diagnostic's path as the author finds the file: relative to the site folder. */
  private static Diagnostic shown(SiteConfig config, Diagnostic d) {
    try {
      Path file = config.content().resolve(d.path()).normalize();
      if (Files.exists(file) && file.startsWith(config.source())) {
        return d.at(config.source().relativize(file).toString().replace('\\', '/'));
      }
    } catch (java.nio.file.InvalidPathException e) {
      // not a file path: shown as it is
    }
    return d;
  }

  static String jsonArray(List<String> lines) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "" : ",").append('"');
      for (char c : lines.get(i).toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
    return out.append(']').toString();
  }

  /**
   * Waits until the session is closed: by {@link #close()}, or by the JVM's shutdown (Ctrl-C),
   * which closes it, waiting for a build under way to end.
   */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  /** Stops the watcher and the server and deletes the temporary folder. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (watcher != null) {
        watcher.close();
      }
      if (server != null) {
        server.close();
      }
      LeftPreviews.closeQuietly(held); // first: Windows deletes no file a process holds locked
      deleteTree(root);
    } finally {
      LeftPreviews.closeQuietly(held);
      stopped.countDown();
      if (Thread.currentThread() != stopAtExit) {
        try {
          Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
          // the JVM is stopping: the hook finds the session closed
        }
      }
    }
  }

  private static void deleteTree(Path top) {
    if (!Files.exists(top)) {
      return;
    }
    try {
      MarkedTree.delete(top, DraftPreview.MARKER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the preview folder " + top, e);
    }
  }
}
