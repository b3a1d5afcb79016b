package org.notebake.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.notebake.cli.Main;
import picocli.CommandLine;

/**
 * A small site written inline, txtar style, baked in-process:
 *
 * <pre>{@code
 * SiteFixture site = SiteFixture.of(dir, """
 *     -- jbake.properties --
 *     publish.folders=essays
 *     -- content/essays/a.md --
 *     # Hello
 *     """);
 * SiteFixture.Result r = site.bake();
 * }</pre>
 */
public final class SiteFixture {
  private final Path root;

  private SiteFixture(Path root) {
    this.root = root;
  }

  /**
   * The {@code jbake.properties} of the fictional "Field notes" site that memo and serve tests bake
   * (essays published), as the start of a txtar text.
   */
  public static final String FIELD_NOTES =
      """
      -- jbake.properties --
      site.host=https://avery.example.org
      site.title=Field notes
      site.author=Avery Quinn
      publish.folders=essays
      """;

  public static SiteFixture of(Path root, String txtar) throws IOException {
    SiteFixture fixture = new SiteFixture(root);
    fixture.add(txtar);
    return fixture;
  }

  /**
   * Adds or replaces files given as {@code -- path --} sections. Each file appears whole: it is
   * written beside the site and moved into place, so a watching server never builds from a file
   * half written (a CI run once caught serve's rebuild between the truncation and the write).
   */
  public SiteFixture add(String txtar) throws IOException {
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : txtar.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        write(name, body);
        name = line.substring(3, line.length() - 3);
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    write(name, body);
    return this;
  }

  private void write(String name, StringBuilder body) throws IOException {
    if (name == null) {
      return;
    }
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Path parent = root.toAbsolutePath().getParent();
    Path draft =
        Files.createTempFile(parent == null ? file.getParent() : parent, ".fixture-", ".tmp");
    Files.writeString(draft, body.toString(), StandardCharsets.UTF_8);
    try {
      Files.move(
          draft,
          file,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(draft, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public Path root() {
    return root;
  }

  public Path output() {
    return root.resolveSibling(root.getFileName() + "-out");
  }

  public Result bake(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("bake", "--source", root.toString(), "--output", output().toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(new String[0]));
  }

  public Result check() {
    return run("check", "--source", root.toString());
  }

  /** Runs the command line in-process. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Every file under the output folder, '/'-separated and sorted. */
  public List<String> files() throws IOException {
    Path out = output();
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> out.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  public String read(String path) throws IOException {
    return Files.readString(output().resolve(path));
  }

  /** All bytes of all output files, as ISO-8859-1 text so any byte sequence can be searched. */
  public String everything() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String file : files()) {
      all.append(file).append('\n');
      String text =
          new String(Files.readAllBytes(output().resolve(file)), StandardCharsets.ISO_8859_1);
      if (file.equals(".notebake-output")) {
        // The marker's checksums and sizes are numbers notebake computes, not content: they can
        // hold any run of digits ("0142"). Its paths are searched like any other.
        text = text.replaceAll("(?m)^[0-9a-f]{16} [0-9]+ ", "");
      }
      all.append(text);
    }
    return all.toString();
  }

  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
