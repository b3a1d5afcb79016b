package org.notebake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.incremental.BodyMemo;

/**
 * bin/notebake gives a second bake the room of the memos it reads back (half as much again as their
 * files) and the whole heap from the start: it must find them where the bake will, without starting
 * Java.
 */
class LauncherHeapTest {
  private static final long MIB = 1L << 20;

  @TempDir Path dir;

  @Test
  void aBakeWithMemosBesideItsOutputGetsTheirRoomFromTheStart() throws Exception {
    Path site = site("site", "destination.folder=public\n");
    memos(ConfigLoader.load(site, null).output(), 20 * MIB, 6 * MIB);
    assertThat(heap("bake", "--source", site.toString())).isEqualTo("-Xmx423m -Xms423m");
    // The changes a bake after a small edit saved beside them are read too.
    Path cache = BodyMemo.folderFor(ConfigLoader.load(site, null).output());
    try (RandomAccessFile changes =
        new RandomAccessFile(cache.resolve("pages-changes.bin").toFile(), "rw")) {
      changes.setLength(4 * MIB);
    }
    assertThat(heap("bake", "--source", site.toString())).isEqualTo("-Xmx429m -Xms429m");
    // check writes nothing and reads no memo
    assertThat(heap("check", "--source", site.toString())).isEqualTo("-Xmx384m");
  }

