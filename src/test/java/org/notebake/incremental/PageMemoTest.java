package org.notebake.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.FragmentIndex;
import org.notebake.site.BuildReport;
import org.notebake.site.SiteBuilder;
import org.notebake.site.SiteFixture;

/**
 * The page memo: what a reused page would have done (diagnostics, privacy findings, ids and links
 * for the cross-page anchor check) happens again, a template it cannot track makes pages depend on
 * everything, and a broken cache or live file is never trusted.
 */
class PageMemoTest {
  @TempDir Path dir;

  private Path vault;

  private record Build(List<Diagnostic> diagnostics, BuildReport report) {}

  /** The configuration of the sites baked through {@link SiteFixture}, in its txtar form. */
  private static final String SITE = SiteFixture.FIELD_NOTES;

  private void site(String... namesAndTexts) throws IOException {
    vault = dir.resolve("vault");
    write(
        vault.resolve("jbake.properties"),
        "site.host=https://avery.example.org\nsite.title=Field notes\nsite.author=Avery Quinn\n"
            + "content.folder=.\npublish.folders=essays\n");
    write(vault.resolve(".notebake/finding-id.key"), "cd".repeat(32) + "\n");
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      write(vault.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
    }
  }

  private Build bake(Path output, PageMemo pages) {
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder builder = new SiteBuilder(ConfigLoader.load(vault, output), diagnostics);
    if (pages != null) {
      pages.resetCounts();
      builder.withPageMemo(pages);
    }
    BuildReport report = builder.build(true, true);
    if (pages != null) {
      pages.retainUsed();
    }
    return new Build(diagnostics.sorted(), report);
  }

  /** Bakes through the memo and cleanly; both must say and write the same. */
  private Build bakeBoth(PageMemo pages, String step) throws IOException {
    Build memoised = bake(dir.resolve("memoised"), pages);
    Path cleanOut = dir.resolve("clean-" + step);
    Build clean = bake(cleanOut, null);
    assertEquals(clean.diagnostics(), memoised.diagnostics(), step + ": diagnostics");
    assertEquals(clean.report().publishedFiles(), memoised.report().publishedFiles(), step);
    assertEquals(clean.report().privacyFindings(), memoised.report().privacyFindings(), step);
    assertEquals(clean.report().filesWritten(), memoised.report().filesWritten(), step);
    if (clean.report().written()) {
      assertEquals(
          IncrementalBuildTest.tree(cleanOut),
          IncrementalBuildTest.tree(dir.resolve("memoised")),
          step + ": output");
    }
    return memoised;
  }

  private static final String DATED = "---\ntitle: %s\ndate: 2024-0%d-01\ntags: [field]\n---\n%s\n";

  @Test
  void aPageThatSaidSomethingIsMadeAgainAndSaysItAgain() throws IOException {
    site(
        "essays/a.md", DATED.formatted("A", 1, "See <a href=\"plan.html\">the plan</a>."),
        "essays/b.md", DATED.formatted("B", 2, "Plain."));
    PageMemo pages = new PageMemo("start");
    Build first = bakeBoth(pages, "first");
    assertTrue(first.diagnostics().toString().contains("points to no page"), first.toString());
    assertTrue(pages.size() > 5, "the pages that said nothing are remembered: " + pages.size());
    Build second = bakeBoth(pages, "second");
    assertEquals(first.diagnostics(), second.diagnostics(), "the page says it again");
    write(vault.resolve("essays/a.md"), DATED.formatted("A", 1, "See the plan."));
    Build fixed = bakeBoth(pages, "fixed");
    assertFalse(fixed.diagnostics().stream().anyMatch(Diagnostic::isError), fixed.toString());
  }

