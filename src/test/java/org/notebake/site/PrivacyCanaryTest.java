package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants unique strings everywhere private material lives in a vault, bakes, and searches every
 * byte of the output for them.
 */
class PrivacyCanaryTest {
  private static final List<String> CANARIES =
      List.of(
          "CANARY-PRIVATE-NOTE",
          "CANARY-COMMENT-INLINE",
          "CANARY-COMMENT-BLOCK",
          "CANARY-PRIVATE-CALLOUT",
          "CANARY-UNREFERENCED",
          "CANARY-HIDDEN",
          "CANARY-FM-KEY",
          "CANARY-TRASH",
          "CANARY-PRIVATE-ATTACHMENT",
          "CANARY-DRAFT",
          "CANARY-PRIVATE-TITLE",
          "CANARY-OBSIDIAN");

  @TempDir Path dir;

  @Test
  void nothingPrivateReachesAnyOutputByte() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
        -- essays/public.md --
        ---
        publish: true
        title: Public essay
        tags: [observability]
        secret_key_in_front_matter: CANARY-FM-KEY
        ---
        Visible text %%CANARY-COMMENT-INLINE%% continues.

        %%
        CANARY-COMMENT-BLOCK
        %%

        > [!private] Only for me
        > CANARY-PRIVATE-CALLOUT

        A link to [[Secret plans]] and [[Secret plans|my plans]].
        -- Secret plans.md --
        ---
        title: CANARY-PRIVATE-TITLE
        ---
        CANARY-PRIVATE-NOTE ![[private-only.txt]]
        -- drafts/draft.md --
        ---
        publish: true
        status: draft
        ---
        CANARY-DRAFT
        -- notes/unreferenced.txt --
        CANARY-UNREFERENCED
        -- private-only.txt --
        CANARY-PRIVATE-ATTACHMENT
        -- .hidden/note.md --
        ---
        publish: true
        ---
        CANARY-HIDDEN
        -- .trash/old.md --
        ---
        publish: true
        ---
        CANARY-TRASH
        -- .obsidian/workspace.json --
        {"token": "CANARY-OBSIDIAN"}
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String all = site.everything();
    for (String canary : CANARIES) {
      assertThat(all).as(canary).doesNotContain(canary);
    }
    String page = site.read("essays/public.html");
    assertThat(page).contains("Visible text").contains("my plans");
    assertThat(page).contains("<span class=\"broken-link\">Secret plans</span>");
    assertThat(r.out()).contains("notes published 1 of 3");
  }

  @Test
  void exampleNoteStaysPrivateWithoutATrace() throws Exception {
    String note = Files.readString(Path.of("src/test/resources/privacy/2025-07-01.md"));
    Path vault = Files.createDirectories(dir.resolve("vault"));
    Files.writeString(vault.resolve("2025-07-01.md"), note);
    SiteFixture site =
        SiteFixture.of(
            vault,
            """
        -- essays/hello.md --
        ---
        publish: true
        ---
        Hello.
        """);
    assertThat(site.bake().exitCode()).isZero();
    String all = site.everything();
    for (String fragment :
        List.of("912", "0142", "john", "jessica", "factor", "Phoenix", "oai", "2025-07-01")) {
      assertThat(all.toLowerCase()).as(fragment).doesNotContain(fragment.toLowerCase());
    }
  }

  @Test
  void publishingTheExampleNoteFailsOnItsPhoneNumberAtItsLine() throws Exception {
    String note =
        Files.readString(Path.of("src/test/resources/privacy/2025-07-01.md"))
            .replaceFirst("title: \"2025-07-01\"\n", "title: \"2025-07-01\"\npublish: true\n");
    Path vault = Files.createDirectories(dir.resolve("vault"));
    Files.writeString(vault.resolve("2025-07-01.md"), note);
    Files.writeString(vault.resolve("Pasted image 20250626173302.png"), "not really a png");
    SiteFixture site = SiteFixture.of(vault, "");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern("2025-07-01\\.md:13:5: error: phone number \"912 \\*\\*\\* \\*\\*42\"");
    assertThat(Files.exists(site.output())).isFalse();
  }
}
