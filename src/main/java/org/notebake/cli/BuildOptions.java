package org.notebake.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by bake and check. */
final class BuildOptions {
  @Option(
      names = {"-s", "--source"},
      paramLabel = "DIR",
      converter = FolderArgument.class,
      description =
          "Site folder (with jbake.properties) or a bare Obsidian vault. Default: current folder.")
  Path source = Path.of(".");

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Print every diagnostic, also those repeated more than 10 times, and the time of each"
              + " build stage.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print errors only: no warnings and no summary line.")
  boolean quiet;
}