  @Test
  void aPageWithAPrivacyFindingIsNeverReusedEvenAnAllowedOne() throws IOException {
    site(
        "essays/a.md",
            DATED.formatted("A", 1, "Studio line: (912) 555-0142 %%privacy:allow 912 555 0142%%"),
        "essays/b.md", DATED.formatted("B", 2, "Plain."));
    PageMemo pages = new PageMemo("start");
    bakeBoth(pages, "first");
    bakeBoth(pages, "second");
    long withNumber;
    try (var files = Files.walk(dir.resolve("clean-second"))) {
      withNumber =
          files.filter(Files::isRegularFile).filter(f -> read(f).contains("555-0142")).count();
    }
    assertTrue(withNumber >= 2, "the page and lists of it: " + withNumber);
    assertEquals(withNumber, pages.misses(), "each output that shows the number is scanned again");
    assertEquals(
        PageMemo.checksum(Files.readAllBytes(dir.resolve("clean-second/essays/a.html"))),
        PageMemo.checksum(Files.readAllBytes(dir.resolve("memoised/essays/a.html"))));

    write(vault.resolve("essays/a.md"), DATED.formatted("A", 1, "Studio line: (912) 555-0142"));
    Build blocked = bakeBoth(pages, "not allowed");
    assertTrue(blocked.diagnostics().stream().anyMatch(Diagnostic::isError), blocked.toString());
    Build again = bakeBoth(pages, "not allowed again");
    assertEquals(blocked.diagnostics(), again.diagnostics(), "the gate is as strict the 2nd time");
  }

  /** A note of another topic whose last paragraph (not in its summary) is {@code %s}. */
  private static final String OTHER =
      "---\ntitle: C\ndate: 2024-03-01\ntags: [other]\n---\n"
          + "A long first paragraph. ".repeat(60)
          + "\n\n%s\n";

  @Test
  void reusedPagesStillTakePartInTheCrossPageAnchorCheck() throws IOException {
    site(
        "essays/a.md", DATED.formatted("A", 1, "See <a href=\"b.html#nowhere\">the method</a>."),
        "essays/b.md", DATED.formatted("B", 2, "## Here\n\nText."),
        "essays/c.md", OTHER.formatted("More."));
    PageMemo pages = new PageMemo("start");
    Build first = bakeBoth(pages, "first");
    assertTrue(first.diagnostics().toString().contains("#nowhere"), first.toString());
    write(vault.resolve("essays/c.md"), OTHER.formatted("More, edited."));
    Build second = bakeBoth(pages, "unrelated edit");
    assertTrue(pages.hits() > 5, "a.html and b.html are reused: " + pages.hits());
    assertEquals(first.diagnostics(), second.diagnostics(), "a's link and b's ids are replayed");
    write(vault.resolve("essays/b.md"), DATED.formatted("B", 2, "## Nowhere\n\nText."));
    Build third = bakeBoth(pages, "the anchor appears");
    assertFalse(third.diagnostics().toString().contains("#nowhere"), third.toString());
  }

  @Test
  void aTemplateThatReadsTheDatabaseDependsOnEverything() throws IOException {
    site(
        "essays/a.md", DATED.formatted("Older", 1, "Plain."),
        "essays/b.md", DATED.formatted("Newest", 2, "Plain."));
    String theme =
        Files.readString(Path.of("templates/partials/footer.ftlh"), StandardCharsets.UTF_8);
    // db hands templates plain Java objects: what is read of them cannot be tracked.
    write(
        vault.resolve("templates/partials/footer.ftlh"),
        theme.replace(
            "</footer>",
            "<p class=\"latest\">${db.getPublishedPosts().get(0).title}</p></footer>"));
    PageMemo pages = new PageMemo("start");
    bakeBoth(pages, "first");
    bakeBoth(pages, "nothing changed");
    assertEquals(0, pages.misses(), "an unchanged site reuses every page");
    write(vault.resolve("essays/b.md"), DATED.formatted("Newest, retitled", 2, "Plain."));
    bakeBoth(pages, "the newest post retitled");
    long footers;
    try (var files = Files.walk(dir.resolve("memoised"))) {
      footers = files.filter(f -> read(f).contains("class=\"latest\"")).count();
    }
    assertTrue(footers >= 5, "pages with the footer: " + footers);
    assertTrue(
        pages.misses() >= footers,
        "every page that printed the newest title is made again: " + pages.misses());
    assertTrue(
        Files.readString(dir.resolve("memoised/essays/a.html")).contains("Newest, retitled"));
  }

