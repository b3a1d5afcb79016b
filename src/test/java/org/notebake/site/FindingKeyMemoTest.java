package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team's attack on the second bake: a phone number allowed by its id in privacy.allow, then
 * the finding-id key changed (or deleted). The id no longer names the finding, so a clean bake
 * refuses the number; the second bake reused its pages and published it, in the page, the lists and
 * both feeds.
 */
class FindingKeyMemoTest {
  @TempDir Path dir;

  @Test
  void aNewFindingIdKeyScansReusedPagesAgain() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- essays/beta.md --
                ---
                title: Beta
                ---
                Call me at (912) 555-0142 today.
                -- essays/gamma.md --
                ---
                title: Gamma
                ---
                Plain.
                """);
    SiteFixture.Result refused = site.bake();
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    Matcher id = Pattern.compile("\\(id (phone:[0-9a-f]+)\\)").matcher(refused.err());
    assertThat(id.find()).as(refused.err()).isTrue();
    Files.writeString(site.root().resolve("privacy.allow"), id.group(1) + "\n");
    SiteFixture.Result allowed = site.bake();
    assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
    assertThat(site.read("essays/beta.html")).contains("555-0142");

    Path key = site.root().resolve(".notebake/finding-id.key");
    String original = Files.readString(key);
    Files.writeString(key, "ab".repeat(32) + "\n");
    SiteFixture.Result rekeyed = site.bake();
    assertThat(rekeyed.exitCode()).as(rekeyed.toString()).isEqualTo(1);
    assertThat(rekeyed.err()).contains("phone number \"(912) ***-**42\" would be published");

    Files.writeString(key, original);
    assertThat(site.bake().exitCode()).isZero();
    Files.delete(key);
    SiteFixture.Result deleted = site.bake();
    assertThat(deleted.exitCode()).as(deleted.toString()).isEqualTo(1);
  }
}
