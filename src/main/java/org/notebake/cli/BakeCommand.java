package org.notebake.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notebake bake}: builds the site and swaps it into the output folder if it has no errors.
 */
@Command(
    name = "bake",
    mixinStandardHelpOptions = true,
    description = {
      "Bakes the site into the output folder.",
      "Only notes marked publish: true, status: published, or in a publish.folders folder are published.",
      "The site is built in a staging folder and swapped in only when the build has no errors."
    })
final class BakeCommand implements Callable<Integer> {
  @Mixin BuildOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      converter = FolderArgument.class,
      description =
          "Output folder. Default: destination.folder from jbake.properties, or <vault>-site beside a bare vault.")
  Path output;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The site's address for this build, e.g. a preview deploy: overrides site.host. Without either, links are relative.")
  String baseUrl;

  @Option(
      names = "--force",
      description =
          "Replace a non-empty output folder that notebake did not create (its files are deleted).")
  boolean force;

  @Override
  public Integer call() {
    return new BuildRun(options, spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(output, baseUrl, true, force);
  }
}
