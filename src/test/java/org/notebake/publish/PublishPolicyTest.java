package org.notebake.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatter;

class PublishPolicyTest {
  private final PublishPolicy policy = new PublishPolicy(List.of("essays", "work/public"));
  private final Diagnostics diagnostics = new Diagnostics();

  private boolean published(String path, Map<String, Object> fm) {
    return policy.isPublished(path, FrontMatter.of(fm), false, diagnostics);
  }

  @Test
  void aNoteIsPrivateUnlessItOptsIn() {
    assertThat(published("daily/2025-07-01.md", Map.of())).isFalse();
    assertThat(published("daily/2025-07-01.md", Map.of("publish", true))).isTrue();
    assertThat(published("daily/x.md", Map.of("status", "published"))).isTrue();
  }

  @Test
  void aPublicFolderPublishesUnlessTheNoteOptsOut() {
    assertThat(published("essays/a.md", Map.of())).isTrue();
    assertThat(published("work/public/b.md", Map.of())).isTrue();
    assertThat(published("essays/a.md", Map.of("publish", false))).isFalse();
    assertThat(published("essays/a.md", Map.of("status", "draft"))).isFalse();
    assertThat(published("essays/a.md", Map.of("draft", true))).isFalse();
  }

  @Test
  void aFolderNamePrefixIsNotTheFolder() {
    assertThat(published("essays-private/a.md", Map.of())).isFalse();
    assertThat(published("work/public-not/a.md", Map.of())).isFalse();
  }

  @Test
  void textThatLooksLikeABooleanDoesNotPublishAndWarns() {
    assertThat(published("daily/x.md", Map.of("publish", "true"))).isFalse();
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("is text, not a boolean"));
  }

  @Test
  void aMalformedHeaderIsAlwaysPrivate() {
    assertThat(policy.isPublished("essays/a.md", FrontMatter.none(), true, diagnostics)).isFalse();
  }
}
