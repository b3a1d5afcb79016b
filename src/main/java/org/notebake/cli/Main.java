package org.notebake.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.notebake.diagnostics.Diagnostic;
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
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int BUILD_ERRORS = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // A worker thread that runs out of memory has the build fail with one message from the main
    // thread (BuildRun); the JVM's default handler would print a stack trace beside it.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (!(e instanceof OutOfMemoryError)) {
            System.err.println("notebake: internal error in " + thread.getName() + ": " + e);
          }
        });
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
          PrintWriter err = e.getCommandLine().getErr();
          String command = unknownCommand(e);
          if (command != null) {
            err.println(
                "notebake: error: unknown command \""
                    + Diagnostic.escape(command)
                    + "\""
                    + org.notebake.text.TypoSuggestion.closest(
                            command, commands(e.getCommandLine()))
                        .map(s -> "; did you mean \"" + s + "\"?")
                        .orElse(""));
            err.print(SHORT_USAGE);
            err.flush();
            return USAGE;
          }
          err.println("notebake: error: " + Diagnostic.escape(e.getMessage()));
          e.getCommandLine().usage(err);
          if (JsonDiagnostics.asked(args)) {
            PrintWriter out = e.getCommandLine().getOut();
            out.println(JsonDiagnostics.failure(e.getMessage(), "usage"));
            out.flush();
          }
          return USAGE;
        });
    return cli;
  }

  /** Printed to stderr when no command, or an unknown one, is given. */
  static final String SHORT_USAGE =
      """
      Usage: notebake bake  [--source DIR] [--output DIR]  bake the site into the output folder
             notebake check [--source DIR]                 list every problem, write nothing
             notebake serve [--source DIR] [--drafts]      live preview on 127.0.0.1:8820
             notebake help  [COMMAND]                      all options of a command
      """;

  /** The word given where a command was expected, or null if the problem is something else. */
  private static String unknownCommand(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || e.getCommandLine().getParent() != null
        || unmatched.isUnknownOption()) {
      return null;
    }
    List<String> words = unmatched.getUnmatched();
    return words.isEmpty() ? null : words.get(0);
  }

  private static List<String> commands(CommandLine cli) {
    return new ArrayList<>(cli.getSubcommands().keySet());
  }

  /** With no command: a short usage on stderr and exit 2 (a script that forgot it must fail). */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("notebake: error: no command given");
    err.print(SHORT_USAGE);
    err.flush();
    return USAGE;
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
