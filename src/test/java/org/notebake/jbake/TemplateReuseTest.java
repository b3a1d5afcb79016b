package org.notebake.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.site.SiteBuilder;

/**
 * Templates parsed by one build are used by the next build of the same site in the process (serve)
 * while the template files are the same, and never once a file changed, even to the same size and
 * modification time; two sites never share them.
 */
class TemplateReuseTest {
  @TempDir Path dir;

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /** A site whose post template and footer (an include) are the theme's with {@code mark} added. */
  private static Path site(Path root, String mark) throws IOException {
    write(
        root.resolve("jbake.properties"),
        "site.host=https://avery.example.org\nsite.title=Field notes\nsite.author=Avery Quinn\n"
            + "content.folder=.\npublish.folders=essays\n");
    write(root.resolve(".notebake/finding-id.key"), "ef".repeat(32) + "\n");
    write(
        root.resolve("essays/a.md"),
        "---\ntitle: Lantern\ndate: 2024-03-01\n---\nThe harbour light.\n");
    write(
        root.resolve("templates/post.ftlh"),
        theme("post.ftlh").replace("<main ", "<p class=\"mark\">post-" + mark + "</p>\n<main "));
    write(
        root.resolve("templates/partials/footer.ftlh"),
        theme("partials/footer.ftlh")
            .replace("</footer>", "<p class=\"mark\">foot-" + mark + "</p>\n</footer>"));
    return root;
  }

