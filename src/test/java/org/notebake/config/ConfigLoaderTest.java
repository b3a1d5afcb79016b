package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void aFolderWithoutJBakePropertiesIsABareVault() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("Vault"));
    SiteConfig config = ConfigLoader.load(vault, null);
    assertThat(config.bareVault()).isTrue();
    assertThat(config.content()).isEqualTo(vault.toRealPath());
    assertThat(config.output()).isEqualTo(vault.toRealPath().resolveSibling("Vault-site"));
  }

  @Test
  void jbakeKeysKeepTheirMeaningAndSiteValuesWin() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("notes"));
    Files.writeString(
        site.resolve("jbake.properties"),
        """
        content.folder=notes
        destination.folder=public
        publish.folders=essays, projects/
        render.sitemap=false
        """);
    SiteConfig config = ConfigLoader.load(site, null);
    assertThat(config.content()).isEqualTo(site.toRealPath().resolve("notes"));
    assertThat(config.output()).isEqualTo(site.toRealPath().resolve("public"));
    assertThat(config.publishFolders()).containsExactly("essays", "projects");
    assertThat(config.jbake().flag("render.sitemap")).isFalse();
    assertThat(config.jbake().flag("render.error404")).as("notebake default").isTrue();
    assertThat(config.jbake().string("template.post.file", "")).isEqualTo("post.ftlh");
  }

  @Test
  void obsidianSettingsDecideLineBreaksAndTheAttachmentFolder() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("v"));
    Files.createDirectories(vault.resolve(".obsidian"));
    Files.writeString(
        vault.resolve(".obsidian/app.json"),
        "{\"strictLineBreaks\": true, \"attachmentFolderPath\": \"Files/Pics\"}");
    SiteConfig config = ConfigLoader.load(vault, null);
    assertThat(config.strictLineBreaks()).isTrue();
    assertThat(config.attachmentFolder()).isEqualTo("Files/Pics");
  }

  @Test
  void aMissingContentFolderIsAConfigurationError() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("jbake.properties"), "content.folder=nope\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void theSiteEmailIsAlwaysPublic() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("jbake.properties"), "site.email=Avery@Example.org\n");
    assertThat(ConfigLoader.load(site, null).privacy().publicEmails())
        .contains("avery@example.org");
  }

  @Test
  void aRootJBakePropertiesWithoutContentFolderConfiguresAVault() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("Vault"));
    Files.writeString(vault.resolve("jbake.properties"), "publish.folders=.\nsite.title=Garden\n");
    SiteConfig config = ConfigLoader.load(vault, null);
    assertThat(config.bareVault()).isTrue();
    assertThat(config.content()).isEqualTo(vault.toRealPath());
    assertThat(config.output()).isEqualTo(vault.toRealPath().resolveSibling("Vault-site"));
    assertThat(config.publishFolders()).containsExactly(".");
    assertThat(config.jbake().string("site.title", "")).isEqualTo("Garden");
  }

  @Test
  void aVaultKeepsItsConfiguredDestination() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("Vault"));
    Files.writeString(vault.resolve("jbake.properties"), "destination.folder=../public\n");
    assertThat(ConfigLoader.load(vault, null).output())
        .isEqualTo(vault.toRealPath().resolveSibling("public"));
  }

  @Test
  void aNamedContentFolderThatIsMissingIsStillAnError() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("jbake.properties"), "content.folder=content\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void publishFoldersDotAndSlashMeanTheWholeVault() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("v"));
    Files.writeString(vault.resolve("jbake.properties"), "publish.folders=./, /, ., essays/\n");
    assertThat(ConfigLoader.load(vault, null).publishFolders())
        .containsExactly(".", ".", ".", "essays");
  }

  @Test
  void indexNoteIsReadAsAVaultPath() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("v"));
    Files.writeString(vault.resolve("jbake.properties"), "index.note=/Home.md\n");
    assertThat(ConfigLoader.load(vault, null).homeNote()).isEqualTo("Home.md");
  }

  @Test
  void attachmentsNextToEachNoteKeepTheirDotSlash() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("v"));
    Files.createDirectories(vault.resolve(".obsidian"));
    Files.writeString(
        vault.resolve(".obsidian/app.json"), "{\"attachmentFolderPath\": \"./attachments\"}");
    assertThat(ConfigLoader.load(vault, null).attachmentFolder()).isEqualTo("./attachments");
    Files.writeString(vault.resolve(".obsidian/app.json"), "{\"attachmentFolderPath\": \"./\"}");
    assertThat(ConfigLoader.load(vault, null).attachmentFolder()).isEmpty();
  }

  @Test
  void obsidianTemplateFoldersAreRead() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("v"));
    Files.createDirectories(vault.resolve(".obsidian/plugins/templater-obsidian"));
    Files.writeString(
        vault.resolve(".obsidian/templates.json"), "{\"folder\": \"Meta/Templates\"}");
    Files.writeString(
        vault.resolve(".obsidian/plugins/templater-obsidian/data.json"),
        "{\"command_timeout\": 5, \"templates_folder\": \"Templater\"}");
    assertThat(ConfigLoader.load(vault, null).neverScanned())
        .containsExactly("/Meta/Templates/", "/Templater/");
  }

  @Test
  void aQuartzGardensIgnorePatternsAreNeverScanned() throws Exception {
    Path garden = Files.createDirectories(dir.resolve("garden"));
    Files.createDirectories(garden.resolve("content"));
    Files.writeString(garden.resolve("jbake.properties"), "publish.folders=.\n");
    Files.writeString(
        garden.resolve("quartz.config.ts"),
        "const config = {\n  configuration: {\n    ignorePatterns: [\"private\", 'templates',"
            + " \".obsidian\", \"**.adoc\"],\n  },\n}\n");
    assertThat(ConfigLoader.load(garden, null).neverScanned())
        .containsExactly("private", "templates", ".obsidian", "**.adoc");
  }
}
