package org.notebake.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.site.SiteBuilder;

/**
 * Bodies of one folder ask the index the same questions ({@code [[Guest]]}, a private note, a note
 * that is nowhere) and get the same answers: the memo holds one copy of each question and answer
 * for the whole build, not one a body (a heavy vault's 7,000 bodies held 408,000 strings of them,
 * 57,000 distinct).
 */
class SharedLookupsTest {
  @TempDir Path dir;

  @Test
  void bodiesThatAskTheSameQuestionShareOneCopyOfItAndOfItsAnswer() throws Exception {
    Path vault = dir.resolve("vault");
    Files.createDirectories(vault.resolve("content/essays"));
    Files.writeString(vault.resolve("jbake.properties"), "site.host=https://example.org\n");
    for (String name : List.of("first", "second", "third")) {
      Files.writeString(
          vault.resolve("content/essays/" + name + ".md"),
          "---\ntitle: "
              + name
              + "\nstatus: published\n---\n"
              + "See [[guest]], [[hidden]] and [[nowhere]].\n");
    }
    Files.writeString(
        vault.resolve("content/essays/guest.md"),
        "---\ntitle: Guest\nstatus: published\n---\nHi.\n");
    Files.writeString(vault.resolve("content/essays/hidden.md"), "---\ntitle: Hidden\n---\nNo.\n");
    BodyMemo memo = new BodyMemo("start");
    Diagnostics diagnostics = new Diagnostics();
    new SiteBuilder(ConfigLoader.load(vault, dir.resolve("out")), diagnostics)
        .withMemo(memo)
        .build(true, true);

    List<Map<String, String>> asked =
        memo.entries().values().stream()
            .map(BodyMemo.Entry::lookups)
            .filter(lookups -> lookups.keySet().stream().anyMatch(q -> q.contains("guest")))
            .toList();
    assertThat(asked).hasSize(3);
    Map<String, String> first = asked.get(0);
    assertThat(first.keySet())
        .anyMatch(q -> q.contains("hidden"))
        .anyMatch(q -> q.contains("nowhere"));
    for (Map<String, String> other : asked.subList(1, 3)) {
      assertThat(other.keySet()).isEqualTo(first.keySet());
      for (Map.Entry<String, String> lookup : other.entrySet()) {
        String question =
            first.keySet().stream().filter(lookup.getKey()::equals).findFirst().orElseThrow();
        assertThat(lookup.getKey()).as("the question").isSameAs(question);
        assertThat(lookup.getValue()).as("its answer").isSameAs(first.get(question));
      }
    }
  }
}
