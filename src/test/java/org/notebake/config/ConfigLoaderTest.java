package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostic;

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

  /**
   * Real content (a Quartz garden, no jbake.properties): the whole repository was the vault and
   * Quartz's own docs/ were published beside content/; with a one-line jbake.properties only
   * content/ was read. Now both read content/, and so does a Hugo site's.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"quartz.config.ts", "quartz.config.yaml", "hugo.toml"})
  void aQuartzGardenOrHugoSiteWithoutJBakePropertiesIsItsContentFolder(String marker)
      throws Exception {
    Path garden = Files.createDirectories(dir.resolve("garden"));
    Files.createDirectories(garden.resolve("content"));
    Files.createDirectories(garden.resolve("docs"));
    Files.writeString(garden.resolve(marker), "");

    SiteConfig config = ConfigLoader.load(garden, null);

    assertThat(config.bareVault()).isFalse();
    assertThat(config.content()).isEqualTo(garden.toRealPath().resolve("content"));
  }

  @Test
  void aVaultWithAContentFolderButNoGeneratorsConfigurationIsStillTheWholeVault() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("Vault"));
    Files.createDirectories(vault.resolve("content"));

    SiteConfig config = ConfigLoader.load(vault, null);

    assertThat(config.bareVault()).isTrue();
    assertThat(config.content()).isEqualTo(vault.toRealPath());
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
    assertThat(config.pages().sitemap()).isFalse();
    assertThat(config.pages().error404()).as("notebake default").isTrue();
    assertThat(config.templateSet().byType().get("post"))
        .isEqualTo(new SiteConfig.Template("post.ftlh", false));
  }

  @Test
  void aSiteTemplateWinsOverTheThemeUnderEitherName() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("jbake.properties"), "template.page.file=my-page.ftl\n");
    for (String name : new String[] {"index.ftl", "post.ftlh", "post.ftl", "tags.ftl", "a.ftl"}) {
      Files.writeString(site.resolve("templates").resolve(name), "x");
    }
    var byType = ConfigLoader.load(site, null).templateSet().byType();
    assertThat(byType.get("masterindex")).isEqualTo(new SiteConfig.Template("index.ftl", true));
    assertThat(byType.get("post")).as(".ftlh first").isEqualTo(template("post.ftlh", true));
    assertThat(byType.get("tag")).isEqualTo(template("tags.ftl", true));
    assertThat(byType.get("page"))
        .as("named, but missing")
        .isEqualTo(template("my-page.ftl", false));
    assertThat(byType.get("archive")).isEqualTo(template("archive.ftlh", false));
    assertThat(byType.get("error404")).isEqualTo(template("404.ftlh", false));
  }

  @Test
  void jbakesOwnErrorPageNameCounts() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("jbake.properties"), "");
    Files.writeString(site.resolve("templates/error404.ftl"), "x");
    assertThat(ConfigLoader.load(site, null).templateSet().byType().get("error404"))
        .isEqualTo(template("error404.ftl", true));
  }

  @Test
  void aJBakeThemesOwnFeedJsonTemplateIsNotTakenForTheJsonFeed() throws Exception {
    // jbake-future-imperfect and the sites built on it ship templates/feed-json.ftl for their own
    // use (JBake never renders it); it reads variables only that theme sets.
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("jbake.properties"), "");
    Files.writeString(site.resolve("templates/feed-json.ftl"), "${config.site_author_avatar}");
    assertThat(ConfigLoader.load(site, null).templateSet().byType().get("jsonfeed"))
        .isEqualTo(template("feed.json.ftl", false));
  }

  private static SiteConfig.Template template(String name, boolean fromSite) {
    return new SiteConfig.Template(name, fromSite);
  }

  @Test
  void siteHostReachesTemplatesAsWritten() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("jbake.properties"), "site.host=https://avery.example.org\n");
    SiteConfig config = ConfigLoader.load(site, null);
    assertThat(config.templateSet().variables().get("site_host"))
        .isEqualTo("https://avery.example.org");
    assertThat(config.urls().absolute("a/b.html")).isEqualTo("https://avery.example.org/a/b.html");
    Files.writeString(site.resolve("jbake.properties"), "site.host=https://avery.example.org/\n");
    SiteConfig slash = ConfigLoader.load(site, null);
    assertThat(slash.templateSet().variables().get("site_host"))
        .isEqualTo("https://avery.example.org/");
    assertThat(slash.urls().absolute("a/b.html")).isEqualTo("https://avery.example.org/a/b.html");
  }

  @Test
  void templatesOfAnotherJBakeEngineAreOneErrorAtTheirKey() throws Exception {
    // A Groovy template rendered as FreeMarker printed its code into the pages, or failed at some
    // line of a file that is not FreeMarker (uli-heller/uli-jbake).
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("templates"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("templates/post.gsp"), "<% include 'header.gsp' %>\n");
    Files.writeString(
        site.resolve("jbake.properties"),
        "site.host=https://avery.example.org\n# templates\ntemplate.post.file=post.gsp\n"
            + "template.page.file=page.thyme\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            site.resolve("jbake.properties")
                + ":3:1: error: template.post.file=post.gsp (Groovy),"
                + " template.page.file=page.thyme (Thymeleaf) are templates for other JBake"
                + " engines; notebake renders FreeMarker templates only (.ftl, .ftlh, .ftlx).");
    Files.writeString(site.resolve("jbake.properties"), "template.post.file=post.ftl\n");
    assertThat(ConfigLoader.load(site, null).templateSet()).isNotNull();
  }

  /**
   * Real content (a vault of four submodules, cloned without them): dozens of embeds were "not in
   * the vault", none saying why. A submodule inside the vault that is not checked out is one
   * warning, with how to fetch it.
   */
  @Test
  void aSubmoduleInTheVaultThatIsNotCheckedOutIsAWarning() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("vault"));
    Files.createDirectories(vault.resolve(".git"));
    Files.createDirectories(vault.resolve("01 Projects"));
    Files.createDirectories(vault.resolve("02 Notes"));
    Files.writeString(vault.resolve("02 Notes/a.md"), "# A\n");
    Files.writeString(vault.resolve("jbake.properties"), "site.title=X\nsite.author=Y\n");
    Files.writeString(
        vault.resolve(".gitmodules"),
        "[submodule \"projects\"]\n\tpath = 01 Projects\n\turl = https://example.org/p.git\n"
            + "[submodule \"notes\"]\n\tpath = \"02 Notes\"\n\turl = https://example.org/n.git\n");

    assertThat(ConfigLoader.load(vault, null).warnings())
        .extracting(org.notebake.diagnostics.Diagnostic::toString)
        .containsOnlyOnce(
            ".gitmodules: warning: the git submodule \"01 Projects\" is not checked out, so none of"
                + " its notes or files are in the vault; run git submodule update --init"
                + " --recursive")
        .noneMatch(w -> w.contains("02 Notes"));
  }

  /**
   * Real content: a vault that keeps an Obsidian plugin as a submodule under {@code
   * .obsidian/plugins/}, a folder the vault never reads, was told that "none of its notes or files
   * are in the vault".
   */
  @Test
  void aSubmoduleInAHiddenFolderTheVaultNeverReadsIsNoWarning() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("vault"));
    Files.createDirectories(vault.resolve(".git"));
    Files.createDirectories(vault.resolve(".obsidian/plugins/tools"));
    Files.createDirectories(vault.resolve("notes/.archive"));
    Files.writeString(vault.resolve("jbake.properties"), "site.title=X\nsite.author=Y\n");
    Files.writeString(
        vault.resolve(".gitmodules"),
        "[submodule \".obsidian/plugins/tools\"]\n\tpath = .obsidian/plugins/tools\n"
            + "[submodule \"old\"]\n\tpath = notes/.archive\n"
            + "[submodule \"shown\"]\n\tpath = notes/shown\n");

    assertThat(ConfigLoader.load(vault, null).warnings())
        .extracting(org.notebake.diagnostics.Diagnostic::toString)
        .noneMatch(w -> w.contains(".obsidian") || w.contains(".archive"))
        .anyMatch(w -> w.contains("\"notes/shown\" is not checked out"));
  }

  @Test
  void aTemplateFolderTheSiteNamesThatIsNotThereIsAnErrorAtItsLine() throws Exception {
    // flowlogix/website: template.folder is in a git submodule, empty in a clone without
    // --recursive; the site was baked with the built-in theme without a word, then failed on the
    // one template its feed key named.
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    String file = site.toRealPath().resolve("jbake.properties").toString();
    Files.writeString(
        site.resolve("jbake.properties"),
        "site.title=X\nsite.author=Y\ntemplate.folder=theme/tpl\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ":3:1: error: template.folder \"theme/tpl\" does not exist; create it, or remove"
                + " template.folder to bake with notebake's built-in theme");
    Files.writeString(
        site.resolve(".gitmodules"),
        "[submodule \"theme\"]\n\tpath = theme\n\turl = git@example.org:avery/theme.git\n");
    Files.createDirectories(site.resolve(".git"));
    Files.createDirectories(site.resolve("theme")); // how git leaves a submodule not checked out
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessage(
            file
                + ":3:1: error: template.folder \"theme/tpl\" is in the git submodule \"theme\","
                + " which is not checked out; run git submodule update --init --recursive, or"
                + " remove template.folder to bake with notebake's built-in theme");
    Files.writeString(
        site.resolve("jbake.properties"), "site.title=X\nsite.author=Y\ntemplate.folder=theme\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessageContaining("template.folder \"theme\" is in the git submodule \"theme\"");
    Files.createDirectories(site.resolve("theme/tpl"));
    Files.writeString(site.resolve("theme/tpl/post.ftl"), "${content.body}");
    Files.writeString(
        site.resolve("jbake.properties"),
        "site.title=X\nsite.author=Y\ntemplate.folder=theme/tpl\n");
    assertThat(ConfigLoader.load(site, null).templates())
        .isEqualTo(site.toRealPath().resolve("theme/tpl"));
    Files.delete(site.resolve("jbake.properties"));
    Files.writeString(site.resolve("jbake.properties"), "site.title=X\nsite.author=Y\n");
    assertThat(ConfigLoader.load(site, null).warnings())
        .as("templates/ missing where no key names it: the built-in theme, as before")
        .noneMatch(d -> d.message().contains("folder"));
  }

  @Test
  void anAssetOrDataFolderTheSiteNamesThatIsNotThereIsAWarningAtItsLine() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(
        site.resolve(".gitmodules"), "[submodule \"my theme\"]\n  path = \"my theme\" # ours\n");
    Files.writeString(
        site.resolve("jbake.properties"),
        "site.title=X\nsite.author=Y\nsite.host=https://x.example.org\n"
            + "asset.folder=my theme/assets\ndata.folder=facts\n");
    SiteConfig config = ConfigLoader.load(site, null);
    assertThat(config.warnings())
        .extracting(d -> d.line() + ": " + d.message())
        .containsExactly(
            "4: asset.folder \"my theme/assets\" is in the git submodule \"my theme\", which is"
                + " not checked out; run git submodule update --init --recursive, or fix"
                + " asset.folder; until then nothing of the site's assets is published",
            "5: data.folder \"facts\" does not exist; create it, or fix data.folder; until then"
                + " nothing of its data files is published");
    Files.createDirectories(site.resolve("my theme/assets"));
    Files.createDirectories(site.resolve("facts"));
    assertThat(ConfigLoader.load(site, null).warnings()).isEmpty();
  }

  @Test
  void gitmodulesPathsAreReadAsGitWritesThem() throws Exception {
    Path modules = dir.resolve(".gitmodules");
    Files.writeString(
        modules,
        """
        [submodule "a"]
        	path = themes/a
        [submodule "b"]
          path="with space" ; note
        [submodule "c"]
        path = c # comment
        	url = https://example.org/path = not a path
        pathology = x
        """);
    assertThat(GitSubmodules.paths(modules)).containsExactly("themes/a", "with space", "c");
    Files.write(modules, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'p'});
    assertThat(GitSubmodules.paths(modules)).isEmpty();
  }

  @Test
  void badTypedValuesAreReportedOnceAtLoad() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("jbake.properties"), "render.feed=yes\n");
    String file = site.toRealPath().resolve("jbake.properties").toString();
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":1:1: error: render.feed=yes must be true or false");
    Files.writeString(site.resolve("jbake.properties"), "output.extension=html\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessage(
            file
                + ":1:1: error: output.extension=html must be a dot and letters,"
                + " e.g. .html or .htm");
    Files.writeString(site.resolve("jbake.properties"), "index.posts_per_page=many\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessage(file + ":1:1: error: index.posts_per_page=many must be a whole number");
  }

  @Test
  void anAttachmentFolderOutsideTheVaultIsAWarningAtItsLineAndIgnored() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Path content = Files.createDirectories(site.resolve("content"));
    Files.createDirectories(content.resolve("attachments"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    String head = "site.host=https://x.example.org\nsite.title=X\nsite.author=Y\n";
    for (String outside : List.of("../elsewhere", "a/../../elsewhere", elsewhere.toString())) {
      Files.writeString(site.resolve("jbake.properties"), head + "attachment.folder=" + outside);
      SiteConfig config = ConfigLoader.load(site, null);
      assertThat(config.attachmentFolder()).as(outside).isEmpty();
      assertThat(config.warnings())
          .extracting(org.notebake.diagnostics.Diagnostic::format)
          .as(outside)
          .containsExactly(
              "jbake.properties:4:1: warning: attachment.folder="
                  + outside
                  + " lies outside the vault ("
                  + content.toRealPath()
                  + "), and attachments are only looked up inside the vault, so it is ignored;"
                  + " move the attachments into the vault and name their folder relative to it"
                  + " (e.g. attachment.folder=attachments), or remove the key");
    }
    for (String inside :
        List.of(
            "attachments",
            "./attachments/",
            "/attachments",
            content.resolve("attachments").toString())) {
      Files.writeString(site.resolve("jbake.properties"), head + "attachment.folder=" + inside);
      SiteConfig config = ConfigLoader.load(site, null);
      assertThat(config.attachmentFolder()).as(inside).isEqualTo("attachments");
      assertThat(config.warnings()).as(inside).isEmpty();
    }
  }

  @Test
  void markdownExtensionsDecideHardWrapsAndIgnoredNamesAreOneWarning() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(
        site.resolve("jbake.properties"),
        "site.host=https://x.example.org\nmarkdown.extensions=-HARDWRAPS,AUTOLINKS,DEFINITIONS,SMARTYPANTS\n"
            + "site.title=X\nsite.author=Y\n");
    SiteConfig off = ConfigLoader.load(site, null);
    assertThat(off.strictLineBreaks()).isTrue();
    assertThat(off.warnings())
        .extracting(org.notebake.diagnostics.Diagnostic::format)
        .containsExactly(
            "jbake.properties:2:1: warning: markdown.extensions: DEFINITIONS, SMARTYPANTS have no"
                + " meaning in notebake and are ignored; only HARDWRAPS changes how notes render"
                + " (CommonMark with tables, strikethrough, autolinks, task lists and footnotes is"
                + " always on)");
    Files.writeString(
        site.resolve("jbake.properties"),
        "markdown.extensions=ALL\nsite.host=https://x.example.org\nsite.title=X\nsite.author=Y\n");
    SiteConfig all = ConfigLoader.load(site, null);
    assertThat(all.strictLineBreaks()).isFalse();
    assertThat(all.warnings()).isEmpty();
    Files.writeString(site.resolve("jbake.properties"), "markdown.extensions=AUTOLINKS\n");
    assertThat(ConfigLoader.load(site, null).strictLineBreaks())
        .as("the list replaces JBake's default, which had HARDWRAPS")
        .isTrue();
    Files.writeString(site.resolve("jbake.properties"), "site.title=No list\n");
    assertThat(ConfigLoader.load(site, null).strictLineBreaks()).isFalse();
  }

  /**
   * Real content (a Hugo site and a Jekyll blog, hard-wrapped at eighty columns): every line of a
   * paragraph ended in a {@code <br>}, as Obsidian shows it, where Hugo, Jekyll and Quartz join
   * them. A site made for one of them follows its rule, and its own setting turns breaks back on;
   * the vault's Obsidian setting and notebake's key still win.
   */
  @Test
  void hugoJekyllAndQuartzSitesJoinAParagraphsLinesUnlessTheirConfigurationBreaksThem()
      throws Exception {
    record Case(String file, String text, boolean strict) {}
    List<Case> cases =
        List.of(
            new Case("hugo.toml", "baseURL = 'https://x.example.org/'\n", true),
            new Case(
                "hugo.toml",
                "[markup.goldmark.renderer]\n  hardWraps = true\n  unsafe = true\n",
                false),
            new Case(
                "hugo.yaml", "markup:\n  goldmark:\n    renderer:\n      hardWraps: true\n", false),
            new Case("hugo.toml", "# hardWraps = true\n", true),
            new Case("config.toml", "baseurl = \"https://x.example.org/\"\n", true),
            new Case("content/_config.yml", "title: Blog\n", true),
            new Case("content/_config.yml", "kramdown:\n  input: GFM\n  hard_wrap: true\n", false),
            new Case("content/_config.yml", "kramdown: [not, a, map\n", true),
            new Case("quartz.config.ts", "transformers: [Plugin.FrontMatter()],\n", true),
            new Case(
                "quartz.config.ts",
                "transformers: [\n  Plugin.FrontMatter(),\n  Plugin.HardLineBreaks(),\n]\n",
                false),
            new Case("quartz.config.ts", "  // Plugin.HardLineBreaks(),\n", true),
            new Case("plain.md", "Just a note.\n", false));
    int n = 0;
    for (Case c : cases) {
      Path site = Files.createDirectories(dir.resolve("gen" + n++));
      Files.createDirectories(site.resolve("content"));
      Files.writeString(site.resolve(c.file()), c.text());
      Files.writeString(site.resolve("jbake.properties"), "site.title=X\n");
      assertThat(ConfigLoader.load(site, null).strictLineBreaks())
          .as(c.toString())
          .isEqualTo(c.strict());
    }
    Path hugo = dir.resolve("gen0");
    Files.createDirectories(hugo.resolve("content/.obsidian"));
    Files.writeString(hugo.resolve("content/.obsidian/app.json"), "{\"strictLineBreaks\": false}");
    assertThat(ConfigLoader.load(hugo, null).strictLineBreaks())
        .as("the vault's own Obsidian setting")
        .isFalse();
    Files.delete(hugo.resolve("content/.obsidian/app.json"));
    Files.writeString(hugo.resolve("jbake.properties"), "markdown.strict.line.breaks=false\n");
    assertThat(ConfigLoader.load(hugo, null).strictLineBreaks()).as("notebake's key").isFalse();
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
    assertThat(config.templateSet().variables()).containsEntry("site_title", "Garden");
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

  /** Vault paths are NFC, as the walk names them, however the setting wrote the accents. */
  @Test
  void foldersOfTheVaultAreNamedComposed() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("v"));
    Files.writeString(
        vault.resolve("jbake.properties"),
        "publish.folders=Caf\u0065\u0301/\ntype.folders=E\u0301tudes:post\n",
        StandardCharsets.UTF_8);
    SiteConfig config = ConfigLoader.load(vault, null);
    assertThat(config.publishFolders()).containsExactly("Caf\u00e9");
    assertThat(config.typeFolders()).containsEntry("\u00c9tudes", "post");
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

  /**
   * Red team: the patterns were read with one regular expression, which took a commented-out {@code
   * ignorePatterns} line for the setting, ended the list at a {@code ]} in a comment, and read
   * nothing from {@code "[Jj]ournal"}; each published the journal Quartz leaves out.
   */
  @Test
  void aQuartzGardensIgnorePatternsAreReadPastCommentsAndBrackets() throws Exception {
    Path garden = Files.createDirectories(dir.resolve("garden-ts"));
    Files.createDirectories(garden.resolve("content"));
    Files.writeString(garden.resolve("jbake.properties"), "publish.folders=.\n");
    Files.writeString(
        garden.resolve("quartz.config.ts"),
        """
        const config = {
          configuration: {
            pageTitle: "A garden // with a slash", /* ignorePatterns: ["old"] */
            // ignorePatterns: ["private"], // old setting
            ignorePatterns: [
              "[Jj]ournal", 'templates', // the diary [never published]
              ".obsidian", "it's \\"quoted\\"",
              `**/secret-*`,
            ],
          },
        }
        """);
    assertThat(ConfigLoader.load(garden, null).neverScanned())
        .containsExactly("[Jj]ournal", "templates", ".obsidian", "it's \"quoted\"", "**/secret-*");
  }

  @Test
  void aQuartz5GardensYamlIgnorePatternsAreNeverScannedAndABrokenOneStops() throws Exception {
    // anudeeps28/digital-garden (Quartz 5.0.0): quartz.config.yaml, whose ignorePatterns (private
    // among them) notebake did not read, nor did it know the garden for Quartz's.
    Path garden = Files.createDirectories(dir.resolve("garden5"));
    Files.writeString(garden.resolve("jbake.properties"), "publish.folders=.\n");
    Path yaml = garden.resolve("quartz.config.yaml");
    Files.writeString(
        yaml,
        """
        # yaml-language-server: $schema=./quartz/plugins/quartz-plugins.schema.json
        configuration:
          pageTitle: "A garden"
          ignorePatterns:
            - 00-Inbox
            - private
            - ".obsidian"
            - 42
          theme:
            fontOrigin: googleFonts
        """);
    SiteConfig config = ConfigLoader.load(garden, null);
    assertThat(config.neverScanned()).containsExactly("00-Inbox", "private", ".obsidian");
    assertThat(config.isQuartzGarden()).isTrue();

    Files.writeString(yaml, "configuration:\n  ignorePatterns: [private\n  theme: {}\n");
    assertThatThrownBy(() -> ConfigLoader.load(garden, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(garden.toRealPath().resolve("quartz.config.yaml") + ":3:")
        .hasMessageContaining("error: cannot be read as YAML")
        .hasMessageEndingWith(
            "; notebake reads its ignorePatterns, so that what Quartz leaves out stays out; fix the"
                + " file");

    Files.writeString(yaml, "configuration:\n  pageTitle: x\n"); // no patterns: none
    assertThat(ConfigLoader.load(garden, null).neverScanned()).isEmpty();
    Files.writeString(yaml, "a: &a [*a]\nconfiguration: {ignorePatterns: [x]}\n");
    assertThat(ConfigLoader.load(garden, null).neverScanned()).containsExactly("x");
    Files.writeString(yaml, "- just\n- a list\n");
    assertThat(ConfigLoader.load(garden, null).neverScanned()).isEmpty();
  }

  /**
   * Real content (a Hugo photo site, no jbake.properties): its config.toml's title and baseURL were
   * not read, and the warnings named a jbake.properties the site does not have.
   */
  @Test
  void aHugoSitesTitleAddressAndAuthorNameTheSite() throws Exception {
    Path site = Files.createDirectories(dir.resolve("photos"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(
        site.resolve("config.toml"),
        "baseURL = \"https://example.org/\"\ntitle = \"My Photos\"\n\n[params]\n"
            + "author = \"Avery Quinn\"\n");

    SiteConfig config = ConfigLoader.load(site, null);

    assertThat(config.urls().host()).isEqualTo("https://example.org/");
    assertThat(config.templateSet().variables())
        .containsEntry("site_title", "My Photos")
        .containsEntry("site_author", "Avery Quinn");
    assertThat(config.warnings()).isEmpty();
    assertThat(config.keys().locate("site.title").toString())
        .isEqualTo(new org.notebake.diagnostics.Location("config.toml", 2, 1).toString());
  }

  @Test
  void aHugoSiteWithoutATitleOrAnAbsoluteBaseUrlIsToldToSetThemWhereItKeepsItsSettings()
      throws Exception {
    Path site = Files.createDirectories(dir.resolve("notes"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(
        site.resolve("hugo.yaml"), "baseURL: /\nparams:\n  author:\n    name: Avery\n");

    SiteConfig config = ConfigLoader.load(site, null);

    assertThat(config.urls().host()).isEmpty();
    assertThat(config.templateSet().variables()).containsEntry("site_author", "Avery");
    assertThat(config.warnings())
        .extracting(Diagnostic::format)
        .containsExactly(
            "hugo.yaml: warning: site.title is not set, so the site uses its folder's name"
                + " \"notes\"; set title in hugo.yaml, or add site.title to a jbake.properties at"
                + " the site root",
            "hugo.yaml: warning: site.host is not set, so every link is relative and the site"
                + " works on any host or path; left out: canonical links, og:url, og:image, the"
                + " JSON-LD url, the sitemap and robots.txt's Sitemap: line; made relative: the"
                + " Atom and JSON feeds' links; the 404 page links from the server's root (/); set"
                + " baseURL in hugo.yaml, or add site.host to a jbake.properties at the site root"
                + " (e.g. https://name.github.io/portfolio/) or bake --base-url URL");
  }

  @Test
  void aJBakePropertiesKeyWinsOverHugosAndAHugoLocalhostIsToldAtItsLine() throws Exception {
    Path site = Files.createDirectories(dir.resolve("blog"));
    Files.createDirectories(site.resolve("content"));
    Files.writeString(
        site.resolve("hugo.toml"),
        "title = \"Hugo's name\"\nbaseurl = \"http://localhost:1313/\"\nauthor = \"Hugo\"\n");
    Files.writeString(site.resolve("jbake.properties"), "site.title=Field Notes\n");

    SiteConfig config = ConfigLoader.load(site, null);

    assertThat(config.templateSet().variables())
        .containsEntry("site_title", "Field Notes")
        .containsEntry("site_author", "Hugo");
    assertThat(config.urls().host()).isEqualTo("http://localhost:1313/");
    assertThat(config.warnings())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith(
            "hugo.toml:2:1: warning: baseURL http://localhost:1313/ names no public address");
  }

  @Test
  void aPasswordInTheSitesAddressIsNeverPrintedInAMessage() throws Exception {
    // Red team: a baseURL's password went whole into a warning on stderr, often a public CI log.
    Path site = Files.createDirectories(dir.resolve("creds"));
    Files.writeString(
        site.resolve("jbake.properties"), "site.host=https://avery:hunter2pass@192.168.1.20/\n");
    SiteConfig config = ConfigLoader.load(site, null);
    assertThat(config.warnings().toString())
        .contains("https://****@192.168.1.20/ names no public address")
        .doesNotContain("hunter2pass");
    assertThat(ConfigLoader.shownHost("https://example.org/a@b"))
        .isEqualTo("https://example.org/a@b");
  }
}
