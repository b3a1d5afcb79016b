package org.notebake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.notebake.config.ConfigException;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.DiagnosticPrinter;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.site.BuildReport;
import org.notebake.site.SiteBuilder;
import org.notebake.site.output.OutputRefusedException;
import org.notebake.site.output.StagedOutput;

/** Runs one bake or check and prints its diagnostics and summary line. */
final class BuildRun {
  private final BuildOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private boolean json;

  BuildRun(BuildOptions options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Prints every diagnostic and the summary as one JSON document on stdout instead of text. */
  BuildRun json() {
    this.json = true;
    return this;
  }

  int run(Path output, String baseUrl, boolean write, boolean force) {
    if (options.quiet && options.verbose) {
      err.println(
          "notebake: error: --quiet and --verbose ask for opposite things; use one of them");
      err.flush();
      return Main.USAGE;
    }
    long start = System.nanoTime();
    // Made now: when the heap has run out there may be no room to make it.
    String outOfMemory = outOfMemory(Runtime.getRuntime().maxMemory());
    SiteConfig config;
    Diagnostics diagnostics = new Diagnostics();
    BuildReport report;
    try {
      config = ConfigLoader.load(options.source, output, baseUrl);
      if (!write) {
        // A bake killed mid-swap may have left no site: check puts the previous one back too.
        StagedOutput.recover(config.output()).forEach(diagnostics::add);
      }
      report = build(config, diagnostics, write, force);
    } catch (ConfigException e) {
      if (json && e.diagnostic().isPresent()) {
        // An editor reads the error at its line as it reads any other; nothing was built.
        out.println(
            JsonDiagnostics.format(
                List.of(e.diagnostic().get()),
                1,
                0,
                new BuildReport(0, 0, 0, 0, 0, List.of(), 0, Map.of(), false)));
        out.flush();
        return Main.USAGE;
      }
      err.println(Diagnostic.escape(e.getMessage()));
      err.flush();
      if (json) {
        out.println(JsonDiagnostics.failure(e.getMessage(), "config"));
        out.flush();
      }
      return Main.USAGE;
    } catch (org.notebake.site.HeapTooSmallException e) {
      err.println(e.getMessage());
      err.flush();
      return Main.BUILD_ERRORS;
    } catch (OutputRefusedException e) {
      err.println(e.toDiagnostic().format());
      err.flush();
      return Main.USAGE;
    } catch (Error e) {
      // Also when the heap ran out inside a class's initialiser, which wraps the error.
      if (!ranOutOfMemory(e)) {
        throw e;
      }
      // The staging folder was abandoned on the way out, so the previous site is untouched.
      printWhenThereIsRoom(outOfMemory);
      return Main.BUILD_ERRORS;
    }
    if (json) {
      out.println(
          JsonDiagnostics.format(
              diagnostics.sorted().stream().map(d -> display(config, d)).toList(),
              diagnostics.errorCount(),
              diagnostics.warningCount(),
              report));
      out.flush();
      return diagnostics.hasErrors() ? Main.BUILD_ERRORS : Main.OK;
    }
    printDiagnostics(config, diagnostics.sorted(), write);
    err.flush();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!options.quiet) {
      out.println(summary(config, report, diagnostics, write, millis, options.verbose));
    }
    if (options.verbose) {
      out.println(templateOrigins(config));
      printStages(report.stageMillis());
    }
    out.flush();
    return diagnostics.hasErrors() ? Main.BUILD_ERRORS : Main.OK;
  }

  /**
   * One build; a bake remembers rendered bodies beside the output, so the next one renders only
   * what changed. The memo lives in this frame only: if the heap runs out, it is garbage as soon as
   * the error leaves, and the message can still be printed.
   */
  private BuildReport build(
      SiteConfig config, Diagnostics diagnostics, boolean write, boolean force) {
    SiteBuilder builder =
        new SiteBuilder(config, diagnostics)
            .withProgress(org.notebake.progress.ProgressDisplay.of(err, options.quiet || json));
    Path cache = org.notebake.incremental.BodyMemo.folderFor(config.output());
    org.notebake.incremental.BodyMemo memo =
        write && !cache.startsWith(config.content())
            ? org.notebake.incremental.BodyMemo.loadInBackground(
                cache, org.notebake.incremental.BodyMemo.saltFor(config, false))
            : null;
    Path stamps = cache.resolve("output-stamps.bin");
    org.notebake.site.output.OutputMemory outputs =
        memo == null
            ? new org.notebake.site.output.OutputMemory()
            : org.notebake.site.output.OutputMemory.loadInBackground(stamps);
    org.notebake.incremental.PageMemo pages =
        memo == null
            ? null
            : org.notebake.incremental.PageMemo.loadInBackground(
                cache, org.notebake.incremental.PageMemo.saltFor(config, false));
    // The memos are saved while the previous site is deleted: once the new one is in place, they
    // are what the next bake needs. The bodies and the pages are saved side by side: the build
    // waits for both, about 0.3 and 0.9 s at 10,000 notes, with a core free for each.
    java.util.List<java.util.concurrent.Future<Void>> saving =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    if (memo != null) {
      builder.onSwapped(
          () -> {
            saving.add(
                org.notebake.incremental.Background.start(
                    "saves its memos",
                    () -> {
                      memo.retainUsed();
                      if (memo.save(cache)) {
                        outputs.save(stamps); // the folder is the marked cache folder it made
                      }
                      return null;
                    }));
            saving.add(
                org.notebake.incremental.Background.start(
                    "saves its page memo",
                    () -> {
                      pages.retainUsed();
                      pages.save(cache);
                      return null;
                    }));
          });
    }
    BuildReport report =
        (memo == null
                ? builder
                : builder.withMemo(memo).withOutputMemory(outputs).withPageMemo(pages))
            .build(write, force);
    for (java.util.concurrent.Future<Void> save : List.copyOf(saving)) {
      org.notebake.incremental.Background.join(save);
    }
    if (pages != null && options.verbose) {
      out.println(
          "reused: "
              + memo.hits()
              + " of "
              + (memo.hits() + memo.misses())
              + " note bodies, "
              + pages.hits()
              + " of "
              + (pages.hits() + pages.misses())
              + " pages");
    }
    return report;
  }

