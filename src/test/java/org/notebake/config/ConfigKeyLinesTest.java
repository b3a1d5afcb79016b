package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostic;

/** Every diagnostic about a key of the site's properties names the file and line that set it. */
class ConfigKeyLinesTest {
  private static final String NAMED =
      "site.host=https://avery.example.org\nsite.title=Avery Notes\nsite.author=Avery Quinn\n";

  @TempDir Path dir;
  private Path site;

  @BeforeEach
  void site() throws Exception {
    site = Files.createDirectories(dir.resolve("site")).toRealPath();
    Files.createDirectories(site.resolve("content"));
  }

  private String file(String name) {
    return site.resolve(name).toString();
  }

  private void properties(String text) throws Exception {
    Files.writeString(site.resolve("jbake.properties"), text);
  }

  @Test
  void aBadFlagIsAnErrorAtItsLine() throws Exception {
    properties("# my site\n" + NAMED.replace("\n", "\n\n") + "render.tags=maybe\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file("jbake.properties") + ":8:1: error: render.tags=maybe must be true or false");
  }

  @Test
  void aContinuedValueIsAtItsFirstLine() throws Exception {
    properties(NAMED + "gallery.widths=480,\\\n    960,\\\n    wide\nrender.tags=true\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessageStartingWith(file("jbake.properties") + ":4:1: error: gallery.widths=480,960,");
  }

  @Test
  void aKeyWithEscapesAndAColonIsFoundAtItsColumn() throws Exception {
    properties(NAMED + "\n  site\\u002etimezone : Mars/Olympus\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessageStartingWith(
            file("jbake.properties")
                + ":5:3: error: site.timezone=Mars/Olympus is not a time zone");
  }

  @Test
  void aByteOrderMarkAndCrLfLinesAreReadAndCounted() throws Exception {
    String text = "\uFEFF" + NAMED.replace("\n", "\r\n") + "render.archive=sometimes\r\n";
    Files.write(site.resolve("jbake.properties"), text.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessage(
            file("jbake.properties")
                + ":4:1: error: render.archive=sometimes must be true or false");
    properties(NAMED);
    Files.write(
        site.resolve("jbake.properties"),
        ("\uFEFF" + NAMED.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    SiteConfig config = ConfigLoader.load(site, null);
    assertThat(config.urls().host())
        .as("the first key, after the mark")
        .isEqualTo("https://avery.example.org");
    assertThat(config.warnings()).isEmpty();
  }

  @Test
  void aKeyOfCustomPropertiesIsReportedThere() throws Exception {
    properties(NAMED + "render.tags=true\n");
    Files.writeString(site.resolve("custom.properties"), "# overrides\nrender.tags=yes\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessage(
            file("custom.properties") + ":2:1: error: render.tags=yes must be true or false");
  }

  @Test
  void aWarningIsAtTheLineThatSetsTheKeyNotAContinuedValueThatMentionsIt() throws Exception {
    properties(
        NAMED
            + "site.description=Notes on \\\n"
            + "markdown.extensions=nothing\n"
            + "markdown.extensions=DEFINITIONS\n");
    assertThat(ConfigLoader.load(site, null).warnings())
        .extracting(Diagnostic::format)
        .containsExactly(
            "jbake.properties:6:1: warning: markdown.extensions: DEFINITIONS has no meaning in"
                + " notebake and is ignored; only HARDWRAPS changes how notes render (CommonMark"
                + " with tables, strikethrough, autolinks, task lists and footnotes is always on)");
  }

  @Test
  void aKeySetTwiceIsAWarningAtItsSecondLine() throws Exception {
    properties(NAMED + "publish.folders=essays\nrender.archive=false\npublish.folders=projects\n");
    SiteConfig config = ConfigLoader.load(site, null);
    assertThat(config.publishFolders())
        .as("as JBake reads it")
        .containsExactly("essays", "projects");
    assertThat(config.warnings())
        .extracting(Diagnostic::format)
        .containsExactly(
            "jbake.properties:6:1: warning: publish.folders is set again here and at line 4;"
                + " JBake reads a key set twice as the list of all its values (essays,projects),"
                + " not as the last one; keep one of the lines");
  }

  @Test
  void aFlagSetTwiceIsAnErrorAtItsLastLineThatSaysSo() throws Exception {
    properties(NAMED + "render.tags=true\nrender.archive=false\nrender.tags=false\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file("jbake.properties")
                + ":6:1: error: render.tags=true,false must be true or false (it is set at lines 4"
                + " and 6, and JBake reads a key set twice as the list of all its values; keep"
                + " one)");
  }

  @Test
  void aKeyTheSiteDoesNotSetIsAtTheFileWithoutALine() throws Exception {
    properties("site.title=Avery Notes\nsite.author=Avery Quinn\n");
    assertThat(ConfigLoader.load(site, null).warnings())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("jbake.properties: warning: site.host is not set");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "http://localhost:8820/, localhost",
    "http://intranet/, intranet",
    "https://jo@192.168.1.20:8080/blog/, 192.168.1.20",
    "http://[::1]/, [::1]"
  })
  void aSiteHostNoOneCanReachIsAWarningAtItsLine(String host, String name) throws Exception {
    properties("site.title=Avery Notes\nsite.author=Avery Quinn\nsite.host=" + host + "\n");
    assertThat(ConfigLoader.load(site, null).warnings())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith(
            "jbake.properties:3:1: warning: site.host="
                + host.replace("jo@", "****@") // a user in the address is not printed
                + " names no public address (\""
                + name
                + "\" is not reachable from the web)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "https://name.github.io/portfolio/",
        "http://203.0.113.7:8080/",
        "https://b\u00fccher.de/"
      })
  void aPublicSiteHostIsNoWarning(String host) throws Exception {
    properties("site.title=Avery Notes\nsite.author=Avery Quinn\nsite.host=" + host + "\n");
    assertThat(ConfigLoader.load(site, null).warnings()).isEmpty();
  }

  @Test
  void theErrorCarriesItsDiagnosticForJson() throws Exception {
    properties(NAMED + "tags.max.per.note=0\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.diagnostic())
                    .hasValue(
                        Diagnostic.error(
                            file("jbake.properties"),
                            4,
                            1,
                            "tags.max.per.note=0 must be 1 or more (default 100)")));
  }

  @Test
  void assetIgnoreIsATypedFlagWithJBakesDefault() throws Exception {
    properties(NAMED);
    assertThat(ConfigLoader.load(site, null).ignoreHiddenAssets()).as("JBake: false").isFalse();
    properties(NAMED + "asset.ignore = TRUE\n");
    assertThat(ConfigLoader.load(site, null).ignoreHiddenAssets()).isTrue();
    properties(NAMED + "asset.ignore=hidden\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .hasMessage(
            file("jbake.properties") + ":4:1: error: asset.ignore=hidden must be true or false");
  }

  @Test
  void aMalformedUnicodeEscapeIsAnErrorAtItsLine() throws Exception {
    properties(NAMED + "# contact\nsite.description=Caf\\u00zz at example.org\n");
    assertThatThrownBy(() -> ConfigLoader.load(site, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            file("jbake.properties")
                + ":5:1: error: the line of site.description has a malformed unicode escape"
                + " (Unable to parse unicode value: 00zz), so JBake refuses the whole file;");
  }
}
