package org.notebake.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code notebake}: bakes an Obsidian vault or a JBake site into a private-by-default static site.
 *
 * <pre>
 * java -jar notebake.jar bake --source ~/Vault --output ~/site
 * java -jar notebake.jar check --source ~/Vault
 * java -jar notebake.jar new essay "Signals lost" --source ~/Vault
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 build errors (diagnostics printed), 2 bad usage or configuration.
 */
@Command(
    name = "notebake",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Bakes Obsidian-style notes into a fast, private static site with JBake.",
    subcommands = {
      BakeCommand.class,
      CheckCommand.class,
      NewCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int BUILD_ERRORS = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line in-process and returns its exit code (used by tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line; tests set its out and err writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          e.getCommandLine().getErr().println("notebake: error: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return USAGE;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version baked into the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"notebake " + (v == null ? "dev" : v) + " (jbake-core 2.7.0)"};
    }
  }
}
