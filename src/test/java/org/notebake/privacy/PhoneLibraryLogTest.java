package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.cli.Main;

/**
 * libphonenumber's own log lines never reach stderr, where each line is a diagnostic. A new JVM
 * runs the check: the library logs when it first loads its alternate formats, once per JVM, so in
 * the test JVM an earlier test may have loaded them already.
 */
class PhoneLibraryLogTest {
  @TempDir Path dir;

  @Test
  @Timeout(120)
  void aNetworkRuleThatLooksLikeANumberPrintsOnlyDiagnostics() throws Exception {
    Path vault = dir.resolve("vault");
    Files.createDirectories(vault);
    Files.writeString(
        vault.resolve("rules.md"),
        "---\npublish: true\ntitle: Rules\n---\n- IP-CIDR,173.252.64.0/19,Proxy\n");
    Path err = dir.resolve("err.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "check",
                "--source",
                vault.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertThat(child.waitFor(100, TimeUnit.SECONDS)).isTrue();

    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines)
        .isNotEmpty()
        .noneMatch(l -> l.contains("phonenumbers") || l.startsWith("WARNING:"))
        .allMatch(l -> l.startsWith("notebake: ") || l.matches("\\S+: (warning|error): .*"));
  }
}
