package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.notebake.privacy.PositionMapper.Position;

/** The user's real note shape (fictional data): a phone number nested in a task list. */
class ExampleNoteTest {

  private static String note() throws IOException {
    try (InputStream in = ExampleNoteTest.class.getResourceAsStream("/privacy/2025-07-01.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void phoneNumberInTheExampleNoteIsTheOnlyFinding() throws IOException {
    String note = note();
    PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().build());

    assertThat(scanner.scan(note))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("phone");
              assertThat(f.masked()).isEqualTo("912 *** **42");
              assertThat(PositionMapper.locate(note, f.match())).contains(new Position(12, 5));
              assertThat(PositionMapper.positionOf(note, f.start())).isEqualTo(new Position(12, 5));
            });
  }

  @Test
  void denyListFindsColleaguesInTheExampleNote() throws IOException {
    DenyList deny = DenyList.of("Rameez", "Dharmesh", "re:Phoenix \\d+");
    PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().deny(deny).build());

    assertThat(scanner.scan(note()))
        .filteredOn(f -> f.rule().equals("deny"))
        .extracting(Finding::match)
        .containsExactly("Phoenix 11", "Rameez", "Phoenix 11", "Dharmesh", "Phoenix 11");
  }
}
