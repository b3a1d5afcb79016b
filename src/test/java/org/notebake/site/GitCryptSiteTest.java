package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository cloned without {@code git-crypt unlock} holds git-crypt's header and ciphertext in
 * place of each file it encrypts (real content: "unsupported image format, convert it to JPEG" and
 * "not valid UTF-8; re-save as UTF-8"). Each such file is named as encrypted, with how to unlock it
 * or leave it out, and none of its bytes are published.
 */
class GitCryptSiteTest {
  @TempDir Path dir;

  private static final String SITE =
      SiteFixture.FIELD_NOTES
          + """
          -- content/.gitattributes --
          essays/locked/** filter=git-crypt diff=git-crypt
          -- content/essays/post.md --
          ---
          title: Post
          ---
          Hello.
          """;

  /** git-crypt's header, then bytes that are no text. */
  private static byte[] encrypted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\0GITCRYPT\0".getBytes(StandardCharsets.ISO_8859_1));
    for (int i = 0; i < 64; i++) {
      out.write((i * 151 + 0x90) & 0xFF);
    }
    out.writeBytes("CIPHER-CANARY".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  @Test
  void anEncryptedNoteIsAWarningSayingToUnlockItAndIsNotPublished() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Files.createDirectories(site.root().resolve("content/essays/locked"));
    Files.write(site.root().resolve("content/essays/locked/journal.md"), encrypted());
    Files.write(site.root().resolve("content/essays/locked/plans.md"), encrypted());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "essays/locked/journal.md: warning: note is encrypted by git-crypt (it begins with"
                + " git-crypt's header: the repository was not unlocked), so it is not published;"
                + " run git-crypt unlock in the repository and bake again, or leave it out of the"
                + " site (name it or its folder in a .notebakeignore) (1 more note is encrypted:"
                + " essays/locked/plans.md)")
        .doesNotContain("UTF-8");
    assertThat(site.everything()).doesNotContain("CIPHER-CANARY", "GITCRYPT");
  }

  @Test
  void anEncryptedPhotoOrFileAPublishedNoteUsesIsAnErrorSayingToUnlockIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/essays/chart.md --
                ---
                title: Chart
                ---
                ![[chart.png|A chart]] and the [data](locked/data.zip).
                """);
    Files.createDirectories(site.root().resolve("content/essays/locked"));
    Files.write(site.root().resolve("content/essays/chart.png"), encrypted());
    Files.write(site.root().resolve("content/essays/locked/data.zip"), encrypted());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "essays/chart.png: error: the image is encrypted by git-crypt (it begins with"
                + " git-crypt's header: the repository was not unlocked); run git-crypt unlock")
        .contains(
            "essays/locked/data.zip: error: the file is encrypted by git-crypt (it begins with"
                + " git-crypt's header: the repository was not unlocked), so it is not published;"
                + " run git-crypt unlock")
        .doesNotContain("unsupported image format");
  }

  @Test
  void anEncryptedFileNoNoteUsesSaysNothing() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Files.createDirectories(site.root().resolve("content/essays/locked"));
    Files.write(site.root().resolve("content/essays/locked/scan.png"), encrypted());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("git-crypt");
    assertThat(site.everything()).doesNotContain("CIPHER-CANARY");
  }
}
