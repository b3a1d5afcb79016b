package org.notebake.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code notebake check}: every diagnostic and private-data finding, without writing a site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Renders everything that would be published and lists every problem and private-data",
      "finding, without writing anything."
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin BuildOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return new BuildRun(options, spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(null, null, false, false);
  }
}