  @Test
  void aLiveFileChangedByHandIsMadeAgain() throws IOException {
    site(
        "essays/a.md", DATED.formatted("A", 1, "Plain."),
        "essays/b.md", DATED.formatted("B", 2, "Plain."));
    PageMemo pages = new PageMemo("start");
    bakeBoth(pages, "first");
    Files.writeString(dir.resolve("memoised/essays/a.html"), "<p>changed by hand</p>");
    Files.delete(dir.resolve("memoised/essays/b.html"));
    bakeBoth(pages, "second");
    assertEquals(2, pages.misses(), "neither file is trusted");
  }

  @Test
  void aPageTheLastBuildCheckedIsComparedOnlyOnTheValuesThatChanged() {
    PageMemo memo = new PageMemo("salt");
    Set<String> paths = Set.of("essays/a.html", "tags/x.html");
    Map<String, String> values = new java.util.HashMap<>(entry().dependencies());
    List<String> asked = new ArrayList<>();
    java.util.function.Function<String, String> now =
        d -> {
          asked.add(d);
          return values.get(d);
        };

    memo.begin(paths);
    memo.put("page", entry());
    memo.begin(paths);
    assertEquals(0, memo.compare(now, null, null), "nothing changed");
    asked.clear();
    assertEquals(entry(), memo.find("page", now), "made in the last build");
    assertEquals(List.of(), asked, "and not looked up again");

    values.put("structure", "ef56");
    memo.begin(paths);
    assertEquals(1, memo.compare(now, null, null));
    assertNull(memo.find("page", now), "one of its values changed");

    values.put("structure", "cd34"); // back to what the page was made with
    memo.begin(paths);
    assertEquals(1, memo.compare(now, null, null), "changed again, against the last build");
    assertNull(
        memo.find("page", d -> "never asked"),
        "not checked in the last build: compared whole, with the values of now");
    assertEquals(entry(), memo.find("page", now), "compared whole, it holds");
    memo.begin(paths);
    memo.compare(now, d -> d.startsWith("structure"), null);
    assertEquals(entry(), memo.find("page", d -> "never asked"), "confirmed in the last build");

    memo.begin(paths); // a build that did not look at the page
    memo.compare(now, null, null);
    values.put("structure", "ef56");
    memo.begin(paths);
    assertEquals(1, memo.compare(now, null, null));
    values.put("structure", "cd34");
    assertEquals(
        entry(), memo.find("page", now), "confirmed two builds ago: compared whole, and holds");
  }

  /**
   * serve skips the look-ups a site made from the last one gives alike, only when the memo's values
   * were looked up in that very site: a compare that fails half way, or a memo read from a file,
   * names none.
   */
  @Test
  void theMemoTellsWhichSiteItsValuesWereLookedUpIn() {
    PageMemo memo = new PageMemo("salt");
    assertEquals(0, memo.comparedIn(), "none yet");
    memo.put("page", entry());
    memo.begin(Set.of());
    memo.compare(entry().dependencies()::get, null, null, 7);
    assertEquals(7, memo.comparedIn());
    memo.begin(Set.of());
    assertThrows(
        IllegalStateException.class,
        () ->
            memo.compare(
                d -> {
                  throw new IllegalStateException("a look-up failed");
                },
                null,
                null,
                8));
    assertEquals(0, memo.comparedIn(), "half looked up in site 8, half in 7: in no one site");
    memo.begin(Set.of());
    memo.compare(entry().dependencies()::get, null, null, 9);
    assertTrue(memo.save(dir.resolve("cache-site")));
    assertEquals(0, PageMemo.load(dir.resolve("cache-site"), "salt").comparedIn());
  }

