package org.notebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.notebake.config.ConfigException;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notebake serve}: a local preview that rebuilds and reloads the browser on every save.
 *
 * <pre>
 * $ notebake serve --source ~/Vault --drafts
 * notebake: built 1160 files in 2140 ms
 * notebake: serving http://127.0.0.1:8820/ (drafts shown, marked "not published"); Ctrl-C stops
 * </pre>
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a live preview on 127.0.0.1: bakes into a temporary folder (never the output"
          + " folder), rebuilds when content, templates, assets, data or configuration change, and"
          + " reloads open tabs.",
      "A failed build shows its errors over the last good site. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin BuildOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      description = "Port on 127.0.0.1 (default 8820); 0 picks a free one.")
  int port = 8820;

  @Option(
      names = "--drafts",
      description =
          "Show private notes too, each with a \"not published\" banner (only here: bake never"
              + " publishes them).")
  boolean drafts;

  @Option(names = "--open", description = "Open the site in the default browser.")
  boolean open;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("notebake: error: --port " + port + " is not a port; give 0 to 65535");
      err.flush();
      return Main.USAGE;
    }
    ServeSession session;
    try {
      session =
          ServeSession.start(
              options.source,
              port,
              drafts,
              options.verbose,
              line -> {
                if (!options.quiet || line.contains("error")) {
                  out.println(line);
                  out.flush();
                }
              });
    } catch (ConfigException e) {
      err.println(Diagnostic.escape(e.getMessage()));
      err.flush();
      return Main.USAGE;
    } catch (java.io.UncheckedIOException e) { // the preview's folder, before any port
      err.println("notebake: error: " + e.getMessage());
      err.flush();
      return Main.USAGE;
    } catch (IOException e) {
      err.println(
          "notebake: error: cannot serve on 127.0.0.1:"
              + port
              + ": "
              + e.getMessage()
              + "; another program uses the port: choose another with --port, or --port 0");
      err.flush();
      return Main.USAGE;
    }
    out.println(
        "notebake: serving "
            + session.url()
            + (drafts ? " (drafts shown, marked \"not published\")" : "")
            + "; Ctrl-C stops");
    out.flush();
    if (open) {
      Browser.open(session.url(), err);
    }
    try {
      session.awaitClose(); // Ctrl-C closes it (ServeSession's shutdown hook)
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      session.close();
    }
    return Main.OK;
  }

  /** Opens a URL in the desktop's browser, or says how to. */
  static final class Browser {
    private Browser() {}

    static void open(String url, PrintWriter err) {
      try {
        if (java.awt.Desktop.isDesktopSupported()
            && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
          java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
          return;
        }
        String command =
            System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac")
                ? "open"
                : "xdg-open";
        new ProcessBuilder(command, url).inheritIO().start();
      } catch (IOException | UnsupportedOperationException e) {
        err.println("notebake: cannot open a browser here (" + e.getMessage() + "); open " + url);
        err.flush();
      }
    }
  }
}
