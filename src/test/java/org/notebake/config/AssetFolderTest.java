package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An asset folder is copied as it is, so one that holds notes would publish every private note raw:
 * the content folder, a folder holding it, or the vault's attachment folder is refused.
 */
class AssetFolderTest {
  @TempDir Path dir;

  private Path vault(String properties) throws Exception {
    Path vault = Files.createDirectories(dir.resolve("Vault"));
    Files.writeString(vault.resolve("jbake.properties"), properties);
    Files.writeString(vault.resolve("diary.md"), "---\nmood: anxious\n---\nPrivate.\n");
    return vault;
  }

  private static void assertRefused(Path source, String why) {
    assertThatThrownBy(() -> ConfigLoader.load(source, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("asset.folder " + why)
        .hasMessageContaining("private ones too, would be published");
  }

  @Test
  void theVaultItselfOrAFolderHoldingItIsRefusedAtItsKeysLine() throws Exception {
    assertRefused(vault("site.title=A\nasset.folder=.\n"), "is the content folder");
    assertRefused(vault("site.title=A\nasset.folder=./\n"), "is the content folder");
    assertRefused(vault("asset.folder=..\n"), "holds the content folder");
    assertThatThrownBy(() -> ConfigLoader.load(vault("site.title=A\nasset.folder=.\n"), null))
        .hasMessageContaining("jbake.properties:2:");
  }

  @Test
  void aLinkToTheVaultIsFollowed() throws Exception {
    Path vault = vault("asset.folder=site\n");
    Files.createSymbolicLink(vault.resolve("site"), vault);
    assertRefused(vault, "is the content folder");
  }

  @Test
  void aJBakeSitesRootHoldsItsContentFolder() throws Exception {
    Path site = Files.createDirectories(dir.resolve("blog"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("jbake.properties"), "asset.folder=.\n");
    assertRefused(site, "holds the content folder");
  }

  @Test
  void theVaultsAttachmentFolderOrOneHoldingItIsRefused() throws Exception {
    Path vault = vault("asset.folder=attachments\n");
    Files.createDirectories(vault.resolve(".obsidian"));
    Files.createDirectories(vault.resolve("attachments"));
    Files.writeString(
        vault.resolve(".obsidian/app.json"), "{\"attachmentFolderPath\": \"attachments\"}");
    assertRefused(vault, "holds the vault's attachment folder (attachments)");

    Files.writeString(
        vault.resolve(".obsidian/app.json"), "{\"attachmentFolderPath\": \"attachments/img\"}");
    assertRefused(vault, "holds the vault's attachment folder (attachments/img)");

    Files.writeString(
        vault.resolve("jbake.properties"),
        "attachment.folder=attachments\n" + "asset.folder=attachments/icons\n");
    Files.createDirectories(vault.resolve("attachments/icons"));
    assertRefused(vault, "holds the vault's attachment folder (attachments)");
  }

  @Test
  void aFolderOfTheVaultHoldingNotesIsRefused() throws Exception {
    // Red team: asset.folder=private copied private/diary.md raw, private: true and comments.
    Path vault = vault("publish.folders=public\nasset.folder=private\n");
    Files.createDirectories(vault.resolve("private/2024"));
    Files.writeString(vault.resolve("private/2024/diary.MD"), "---\nprivate: true\n---\n%%x%%\n");
    assertRefused(vault, "holds notes of the vault (2024/diary.MD)");
  }

  @Test
  void aFolderOfSiteFilesStaysAnAssetFolder() throws Exception {
    Path vault = vault("asset.folder=site-assets\n");
    Files.createDirectories(vault.resolve("site-assets"));
    Files.createDirectories(vault.resolve(".obsidian"));
    Files.writeString(
        vault.resolve(".obsidian/app.json"), "{\"attachmentFolderPath\": \"./attachments\"}");
    SiteConfig config = ConfigLoader.load(vault, null);
    assertThat(config.assets()).isEqualTo(vault.toRealPath().resolve("site-assets"));

    Path site = Files.createDirectories(dir.resolve("blog"));
    Files.createDirectories(site.resolve("content"));
    Files.createDirectories(site.resolve("assets"));
    Files.writeString(site.resolve("jbake.properties"), "site.title=Blog\n");
    assertThat(ConfigLoader.load(site, null).assets())
        .isEqualTo(site.toRealPath().resolve("assets"));
  }
}