  @Test
  void aMemoReadFromItsFileCountsAsCheckedByTheBuildThatSavedIt() {
    PageMemo memo = new PageMemo("salt");
    memo.put("k", entry());
    Map<String, String> other = new java.util.HashMap<>(entry().dependencies());
    other.put("structure", "99"); // disagrees with k's: only a damaged file could say so
    memo.put("j", new PageMemo.Entry(other, "1:2:3", null, List.of()));
    memo.put("lone", new PageMemo.Entry(Map.of("clock", "2026-12-03"), "1:2:3", null, List.of()));
    assertTrue(memo.save(dir.resolve("cache")));
    for (String now : new String[] {"cd34", "99"}) { // k's value, then j's: either may load first
      PageMemo read = PageMemo.load(dir.resolve("cache"), "salt");
      read.begin(Set.of());
      Map<String, String> values = new java.util.HashMap<>(entry().dependencies());
      values.put("structure", now);
      values.put("clock", "2026-12-03");
      assertEquals(
          1, read.compare(values::get, null, null), "the value they disagree on has changed");
      assertNull(read.find("k", d -> "never asked"), now);
      assertNull(read.find("j", d -> "never asked"), now);
      assertEquals("1:2:3", read.find("lone", d -> "never asked").checksum());
    }
  }

  private static PageMemo.Entry entry() {
    return new PageMemo.Entry(
        Map.of("field\u0000d:essays/a.html\u0000title", "ab12", "structure", "cd34"),
        "12:ab:cd",
        Set.of("method", "é ✓ \uD83D\uDE00"),
        List.of(
            new FragmentIndex.Link(
                "essays/a.html",
                "essays/a.md",
                new FragmentIndex.Position(3, 4),
                "link",
                "b.html#x",
                "essays/b.html",
                "x"),
            new FragmentIndex.Link(
                "index.html",
                null,
                new FragmentIndex.Position(0, 0),
                "src",
                "b.html#y",
                "essays/b.html",
                "y")));
  }

  @Test
  void savedMemoReadsBackEqual() {
    PageMemo memo = new PageMemo("salt");
    memo.put("k", entry());
    memo.put("xml", new PageMemo.Entry(Map.of(), "0:0:0", null, List.of()));
    assertTrue(memo.save(dir.resolve("cache")));
    PageMemo read = PageMemo.load(dir.resolve("cache"), "salt");
    assertEquals(entry(), read.find("k", d -> d.equals("structure") ? "cd34" : "ab12"));
    assertNull(read.find("xml", d -> "").ids(), "a page that is not HTML has no ids");
    assertNull(read.find("k", d -> "changed"), "a changed dependency misses");
  }

  @Test
  void corruptForeignOrUnmarkedCachesAreIgnored() throws IOException {
    PageMemo memo = new PageMemo("salt");
    memo.put("k", entry());
    memo.save(dir.resolve("cache"));
    assertEquals(0, PageMemo.load(dir.resolve("cache"), "other salt").size(), "foreign");
    Path file = dir.resolve("cache").resolve(PageMemo.FILE);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    assertEquals(0, PageMemo.load(dir.resolve("cache"), "salt").size(), "corrupt");
    Files.write(file, new byte[] {1, 2, 3});
    assertEquals(0, PageMemo.load(dir.resolve("cache"), "salt").size(), "truncated");
    Files.write(file, new byte[8]);
    assertEquals(0, PageMemo.load(dir.resolve("cache"), "salt").size(), "empty, zero sum");

    Path foreign = Files.createDirectories(dir.resolve("theirs"));
    Files.writeString(foreign.resolve("notes.txt"), "not ours");
    assertFalse(memo.save(foreign), "a folder notebake did not make is left alone");
    assertEquals(List.of(foreign.resolve("notes.txt")), Files.list(foreign).toList());
  }

