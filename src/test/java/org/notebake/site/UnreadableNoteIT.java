package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A note whose permissions keep notebake from reading it is told as such, and a link to it says the
 * note cannot be read, not that it is private. Root reads every file whatever its permissions, so
 * as root (CI) the packaged jar bakes as the user nobody ({@code setpriv}); as anyone else, as that
 * user. Either way the test runs: it is never skipped for who runs it.
 */
class UnreadableNoteIT {
  private static final Path JAR = Path.of("target", "notebake.jar");
  private static final String NOBODY = "65534";

  @Test
  void aLinkToANoteThatCannotBeReadSaysSoNotThatItIsPrivate() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "mvn package builds the jar");
    // Not a JUnit @TempDir: it is the owner's alone, and the user nobody must read the vault.
    Path dir = Files.createTempDirectory("notebake-unreadable-");
    try {
      open(dir);
      Path vault = Files.createDirectories(dir.resolve("vault/content/essays"));
      Files.writeString(
          dir.resolve("vault/jbake.properties"),
          "site.host=https://avery.example.org\nsite.title=Field notes\n"
              + "site.author=Avery Quinn\npublish.folders=essays\n");
      Files.writeString(vault.resolve("post.md"), "---\ntitle: Post\n---\nSee [[Locked]].\n");
      Path locked = vault.resolve("Locked.md");
      Files.writeString(locked, "---\ntitle: Locked\n---\nText.\n");
      Path jar = Files.copy(JAR, dir.resolve("notebake.jar"));
      for (Path p : List.of(dir.resolve("vault"), dir.resolve("vault/content"), vault)) {
        open(p);
      }
      for (Path p : List.of(dir.resolve("vault/jbake.properties"), vault.resolve("post.md"), jar)) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));

      List<String> command = new ArrayList<>();
      if (isRoot()) {
        command.addAll(
            List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
      }
      command.addAll(
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Duser.home=" + dir,
              "-Djava.io.tmpdir=" + dir,
              "-jar",
              jar.toString(),
              "bake",
              "--source",
              dir.resolve("vault").toString(),
              "--output",
              dir.resolve("out").toString()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();

      assertThat(said)
          .contains("essays/Locked.md: error: note cannot be read: permission denied")
          .contains(
              "post.md:4:5: warning: wikilink target \"Locked\" is a note that cannot be read"
                  + " (permission denied), so it is not published and the link is shown as plain"
                  + " text. Make it readable (check its permissions) or remove the link")
          .doesNotContain("is a private note");
    } finally {
      deleteTree(dir);
    }
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u").start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    id.waitFor();
    return uid.equals("0");
  }

  /** Everyone may enter and list it and write in it (the bake, as nobody, writes its output). */
  private static void open(Path folder) throws IOException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        Files.delete(p);
      }
    }
  }
}