  /**
   * The feeds carry the 20 newest pages whole: a vault of large notes peaks while they are written,
   * 12 bytes a character of its 20 largest notes over the rest (60 notes of 1.8 MB tables ran out
   * of memory in the 384 MiB the launcher gave, and in 560 MiB; they bake in 720).
   */
  @Test
  void aVaultOfLargeNotesGetsTheRoomItsFeedsNeed() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("tables"));
    for (int i = 0; i < 20; i++) {
      try (RandomAccessFile note =
          new RandomAccessFile(vault.resolve("t" + i + ".md").toFile(), "rw")) {
        note.setLength(3 * MIB / 2);
      }
    }
    // 64 MiB + 20 x 16 KiB + 30 MiB x 1.5 + 30 MiB x 12 = 469 MiB live, 15% more.
    assertThat(heap("bake", "--source", vault.toString())).isEqualTo("-Xmx539m");
  }

  /**
   * Java holds a note with a character beyond Latin-1 (a curly quote, Greek) at two bytes a
   * character: bench/run.sh's greek vault took 27.7 s in the 390 MiB the figures gave it without
   * this term, 21.9 s in 480. The launcher adds a byte a byte of such notes; Latin-1 accents (é)
   * cost nothing more.
   */
  @Test
  void notesBeyondLatin1GetTheRoomTheirTwoByteTextNeeds() throws Exception {
    assertThat(heap("bake", "--source", largeNotes("ascii", "plain").toString()))
        .isEqualTo("-Xmx539m");
    assertThat(heap("bake", "--source", largeNotes("latin1", "café crème").toString()))
        .isEqualTo("-Xmx539m");
    // 469 MiB live as above, and 30 MiB more: 499 MiB, 15% more.
    assertThat(heap("bake", "--source", largeNotes("quote", "That’s all.").toString()))
        .isEqualTo("-Xmx574m");
    assertThat(heap("bake", "--source", largeNotes("greek", "Καλη").toString()))
        .isEqualTo("-Xmx574m");
  }

  /**
   * The scan for such notes runs beside the launcher's other scans, into a temporary file: the
   * figure is the same, and the file is gone when Java starts.
   */
  @Test
  void theScanBesideTheOthersLeavesNoTemporaryFile() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path vault = largeNotes("greek", "Καλη");
    assertThat(heapOf("bin/notebake", tmp, "bake", "--source", vault.toString()))
        .isEqualTo("-Xmx574m");
    try (var left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
    // No temporary file to be had (a missing TMPDIR): the scan runs in line, the same figure.
    assertThat(heapOf("bin/notebake", dir.resolve("missing"), "bake", "--source", vault.toString()))
        .isEqualTo("-Xmx574m");
  }

  /** 20 notes of 1.5 MiB starting with {@code text} (the rest sparse: nothing is written). */
  private Path largeNotes(String name, String text) throws IOException {
    Path vault = Files.createDirectories(dir.resolve(name));
    for (int i = 0; i < 20; i++) {
      Path note = vault.resolve("t" + i + ".md");
      Files.writeString(note, text + "\n");
      try (RandomAccessFile file = new RandomAccessFile(note.toFile(), "rw")) {
        file.setLength(3 * MIB / 2);
      }
    }
    return vault;
  }

  @Test
  void withoutMemosTheHeapIsTheEstimateAndGrowsAsNeeded() throws Exception {
    Path site = site("site", "destination.folder=public\n");
    assertThat(heap("bake", "--source", site.toString())).isEqualTo("-Xmx384m");
    Path cache = BodyMemo.folderFor(ConfigLoader.load(site, null).output());
    Files.createDirectories(cache); // a first bake that was stopped: a folder, no memo
    assertThat(heap("bake", "--source", site.toString())).isEqualTo("-Xmx384m");
  }

  @Test
  void theMemosAreFoundWhereverTheBakeWouldPutItsOutput() throws Exception {
    Path configured = site("configured", "destination.folder = www/out\n");
    Path absolute = site("absolute", "destination.folder=" + dir.resolve("elsewhere/site") + "\n");
    Path defaulted = site("defaulted", "site.title=No destination\n");
    Path vault = dir.resolve("vault");
    Files.createDirectories(vault);
    Files.writeString(vault.resolve("note.md"), "---\npublish: true\n---\nHello.\n");
    for (Path source : List.of(configured, absolute, defaulted, vault)) {
      memos(ConfigLoader.load(source, null).output(), 30 * MIB, 0);
      assertThat(heap("bake", "--source", source.toString()))
          .as(source.getFileName().toString())
          .isEqualTo("-Xmx429m -Xms429m");
    }
    Path output = dir.resolve("chosen");
    memos(ConfigLoader.load(defaulted, output).output(), 50 * MIB, 0);
    for (List<String> args :
        List.of(
            List.of("--output", output.toString()),
            List.of("-o", output.toString()),
            List.of("--output=" + output + "/"),
            List.of("-o=" + output))) {
      List<String> command = new ArrayList<>(List.of("bake", "--source", defaulted.toString()));
      command.addAll(args);
      assertThat(heap(command.toArray(String[]::new)))
          .as(args.toString())
          .isEqualTo("-Xmx459m -Xms459m");
    }
  }

  @Test
  void oddOutputsAndMemosAreReadAsTheBakeWouldReadThem() throws Exception {
    Path site = site("with spaces", "destination.folder = my site's \"public\"\r\n");
    Path output = ConfigLoader.load(site, null).output();
    assertThat(output.getFileName().toString()).isEqualTo("my site's \"public\"");
    memos(output, 12 * MIB, 0);
    assertThat(heap("bake", "--source", site.toString())).isEqualTo("-Xmx402m -Xms402m");

    // A memo reached through a symbolic link is not read by the bake, so it is not counted.
    Path elsewhere = dir.resolve("elsewhere.bin");
    try (RandomAccessFile sparse = new RandomAccessFile(elsewhere.toFile(), "rw")) {
      sparse.setLength(200 * MIB);
    }
    Path linked = site("linked", "destination.folder=out\n");
    Path cache = BodyMemo.folderFor(ConfigLoader.load(linked, null).output());
    Files.createDirectories(cache);
    Files.createSymbolicLink(cache.resolve("bodies.bin"), elsewhere);
    assertThat(heap("bake", "--source", linked.toString())).isEqualTo("-Xmx384m");
  }

  @Test
  void memosOlderThanTheJarAreAnotherNotebakesAndGetNoRoom() throws Exception {
    // A copy of the launcher beside a jar of its own, so the jar's age is the test's to set.
    Path install = dir.resolve("install");
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("target"));
    Files.copy(Path.of("bin/notebake"), install.resolve("bin/notebake"));
    Path jar = Files.writeString(install.resolve("target/notebake.jar"), "a jar");
    Path site = site("upgraded", "destination.folder=public\n");
    Path output = ConfigLoader.load(site, null).output();
    memos(output, 20 * MIB, 6 * MIB);
    FileTime now = Files.getLastModifiedTime(jar);
    Path cache = BodyMemo.folderFor(output);
    for (String memo : List.of("bodies.bin", "pages.bin")) {
      Files.setLastModifiedTime(cache.resolve(memo), FileTime.fromMillis(now.toMillis() - 60_000));
    }
    String script = install.resolve("bin/notebake").toString();
    assertThat(heapOf(script, "bake", "--source", site.toString())).isEqualTo("-Xmx384m");
    for (String memo : List.of("bodies.bin", "pages.bin")) {
      Files.setLastModifiedTime(cache.resolve(memo), FileTime.fromMillis(now.toMillis() + 60_000));
    }
    assertThat(heapOf(script, "bake", "--source", site.toString())).isEqualTo("-Xmx423m -Xms423m");
  }

  private Path site(String name, String properties) throws IOException {
    Path site = dir.resolve(name);
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("jbake.properties"), properties);
    return site;
  }

  /**
   * A run that records the class-data archive holds about 40 MiB more until it ends: at 10,000
   * notes it peaked at 524 MiB resident, over the 512 the bake keeps within. A vault of more than
   * 5,000 notes bakes without recording it; a small one records it as before.
   */
  @Test
  void aLargeVaultsBakeDoesNotRecordTheClassArchive() throws Exception {
    Path install = Files.createDirectories(dir.resolve("install"));
    Files.createDirectories(install.resolve("bin"));
    Files.copy(Path.of("bin/notebake"), install.resolve("bin/notebake"));
    Files.createDirectories(install.resolve("target"));
    Files.write(install.resolve("target/notebake.jar"), new byte[0]); // newer than no archive
    String script = install.resolve("bin/notebake").toString();
    Path small = Files.createDirectories(dir.resolve("small"));
    Path large = Files.createDirectories(dir.resolve("large"));
    for (int i = 0; i < 5_001; i++) {
      Files.writeString(large.resolve("n" + i + ".md"), "x");
      if (i < 3) {
        Files.writeString(small.resolve("n" + i + ".md"), "x");
      }
    }
    assertThat(optionsOf(script, "bake", "--source", small.toString()))
        .contains("-XX:ArchiveClassesAtExit=");
    assertThat(optionsOf(script, "bake", "--source", large.toString()))
        .doesNotContain("ArchiveClassesAtExit", "SharedArchiveFile");
  }

  /** What bin/notebake at {@code script} would start Java with, every option. */
  private static String optionsOf(String script, String... args) throws Exception {
    return optionsOf(script, null, args);
  }

  /** As {@link #optionsOf(String, String...)}, with temporary files in {@code tmp} if not null. */
  private static String optionsOf(String script, Path tmp, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", script));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (tmp != null) {
      builder.environment().put("TMPDIR", tmp.toString());
    }
    builder.environment().put("NOTEBAKE_PRINT_JAVA_OPTS", "1");
    builder.environment().remove("NOTEBAKE_JAVA_OPTS");
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(printed).isZero();
    return printed;
  }

  /** Memo files of these sizes (sparse: nothing is written) in the output's cache folder. */
  private static void memos(Path output, long bodies, long pages) throws IOException {
    Path cache = BodyMemo.folderFor(output);
    Files.createDirectories(cache);
    for (var file : List.of(cache.resolve("bodies.bin"), cache.resolve("pages.bin"))) {
      try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
        sparse.setLength(file.endsWith("bodies.bin") ? bodies : pages);
      }
    }
  }

  /** The -Xmx and -Xms bin/notebake would start Java with (the vaults here are tiny). */
  private static String heap(String... args) throws Exception {
    return heapOf("bin/notebake", args);
  }

  private static String heapOf(String script, String... args) throws Exception {
    return heapOf(script, null, args);
  }

  /** As {@link #heapOf(String, String...)}, with temporary files in {@code tmp} if not null. */
  private static String heapOf(String script, Path tmp, String... args) throws Exception {
    List<String> heap = new ArrayList<>();
    for (String option : optionsOf(script, tmp, args).strip().split("\\s+")) {
      if (option.startsWith("-Xmx") || option.startsWith("-Xms")) {
        heap.add(option);
      }
    }
    return String.join(" ", heap);
  }
}