  /**
   * Found on a vault with a screenshot in every note: a page's link check asks whether the photo's
   * variants exist, which only the photos stage decides, so the memo is compared after it; compared
   * before, every such page was made again at every bake.
   */
  @Test
  void aSecondBakeReusesThePageOfANoteWithAPhoto() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
            -- content/essays/harbour.md --
            ---
            title: Harbour
            date: 2024-01-01
            ---
            The harbour at dawn. ![[harbour.png|The harbour at dawn]]
            -- content/essays/other.md --
            ---
            date: 2024-02-01
            ---
            See [[harbour]].
            """);
    java.awt.image.BufferedImage pixels =
        new java.awt.image.BufferedImage(1600, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 1600; x++) {
      pixels.setRGB(x, x * 900 / 1600, 0xffc040);
    }
    javax.imageio.ImageIO.write(
        pixels, "png", site.root().resolve("content/essays/harbour.png").toFile());
    assertEquals(0, site.bake().exitCode());
    var clean = IncrementalBuildTest.tree(site.output());
    assertTrue(
        clean.keySet().stream().anyMatch(path -> path.matches(".*harbour.*-960w\\..*")),
        "the photo has variants: " + clean.keySet());
    for (int i = 0; i < 3; i++) {
      SiteFixture.Result again = site.bake("-v");
      assertTrue(
          again.out().matches("(?s).*reused: \\d+ of \\d+ note bodies, (\\d+) of \\1 pages.*"),
          again.out());
      assertEquals(clean, IncrementalBuildTest.tree(site.output()));
    }
  }

  /**
   * Found on obsidian-help, whose notes have no dates: an undated note is dated by its file, so an
   * edit moves it to the top of the essays, and every page was made again, because every page's
   * header asks whether there are essays at all. Such a page depends on how many there are; only a
   * page that reads the list (or a neighbour) depends on its order.
   */
  @Test
  void aNoteMovedInTheListOfEssaysLeavesThePagesThatOnlyCountThem() throws IOException {
    // e1 moved from last to first: e1, e2 and e6 have new neighbours, the lists a new order; the
    // pages of e3, e4 and e5 only count the essays.
    int reused = pagesReusedAfterTheOldestIsRedated(6, i -> "");
    assertTrue(reused >= 3, "pages reused: " + reused);
  }

  /**
   * A new essay changes how many there are, and every page's header asked that through {@code
   * essays?has_content}: all pages were made again for each new note. The header asks only whether
   * there are any now; the pages of essays that are not the new one's neighbours are reused.
   */
  @Test
  void aNewEssayLeavesThePagesThatOnlyAskWhetherThereAreEssays() throws IOException {
    StringBuilder notes = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      notes.append("-- content/essays/e" + i + ".md --\n---\ndate: 2024-0" + i + "-01\n");
      notes.append("---\nEssay ").append(i).append(".\n");
    }
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE + notes);
    assertEquals(0, site.bake().exitCode());
    // The oldest: e1 gets a neighbour, the lists a new item.
    Files.writeString(
        site.root().resolve("content/essays/e0.md"), "---\ndate: 2023-12-01\n---\nEssay 0.\n");
    SiteFixture.Result second = site.bake("-v");
    assertEquals(0, second.exitCode(), second.toString());
    java.util.regex.Matcher reused =
        java.util.regex.Pattern.compile("reused: \\d+ of \\d+ note bodies, (\\d+) of \\d+ pages")
            .matcher(second.out());
    assertTrue(reused.find(), second.out());
    // e2..e6's pages at least (e1 and e0 have new neighbours; lists, feeds and sitemap changed).
    assertTrue(Integer.parseInt(reused.group(1)) >= 5, second.out());
    Path clean = dir.resolve("clean");
    assertEquals(
        0,
        SiteFixture.run("bake", "--source", site.root().toString(), "--output", clean.toString())
            .exitCode());
    assertEquals(IncrementalBuildTest.tree(clean), IncrementalBuildTest.tree(site.output()));
  }

  /**
   * Found on tanepiper/obsidian-garden: a tag's page and feeds depended on every list of the site,
   * so any edit that moved a note in one tag's list (an undated note's edit) made every tag's page
   * and feed again (20 of 150 pages reused); they depend on their own tag's lists and names now.
   */
  @Test
  void aNoteMovedInOneTagLeavesTheOtherTagsPagesAndFeeds() throws IOException {
    // e1 moved from first to last in alpha and in the essays: e3's page, and beta's page and
    // feeds, are what they were.
    assertEquals(
        4,
        pagesReusedAfterTheOldestIsRedated(
            4, i -> "tags: [" + (i <= 2 ? "alpha" : "beta") + "]\n"));
  }

  /**
   * A page that prints another note's body (an index listing bodies, as JBake's example does) gets
   * it rebased to itself; it depends on that body, so an edit of the note makes it again.
   */
  @Test
  void aPagePrintingAnotherNotesBodyIsMadeAgainWhenThatBodyChanges() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/essays/deep/e1.md --
                ---
                date: 2024-01-01
                ---
                First draft, see [[e2]].
                -- content/essays/e2.md --
                ---
                date: 2024-02-01
                ---
                Second.
                -- templates/index.ftl --
                <html><head><title>Home</title></head><body><#list published_posts as post>${post.body}</#list></body></html>
                """);
    assertEquals(0, site.bake().exitCode());
    assertTrue(site.read("index.html").contains("First draft"), site.read("index.html"));
    Path first = site.root().resolve("content/essays/deep/e1.md");
    Files.writeString(first, Files.readString(first).replace("First draft", "Final text"));
    SiteFixture.Result second = site.bake("-v");
    assertEquals(0, second.exitCode(), second.toString());
    String index = site.read("index.html");
    assertTrue(index.contains("Final text") && index.contains("href=\"essays/e2.html\""), index);
    Path clean = dir.resolve("clean");
    assertEquals(
        0,
        SiteFixture.run("bake", "--source", site.root().toString(), "--output", clean.toString())
            .exitCode());
    assertEquals(IncrementalBuildTest.tree(clean), IncrementalBuildTest.tree(site.output()));
  }

  /**
   * Bakes {@code count} essays e1..e{@code count}, dated a month apart (front matter lines from
   * {@code more}), redates e1 the newest, bakes again and checks the output equals a clean bake's;
   * returns how many pages the second bake reused.
   */
  private int pagesReusedAfterTheOldestIsRedated(
      int count, java.util.function.IntFunction<String> more) throws IOException {
    StringBuilder notes = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      notes.append("-- content/essays/e" + i + ".md --\n---\ndate: 2024-0" + i + "-01\n");
      notes.append(more.apply(i)).append("---\nEssay ").append(i).append(".\n");
    }
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE + notes);
    assertEquals(0, site.bake().exitCode());
    Path first = site.root().resolve("content/essays/e1.md");
    Files.writeString(first, Files.readString(first).replace("2024-01-01", "2024-09-01"));
    SiteFixture.Result second = site.bake("-v");
    java.util.regex.Matcher reused =
        java.util.regex.Pattern.compile("reused: \\d+ of \\d+ note bodies, (\\d+) of \\d+ pages")
            .matcher(second.out());
    assertTrue(reused.find(), second.out());
    Path clean = dir.resolve("clean");
    assertEquals(
        0,
        SiteFixture.run("bake", "--source", site.root().toString(), "--output", clean.toString())
            .exitCode());
    assertEquals(IncrementalBuildTest.tree(clean), IncrementalBuildTest.tree(site.output()));
    return Integer.parseInt(reused.group(1));
  }

  @Test
  void secondBakeReusesPagesFromBesideTheOutputAndABrokenCacheIsRebuilt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
            -- content/essays/signals.md --
            ---
            title: Signals
            date: 2024-01-01
            tags: [radio]
            ---
            ## Method
            The first version, see [[lanterns#Light]].
            -- content/essays/lanterns.md --
            ---
            date: 2024-02-01
            ---
            ## Light
            A lamp.
            """);
    assertEquals(0, site.bake().exitCode());
    Path cache = BodyMemo.folderFor(site.output());
    assertTrue(Files.isRegularFile(cache.resolve(PageMemo.FILE)));
    var clean = IncrementalBuildTest.tree(site.output());
    SiteFixture.Result second = site.bake("-v");
    assertTrue(
        second.out().matches("(?s).*reused: \\d+ of \\d+ note bodies, (\\d+) of \\1 pages.*"),
        second.out());
    assertEquals(clean, IncrementalBuildTest.tree(site.output()));

    for (byte[] junk : List.of(new byte[] {0}, "notebake page memo\n".repeat(99).getBytes())) {
      Files.write(cache.resolve(PageMemo.FILE), junk);
      SiteFixture.Result again = site.bake("-v");
      assertEquals(0, again.exitCode(), again.toString());
      assertTrue(again.out().contains(" 0 of "), "nothing reused from junk: " + again.out());
      assertEquals(clean, IncrementalBuildTest.tree(site.output()));
    }
    assertTrue(Files.size(cache.resolve(PageMemo.FILE)) > 100, "rebuilt after the junk");
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