  /**
   * Which template each page type uses and where it comes from, so a site's own templates and the
   * built-in theme are never mixed silently: {@code templates: site: index.ftl (masterindex), ...;
   * built-in theme: 404.ftlh (error404)}.
   */
  static String templateOrigins(SiteConfig config) {
    List<String> site = new java.util.ArrayList<>();
    List<String> theme = new java.util.ArrayList<>();
    config
        .templateSet()
        .byType()
        .forEach(
            (type, template) ->
                (template.fromSite() ? site : theme).add(template.name() + " (" + type + ")"));
    return "templates: site: "
        + (site.isEmpty() ? "none" : String.join(", ", site))
        + "; built-in theme: "
        + (theme.isEmpty() ? "none" : String.join(", ", theme));
  }

  /**
   * Prints the out-of-memory message; other worker threads may still hold the heap for a moment
   * after the error reached this one, so a failed attempt waits for them and tries again.
   */
  private void printWhenThereIsRoom(String message) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        err.println(message);
        err.flush();
        return;
      } catch (OutOfMemoryError again) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  static boolean ranOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * What to do when the vault does not fit in the heap: give Java more (four times, 1g at least).
   */
  static String outOfMemory(long maxHeapBytes) {
    long mib = maxHeapBytes >> 20;
    long more = Math.max(1024, Long.highestOneBit(Math.max(1, mib)) << 2);
    String flag = "-Xmx" + more / 1024 + "g";
    return "notebake: error: out of memory: this vault does not fit in Java's "
        + mib
        + " MiB heap, so the build stopped and the previous site is untouched; give Java more"
        + " memory, e.g. NOTEBAKE_JAVA_OPTS="
        + flag
        + " bin/notebake ..., or java "
        + flag
        + " -jar notebake.jar ...";
  }

  /**
   * Errors and warnings (errors only with --quiet); a bake folds a message repeated more than ten
   * times unless --verbose, a check prints every one.
   */
  private void printDiagnostics(SiteConfig config, List<Diagnostic> all, boolean write) {
    DiagnosticPrinter printer = new DiagnosticPrinter(!options.quiet, write && !options.verbose);
    printer.print(all.stream().map(d -> display(config, d)).toList(), err);
  }

  /** Paths as the user can open them: relative to the current folder where possible. */
  static Diagnostic display(SiteConfig config, Diagnostic d) {
    Path cwd = Path.of("").toAbsolutePath();
    for (Path base : new Path[] {config.content(), config.source()}) {
      Path file;
      try {
        file = base.resolve(d.path()).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        return d;
      }
      // A broken link is a file too; a backslash is a separator on Windows only (a\\b.md is one
      // name on Linux, and was shown as a/b.md).
      if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String shown = file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
        return d.at(java.io.File.separatorChar == '\\' ? shown.replace('\\', '/') : shown);
      }
    }
    return d;
  }

  private static String summary(
      SiteConfig config,
      BuildReport r,
      Diagnostics d,
      boolean write,
      long millis,
      boolean verbose) {
    String what =
        write
            ? (r.written()
                ? "baked "
                    + r.filesWritten()
                    + " files into "
                    + Diagnostic.escape(config.output().toString())
                : "nothing written (the previous site is untouched)")
            : "checked (nothing written)";
    StringBuilder line =
        new StringBuilder("notebake: ")
            .append(what)
            .append("; notes published ")
            .append(r.notesPublished())
            .append(" of ")
            .append(r.notesFound())
            .append(" (")
            .append(r.notesFound() - r.notesPublished())
            .append(" withheld)")
            .append(", attachments published ")
            .append(r.attachmentsPublished())
            .append(" of ")
            .append(r.attachmentsFound())
            .append(", private-data findings ")
            .append(r.privacyFindings())
            .append(", ")
            .append(DiagnosticPrinter.count(d.errorCount(), "error"))
            .append(", ")
            .append(DiagnosticPrinter.count(d.warningCount(), "warning"))
            .append(" in ")
            .append(String.format("%.2f s", millis / 1000.0));
    if (!r.publishedFiles().isEmpty()) {
      line.append("\nfiles the privacy scan cannot read, published as they are: ")
          .append(Diagnostic.escape(unscanned(r.publishedFiles(), verbose)));
    }
    return line.toString();
  }

  /** Files the summary names at most, unless --verbose: a site of fonts had a line of 190. */
  static final int UNSCANNED_SHOWN = 10;

  static String unscanned(List<String> files, boolean verbose) {
    if (verbose || files.size() <= UNSCANNED_SHOWN) {
      return String.join(", ", files);
    }
    return String.join(", ", files.subList(0, UNSCANNED_SHOWN))
        + " and "
        + (files.size() - UNSCANNED_SHOWN)
        + " more (--verbose lists them all)";
  }

  private void printStages(Map<String, Long> stages) {
    StringBuilder line = new StringBuilder("stages:");
    stages.forEach(
        (stage, ms) -> line.append(' ').append(stage).append('=').append(ms).append("ms"));
    out.println(line);
  }
}