  private static String theme(String name) throws IOException {
    return Files.readString(Path.of("templates", name), StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Bakes {@code root} into {@code out} and returns the essay's page. */
  private static String bake(Path root, Path out) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    new SiteBuilder(ConfigLoader.load(root, out), diagnostics).build(true, true);
    assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
    return Files.readString(out.resolve("essays/a.html"), StandardCharsets.UTF_8);
  }

  /** Replaces {@code from} by {@code to} (as long) in {@code file}, keeping its time. */
  private static void editInPlace(Path file, String from, String to) throws IOException {
    assertEquals(from.length(), to.length());
    FileTime time = Files.getLastModifiedTime(file);
    long size = Files.size(file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, time);
    assertEquals(size, Files.size(file));
    assertEquals(time, Files.getLastModifiedTime(file));
  }

  @Test
  void aTemplateAndAnIncludeEditedToTheSameSizeAndTimeShowInTheNextBuild() throws IOException {
    Path root = site(dir.resolve("site"), "AAAA");
    Path out = dir.resolve("out");
    String first = bake(root, out);
    assertTrue(first.contains("post-AAAA") && first.contains("foot-AAAA"), first);

    editInPlace(root.resolve("templates/post.ftlh"), "post-AAAA", "post-BBBB");
    String second = bake(root, out);
    assertTrue(second.contains("post-BBBB") && second.contains("foot-AAAA"), second);

    editInPlace(root.resolve("templates/partials/footer.ftlh"), "foot-AAAA", "foot-BBBB");
    String third = bake(root, out);
    assertTrue(third.contains("post-BBBB") && third.contains("foot-BBBB"), third);
  }

  @Test
  void aBrokenIncludeFixedToTheSameSizeAndTimeIsParsedAgain() throws IOException {
    Path root = site(dir.resolve("site"), "AAAA");
    Path out = dir.resolve("out");
    Path footer = root.resolve("templates/partials/footer.ftlh");
    editInPlace(footer, "foot-AAAA</p>", "foot-AAAA<#if");
    Diagnostics diagnostics = new Diagnostics();
    new SiteBuilder(ConfigLoader.load(root, out), diagnostics).build(true, true);
    assertTrue(diagnostics.hasErrors());
    assertTrue(
        diagnostics.sorted().stream().anyMatch(d -> d.toString().contains("footer.ftlh")),
        () -> diagnostics.sorted().toString());

    editInPlace(footer, "foot-AAAA<#if", "foot-DDDD</p>");
    assertTrue(bake(root, out).contains("foot-DDDD"));
  }

  @Test
  void theNextBuildOfAnUnchangedSiteParsesNothingAgain() throws IOException {
    Path root = site(dir.resolve("site"), "AAAA");
    Path out = dir.resolve("out");
    bake(root, out);
    int made = ParsedTemplates.made();
    bake(root, out);
    bake(root, out);
    assertEquals(made, ParsedTemplates.made(), "no new configuration for an unchanged site");

    editInPlace(root.resolve("templates/partials/footer.ftlh"), "foot-AAAA", "foot-CCCC");
    assertTrue(bake(root, out).contains("foot-CCCC"));
    assertEquals(made + 1, ParsedTemplates.made(), "a template changed: one new configuration");
  }

  @Test
  void twoSitesBakedAtOnceEachGetTheirOwnTemplates() throws Exception {
    Path one = site(dir.resolve("one"), "ONE1");
    Path two = site(dir.resolve("two"), "TWO2");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> pages = new ArrayList<>();
      for (Path root : List.of(one, two)) {
        pages.add(
            pool.submit(
                () -> {
                  List<String> made = new ArrayList<>();
                  for (int i = 0; i < 3; i++) {
                    made.add(bake(root, dir.resolve("out-" + root.getFileName() + "-" + i)));
                  }
                  return made;
                }));
      }
      for (String page : pages.get(0).get()) {
        assertTrue(page.contains("post-ONE1") && page.contains("foot-ONE1"), page);
        assertFalse(page.contains("TWO2"), page);
      }
      for (String page : pages.get(1).get()) {
        assertTrue(page.contains("post-TWO2") && page.contains("foot-TWO2"), page);
        assertFalse(page.contains("ONE1"), page);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aConfigurationIsKeptForItsFolderFilesLocaleAndZone() {
    Path folder = dir.resolve("templates");
    Configuration first = ParsedTemplates.configuration(folder, "f1", Locale.ROOT, UTC);
    assertSame(first, ParsedTemplates.configuration(folder, "f1", Locale.ROOT, UTC));
    assertSame(
        first,
        ParsedTemplates.configuration(dir.resolve("x/../templates"), "f1", Locale.ROOT, UTC));
    assertNotSame(
        first, ParsedTemplates.configuration(dir.resolve("other"), "f1", Locale.ROOT, UTC));
    Configuration german = ParsedTemplates.configuration(folder, "f1", Locale.GERMAN, UTC);
    assertNotSame(first, german);
    assertEquals(Locale.GERMAN.getLanguage(), german.getLocale().getLanguage());
    TimeZone paris = TimeZone.getTimeZone("Europe/Paris");
    Configuration inParis = ParsedTemplates.configuration(folder, "f1", Locale.ROOT, paris);
    assertEquals(paris, inParis.getTimeZone());
    assertEquals(paris, inParis.getSQLDateAndTimeTimeZone());
    Configuration changed = ParsedTemplates.configuration(folder, "f2", Locale.ROOT, UTC);
    assertNotSame(first, changed);
    // The changed files replaced the old ones: going back to f1 parses again.
    assertNotSame(first, ParsedTemplates.configuration(folder, "f1", Locale.ROOT, UTC));
  }

  @Test
  void onlyTheLastFewSitesAreKept() {
    Configuration first = ParsedTemplates.configuration(dir.resolve("s0"), "f", Locale.ROOT, UTC);
    for (int i = 1; i < ParsedTemplates.SITES; i++) {
      ParsedTemplates.configuration(dir.resolve("s" + i), "f", Locale.ROOT, UTC);
    }
    assertSame(first, ParsedTemplates.configuration(dir.resolve("s0"), "f", Locale.ROOT, UTC));
    for (int i = 1; i <= ParsedTemplates.SITES; i++) {
      ParsedTemplates.configuration(dir.resolve("t" + i), "f", Locale.ROOT, UTC);
    }
    assertNotSame(first, ParsedTemplates.configuration(dir.resolve("s0"), "f", Locale.ROOT, UTC));
  }
}
