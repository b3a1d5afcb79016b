package org.notebake.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code notebake check}: every diagnostic and private-data finding, without writing a site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Renders everything that would be published and lists every problem and private-data"
          + " finding, without writing anything."
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin BuildOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** How diagnostics are printed. */
  enum Format {
    text,
    json
  }

  @picocli.CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = {
        "text (default): diagnostics on stderr, a summary line on stdout.",
        "json: every diagnostic (warnings too) and the summary as one JSON document on stdout."
      })
  Format format = Format.text;

  @Override
  public Integer call() {
    BuildRun run = new BuildRun(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    return (format == Format.json ? run.json() : run).run(null, null, false, false);
  }
}
