package org.notebake.privacy.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.privacy.Channel;

/**
 * serve's gates skip the file names and card texts an earlier build found nothing in: only "nothing
 * found" is remembered, so a finding is reported by every build, and another salt forgets.
 */
class QuietTextsTest {
  @TempDir Path dir;

  private static final String LEAK = "cards/call-912-555-0142.png";
  private static final String CARD_TEXT = "Signals\nWhy traces beat dashboards\nAvery Quinn";

  private SiteConfig config() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site/.notebake"));
    Files.writeString(
        site.resolveSibling("jbake.properties"),
        "site.host=https://avery.example.org/\nsite.title=Avery Quinn\n");
    Files.writeString(site.resolve("finding-id.key"), "ab".repeat(32) + "\n");
    return ConfigLoader.load(dir.resolve("site"), dir.resolve("out"));
  }

  /** One build's gate: scans a card's text and two file names, returns what it reported. */
  private int build(SiteConfig config, QuietTexts quiet, Diagnostics said) {
    PrivacyGate gate = PrivacyGate.create(config, Map.of(), said).remembering(quiet);
    gate.scanFileName("cards/essays/signals.png");
    gate.scanFileName(LEAK);
    gate.scanText("cards/essays/signals.png", "essays/signals.md", CARD_TEXT);
    gate.scanText("cards/essays/call.png", "essays/call.md", "Mail jo@example.org");
    return gate.finish();
  }

  @Test
  void onlyTextsWithNothingFoundAreSkippedAndFindingsAreReportedEveryBuild() throws Exception {
    SiteConfig config = config();
    QuietTexts quiet = new QuietTexts();
    quiet.adopt("salt");
    Diagnostics first = new Diagnostics();
    int found = build(config, quiet, first);
    assertThat(found).isEqualTo(2);
    assertThat(quiet.isQuiet(Channel.FILE_NAME, "cards/essays/signals.png")).isTrue();
    assertThat(quiet.isQuiet(Channel.TEXT, CARD_TEXT)).isTrue();
    assertThat(quiet.isQuiet(Channel.FILE_NAME, LEAK)).isFalse();
    assertThat(quiet.isQuiet(Channel.TEXT, "Mail jo@example.org")).isFalse();
    assertThat(quiet.isQuiet(Channel.TEXT, "cards/essays/signals.png"))
        .as("known quiet as a file name, not as text")
        .isFalse();

    Diagnostics second = new Diagnostics();
    assertThat(build(config, quiet, second)).isEqualTo(2);
    assertThat(second.sorted()).isEqualTo(first.sorted());

    quiet.adopt("another salt");
    assertThat(quiet.isQuiet(Channel.FILE_NAME, "cards/essays/signals.png")).isFalse();
  }

  @Test
  void longTextsAreNeverRemembered() {
    QuietTexts quiet = new QuietTexts();
    quiet.adopt("salt");
    String page = "a".repeat(QuietTexts.MAX_CHARS + 1);
    quiet.found(Channel.TEXT, page, true);
    assertThat(quiet.isQuiet(Channel.TEXT, page)).isFalse();
    quiet.found(Channel.TEXT, "short", true);
    assertThat(quiet.isQuiet(Channel.TEXT, "short")).isTrue();
  }
}
