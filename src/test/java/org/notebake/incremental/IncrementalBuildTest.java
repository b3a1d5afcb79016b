package org.notebake.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.site.BuildReport;
import org.notebake.site.SiteBuilder;

/**
 * A bake through the memo must equal a clean bake byte for byte, after any sequence of edits: a
 * seeded random walk of adds, edits, renames, deletes, publishing, tags and embeds.
 */
class IncrementalBuildTest {
  @TempDir Path dir;

  private Path vault;
  private final List<String> names = new ArrayList<>();
  private Random random;

  /** serve's other caches, used with the memo: parsed notes and the output's file stamps. */
  private org.notebake.vault.NoteCache notes = new org.notebake.vault.NoteCache();

  private org.notebake.site.output.OutputMemory outputs =
      new org.notebake.site.output.OutputMemory();

  private org.notebake.site.DocumentMemory documents = new org.notebake.site.DocumentMemory();

  /** serve's last build, and the entries changed since as its watcher would name them. */
  private org.notebake.site.LastBuild last = new org.notebake.site.LastBuild();

  private java.util.Set<Path> changes;

  /**
   * Every write gets its own modification time, a second after the last and long enough ago that
   * the note cache keeps it: an edit the cache missed would show as a stale page.
   */
  private static long clock = System.currentTimeMillis() - 10L * 24 * 3600 * 1000;

  @Test
  void randomEditSequencesGiveTheCleanBakesOutput() throws IOException {
    for (long seed : new long[] {1, 2}) {
      walk(seed, 20);
    }
  }

  /**
   * The same walk with odd Unicode in note names, titles, tags and text: CJK, a decomposed accent
   * (as a Mac names files), a right-to-left override, a letter outside the basic plane.
   */
  @Test
  void randomEditsWithOddUnicodeNamesGiveTheCleanBakesOutput() throws IOException {
    words = ODD_WORDS;
    for (long seed : new long[] {1, 3}) {
      walk(seed, 20);
    }
  }

  private static final String[] PLAIN_WORDS = {
    "lantern", "signal", "harbour", "moss", "ledger", "copper", "tide", "quill"
  };

  private static final String[] ODD_WORDS = {
    "lantern",
    "signal",
    "harbour",
    "moss",
    "\u89c2\u6d4b",
    "cafe\u0301",
    "\u202eevil",
    "\ud835\udd18nit"
  };

  private String[] words = PLAIN_WORDS;

  private void walk(long seed, int steps) throws IOException {
    random = new Random(seed);
    names.clear();
    newVault("vault-" + seed, SITE);
    for (int i = 0; i < 6; i++) {
      addNote();
    }
    // The folder's own page lists every essay, and links to the pages of two of the walk's tags.
    write(
        vault.resolve("essays/index.md"),
        "---\ntitle: Every essay\n---\nSee [[tags/"
            + words[0]
            + "]], [[tags/"
            + words[4]
            + "]].\n");
    footer("");
    write(vault.resolve("data/people.yaml"), "name: Avery Quinn\n");
    // The first build that finds something would make the key (and say so) for the other one.
    write(vault.resolve(".notebake/finding-id.key"), "ab".repeat(32) + "\n");
    BodyMemo memo = new BodyMemo("start");
    notes = new org.notebake.vault.NoteCache();
    outputs = new org.notebake.site.output.OutputMemory();
    documents = new org.notebake.site.DocumentMemory();
    last = new org.notebake.site.LastBuild();
    changes = null;
    PageMemo pages = new PageMemo("start");
    int reused = 0;
    int reusedPages = 0;
    int reusedDocuments = 0;
    // Now and then the page memo goes through its file, as between two bakes.
    Random reload = new Random(seed * 31);
    int reloads = 0;
    for (int step = 0; step <= steps; step++) {
      Map<Path, String> before = snapshot(vault);
      String what = step == 0 ? "first bake" : edit();
      changes = step == 0 ? null : changed(before, snapshot(vault));
      Path incremental = dir.resolve("inc-" + seed);
      Path clean = dir.resolve("clean-" + seed + "-" + step);
      memo.resetCounts();
      pages.resetCounts();
      List<Diagnostic> a = bake(incremental, memo, pages);
      memo.retainUsed();
      pages.retainUsed();
      reused += memo.hits();
      reusedPages += pages.hits();
      reusedDocuments += documents.reused();
      if (reload.nextInt(3) == 0) {
        assertTrue(pages.save(dir.resolve("cache-" + seed)));
        pages = PageMemo.load(dir.resolve("cache-" + seed), pages.salt());
        reloads++;
      }
      List<Diagnostic> b = bake(clean, null, null);
      String context = "seed " + seed + ", step " + step + " (" + what + ")";
      assertEquals(b, a, context + ": diagnostics");
      if (b.stream().noneMatch(Diagnostic::isError)) {
        assertEquals(tree(clean), tree(incremental), context + ": output");
      } // else neither wrote anything: the diagnostics are the result
    }
    assertTrue(
        last.shortBuilds() >= 2,
        "edits of a note's text alone redid only that note: " + last.shortBuilds() + " times");
    if (words == ODD_WORDS) {
      return; // the plain walk's seeds are the ones the memos' use is counted on
    }
    assertTrue(reloads > 0, "the walk read the page memo from its file");
    // A configuration change empties both memos; the rest reuse bodies and pages.
    // (A build that redid only the notes edited looked up no other body.)
    int whole = steps - last.shortBuilds();
    assertTrue(reused >= whole / 2, "the memo was used: " + reused + " bodies reused");
    assertTrue(
        reusedPages >= steps * 3, "the page memo was used: " + reusedPages + " pages reused");
    assertTrue(
        reusedDocuments >= steps / 2,
        "documents were taken over: " + reusedDocuments + " documents reused");
  }

  /**
   * The site's own footer: the theme's with a data file's value and {@code extra} added, so that
   * data files and a template the site overrides are inputs of every page.
   */
  private void footer(String extra) throws IOException {
    String theme =
        Files.readString(Path.of("templates/partials/footer.ftlh"), StandardCharsets.UTF_8);
    write(
        vault.resolve("templates/partials/footer.ftlh"),
        theme.replace(
            "</footer>",
            "<p class=\"who\">${(data.get(\"people.yaml\").name)!\"nobody\"}"
                + extra
                + "</p>\n</footer>"));
  }

  /** Found in a real bake: a sidecar's alt text is an input of every body that embeds the photo. */
  @Test
  void aSidecarsAltTextReachesAMemoisedBody() throws IOException {
    newVault("vault-alt", SITE);
    java.awt.image.BufferedImage pixels =
        new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(pixels, "png", vault.resolve("essays/me.png").toFile());
    write(vault.resolve("essays/About.md"), "![[me.png|20]]\n\nAbout.\n");
    BodyMemo memo = new BodyMemo("start");
    List<Diagnostic> before = bake(dir.resolve("inc-alt"), memo);
    assertTrue(before.toString().contains("no alt text"), before.toString());
    write(vault.resolve("essays/me.png.md"), "---\nalt: A monogram\n---\n");
    List<Diagnostic> after = bake(dir.resolve("inc-alt"), memo);
    assertCleanBakeGives(after, "inc-alt");
    assertTrue(Files.readString(dir.resolve("inc-alt/essays/about.html")).contains("A monogram"));
  }

  @Test
  void aLinkToAFileOfAnotherTypeIsToldWhenTheFileComesAndGoes() throws IOException {
    newVault("vault-other", SITE);
    write(vault.resolve("essays/Styled.md"), "See [the style](demo/main.css).\n");
    BodyMemo memo = new BodyMemo("start");
    List<Diagnostic> before = bake(dir.resolve("inc-other"), memo);
    assertTrue(before.toString().contains("matches no published note"), before.toString());
    write(vault.resolve("essays/demo/main.css"), "body { color: teal }\n");
    List<Diagnostic> added = bake(dir.resolve("inc-other"), memo);
    assertCleanBakeGives(added, "inc-other");
    assertTrue(added.toString().contains("is essays/demo/main.css, a .css file"), added.toString());
    Files.delete(vault.resolve("essays/demo/main.css"));
    List<Diagnostic> removed = bake(dir.resolve("inc-other"), memo);
    assertCleanBakeGives(removed, "inc-other");
    assertTrue(removed.toString().contains("matches no published note"), removed.toString());
  }

  @Test
  void aLinkToAnIdInAnotherNotesHtmlFollowsTheId() throws IOException {
    newVault("vault-ids", SITE);
    write(vault.resolve("essays/Linker.md"), "See [the overview](Syntax.md#overview).\n");
    write(vault.resolve("essays/Syntax.md"), "<h2 id=\"overview\">Overview</h2>\n\nText.\n");
    BodyMemo memo = new BodyMemo("start");
    List<Diagnostic> before = bake(dir.resolve("inc-ids"), memo);
    assertTrue(!before.toString().contains("overview"), before.toString());
    write(vault.resolve("essays/Syntax.md"), "<h2 id=\"summary\">Summary</h2>\n\nText.\n");
    List<Diagnostic> after = bake(dir.resolve("inc-ids"), memo);
    assertCleanBakeGives(after, "inc-ids");
    assertTrue(after.toString().contains("has no heading \"overview\""), after.toString());
  }

  /**
   * A new note or picture changes the vault's names, and every body was rendered again for it (at
   * 10,000 notes, all of them). Now a body is rendered again only if one of its links or embeds now
   * finds something else: a link to the missing note, a suggestion, a picture by name.
   */
  @Test
  void aNewNoteOrPictureRendersOnlyTheNotesWhoseLinksNowFindSomethingElse() throws IOException {
    newVault("vault-names", SITE);
    write(vault.resolve("essays/Linker.md"), "See [[Guest]].\n");
    write(vault.resolve("essays/Waiting.md"), "See [[Later]] and [the shot](shot.png).\n");
    write(vault.resolve("essays/Close.md"), "See [[Gust]].\n");
    write(vault.resolve("essays/Guest.md"), "A guest.\n");
    write(vault.resolve("essays/Plain.md"), "No links at all.\n");
    write(vault.resolve("essays/Pictured.md"), "![[pic.png|a picture]]\n");
    writePng(vault.resolve("essays/pic.png"));
    BodyMemo memo = new BodyMemo("start");
    List<Diagnostic> before = bake(dir.resolve("inc-names"), memo);
    assertTrue(
        before.toString().contains("\"Later\" matches no published note"), before.toString());

    write(vault.resolve("essays/deep/Guest.md"), "Another guest, deeper.\n");
    memo.resetCounts();
    List<Diagnostic> deeper = bake(dir.resolve("inc-names"), memo);
    assertCleanBakeGives(deeper, "inc-names");
    assertEquals(
        6, memo.hits(), "[[Guest]] and the picture found as before: only the new note is new");
    assertEquals(1, memo.misses());

    write(vault.resolve("essays/Later.md"), "Now here.\n");
    memo.resetCounts();
    List<Diagnostic> later = bake(dir.resolve("inc-names"), memo);
    assertCleanBakeGives(later, "inc-names");
    assertEquals(2, memo.misses(), "Later itself, and Waiting, whose link finds it now");
    assertTrue(
        Files.readString(dir.resolve("inc-names/essays/waiting.html")).contains("later.html"));

    write(vault.resolve("essays/Gusty.md"), "Closer to a typo.\n");
    memo.resetCounts();
    List<Diagnostic> suggested = bake(dir.resolve("inc-names"), memo);
    assertCleanBakeGives(suggested, "inc-names");
    assertTrue(memo.misses() >= 1, "Gusty at least");

    writePng(vault.resolve("essays/shot.png"));
    memo.resetCounts();
    List<Diagnostic> pasted = bake(dir.resolve("inc-names"), memo);
    assertCleanBakeGives(pasted, "inc-names");
    assertEquals(1, memo.misses(), "Waiting, whose link finds the picture now");
    assertTrue(Files.readString(dir.resolve("inc-names/essays/waiting.html")).contains("shot"));
  }

  @Test
  void editingAnEmbeddedOrLinkedNoteRendersTheNotesThatUseItAgain() throws IOException {
    newVault("vault", SITE);
    write(vault.resolve("essays/Host.md"), "Host.\n\n![[Guest]]\n");
    write(vault.resolve("essays/Linker.md"), "See [[Guest#Method]].\n");
    write(vault.resolve("essays/Guest.md"), "## Method\n\nThe first text.\n");
    write(vault.resolve("essays/Other.md"), "Unrelated.\n");
    BodyMemo memo = new BodyMemo("start");
    bake(dir.resolve("inc"), memo);
    write(vault.resolve("essays/Guest.md"), "## Approach\n\nThe second text.\n");
    memo.resetCounts();
    List<Diagnostic> a = bake(dir.resolve("inc"), memo);
    assertEquals(1, memo.hits(), "only Other is reused");
    assertEquals(3, memo.misses(), "Guest, Host (embeds it) and Linker (links a heading of it)");
    assertCleanBakeGives(a, "inc");
    assertTrue(a.toString().contains("Method"), "the broken heading link is reported: " + a);
    assertTrue(Files.readString(dir.resolve("inc/essays/host.html")).contains("The second text"));
  }

  @Test
  void aShortBuildRendersTheNotesThatEmbedTheEditedNoteAgain() throws IOException {
    newVault("vault-short", SITE);
    write(vault.resolve("essays/Host.md"), "Host.\n\n![[Guest]]\n");
    write(vault.resolve("essays/Guest.md"), "## Method\n\nThe first text.\n");
    write(vault.resolve("essays/Other.md"), "Unrelated, see [[Guest]].\n");
    BodyMemo memo = new BodyMemo("start");
    bake(dir.resolve("inc-short"), memo);
    Path guest = vault.resolve("essays/Guest.md");
    write(guest, "## Method\n\nThe second text.\n");
    changes = java.util.Set.of(guest, vault.resolve("essays/.Guest.md.swp-gone"));
    memo.resetCounts();
    List<Diagnostic> a = bake(dir.resolve("inc-short"), memo);
    assertEquals(1, last.shortBuilds(), "an edit of the text alone takes the short way");
    assertEquals(3, memo.misses(), "Guest, Host (embeds it) and Other (links to it) again");
    assertTrue(
        Files.readString(dir.resolve("inc-short/essays/host.html")).contains("The second text"));
    assertCleanBakeGives(a, "inc-short");
    // A note with something to say (a link to a private note) says it again, once.
    Files.createDirectories(vault.resolve("drafts"));
    write(vault.resolve("drafts/Secret.md"), "Private.\n");
    write(vault.resolve("essays/Other.md"), "Unrelated, see [[Guest]] and [[Secret]].\n");
    changes = null;
    bake(dir.resolve("inc-short"), memo);
    write(vault.resolve("essays/Other.md"), "Unrelated, see [[Guest]] and [[Secret]].\n\nMore.\n");
    changes = java.util.Set.of(vault.resolve("essays/Other.md"));
    a = bake(dir.resolve("inc-short"), memo);
    assertEquals(2, last.shortBuilds(), "a note with a warning takes the short way too");
    assertTrue(a.toString().contains("private note"), a.toString());
    assertCleanBakeGives(a, "inc-short");
    // The cards of the last build are used again only while their cache holds what it held.
    try (Stream<Path> cards = Files.list(dir.resolve(".inc-short.cards"))) {
      for (Path card : cards.toList()) {
        Files.delete(card);
      }
    }
    // The sentence around a link is its backlink's context, on the page it leads to.
    Path other = vault.resolve("essays/Other.md");
    write(other, "Related after all, see [[Guest]] and [[Secret]].\n\nMore.\n");
    changes = java.util.Set.of(other);
    a = bake(dir.resolve("inc-short"), memo);
    assertEquals(3, last.shortBuilds());
    assertTrue(
        Files.readString(dir.resolve("inc-short/essays/guest.html")).contains("Related after all"));
    assertCleanBakeGives(a, "inc-short");
    // A new file is more than an edit: the whole build finds it.
    Path added = vault.resolve("essays/Added.md");
    write(added, "Added.\n");
    changes = java.util.Set.of(added);
    bake(dir.resolve("inc-short"), memo);
    assertEquals(3, last.shortBuilds());
    assertTrue(Files.exists(dir.resolve("inc-short/essays/added.html")));
  }

  /**
   * The short way reuses the last index ({@code SiteIndex.afterEdits}); a section embedded from the
   * edited note ({@code ![[Guest#Method]]}) is still found in the note as it is now, where an edit
   * above it moved its lines.
   */
  @Test
  void aSectionEmbeddedFromAnEditedNoteIsReadWhereItIsNow() throws IOException {
    newVault("vault-section", SITE);
    write(vault.resolve("essays/Host.md"), "Host.\n\n![[Guest#Method]]\n");
    Path guest = vault.resolve("essays/Guest.md");
    String text = "Intro.\n\n## Method\n\nSampled by outcome.\n\n## Results\n\nFewer pages.\n";
    write(guest, text);
    BodyMemo memo = new BodyMemo("start");
    bake(dir.resolve("inc-section"), memo);
    write(guest, text.replace("Intro.\n", "Intro.\nA second line.\nA third line.\n"));
    changes = java.util.Set.of(guest);
    List<Diagnostic> a = bake(dir.resolve("inc-section"), memo);
    assertEquals(1, last.shortBuilds(), "an edit of the text alone takes the short way");
    String host = Files.readString(dir.resolve("inc-section/essays/host.html"));
    assertTrue(host.contains("Sampled by outcome.") && !host.contains("Fewer pages."), host);
    assertCleanBakeGives(a, "inc-section");
  }

  @Test
  void aNoteWhoseNameAMacDecomposedTakesTheShortWay() throws IOException {
    newVault("vault-nfd", SITE);
    // "Café" as a Mac may write it: e and a combining accent; the vault names it in NFC.
    Path cafe = vault.resolve("essays/Cafe\u0301 notes.md");
    write(cafe, "---\ntitle: Caf\u00e9 notes\n---\nThe first text.\n");
    BodyMemo memo = new BodyMemo("start");
    bake(dir.resolve("inc-nfd"), memo);
    write(cafe, "---\ntitle: Caf\u00e9 notes\n---\nThe second text.\n");
    changes = java.util.Set.of(cafe);
    List<Diagnostic> a = bake(dir.resolve("inc-nfd"), memo);
    assertEquals(1, last.shortBuilds(), "the watcher's name is the vault's once normalised");
    assertCleanBakeGives(a, "inc-nfd");
  }

  /**
   * What filing the notes' pages, tags and covers said (a cover naming no image, two notes writing
   * one page) is said again by a short build, which files nothing anew, and the same note wins the
   * page.
   */
  @Test
  void aShortBuildSaysWhatFilingThePagesSaid() throws IOException {
    newVault("vault-filing", SITE);
    Path covered = vault.resolve("essays/Covered.md");
    write(covered, "---\ncover: missing.png\n---\nThe first text.\n");
    write(vault.resolve("essays/Twin.md"), "---\nslug: twin\n---\nOne twin.\n");
    write(vault.resolve("essays/Other twin.md"), "---\nslug: twin\n---\nThe other twin.\n");
    BodyMemo memo = new BodyMemo("start");
    bake(dir.resolve("inc-filing"), memo);
    write(covered, "---\ncover: missing.png\n---\nThe second text.\n");
    changes = java.util.Set.of(covered);
    List<Diagnostic> a = bake(dir.resolve("inc-filing"), memo);
    assertEquals(1, last.shortBuilds(), "an edit of the text alone takes the short way");
    assertTrue(a.toString().contains("missing.png"), a.toString());
    assertTrue(a.toString().contains("writes essays/twin.html"), a.toString());
    assertEquals(bake(dir.resolve("clean-inc-filing"), null), a);
  }

  /**
   * A short build that fails (an edit publishes a phone number: the gate stops the site) leaves the
   * served site as it was; the edit that takes it out again is short too, from the failed build's
   * kept model and page memo, and gives a clean bake's output.
   */
  @Test
  void aShortBuildAfterAFailedOneGivesTheCleanBakesOutput() throws IOException {
    newVault("vault-failed", SITE);
    Path note = vault.resolve("essays/Signals.md");
    String text = "---\ndate: 2026-03-01\ntags: [field]\n---\nWhy traces beat dashboards.\n";
    write(note, text);
    write(vault.resolve("essays/Other.md"), "---\ndate: 2026-03-02\n---\nSee [[Signals]].\n");
    // The first build that finds something would make the key (and say so) for the other one.
    write(vault.resolve(".notebake/finding-id.key"), "ab".repeat(32) + "\n");
    BodyMemo memo = new BodyMemo("start");
    PageMemo pages = new PageMemo("start");
    bake(dir.resolve("inc-failed"), memo, pages);
    write(note, text + "\nCall me on 912 555 0142.\n");
    changes = java.util.Set.of(note);
    List<Diagnostic> failed = bake(dir.resolve("inc-failed"), memo, pages);
    assertTrue(failed.stream().anyMatch(Diagnostic::isError), failed.toString());
    assertEquals(bake(dir.resolve("clean-inc-failed"), null), failed);
    assertTrue(
        Files.readString(dir.resolve("inc-failed/essays/signals.html")).contains("dashboards"),
        "the site as it was");
    write(note, text + "\nA calmer closing line.\n");
    List<Diagnostic> a = bake(dir.resolve("inc-failed"), memo, pages);
    assertEquals(2, last.shortBuilds(), "both edits of the text took the short way");
    assertTrue(Files.readString(dir.resolve("inc-failed/essays/signals.html")).contains("calmer"));
    assertCleanBakeGives(a, "inc-failed");
  }

  /**
   * A tag note's text is its tag page's: an edit of it (the short way) and its coming and going
   * (the whole build) show on that page as a clean bake shows them, through the page memo too.
   */
  @Test
  void aTagNotesTextFollowsItsEditsOntoTheTagPage() throws IOException {
    newVault(
        "vault-tag-note", SITE.replace("publish.folders=essays", "publish.folders=essays,tags"));
    Files.createDirectories(vault.resolve("tags"));
    write(
        vault.resolve("essays/Signals.md"),
        "---\ntags: [field]\n---\nWhy traces beat dashboards.\n");
    Path tagNote = vault.resolve("tags/field.md");
    write(tagNote, "Notes from the field, first draft.\n");
    write(vault.resolve(".notebake/finding-id.key"), "ab".repeat(32) + "\n");
    BodyMemo memo = new BodyMemo("start");
    PageMemo pages = new PageMemo("start");
    bake(dir.resolve("inc-tag-note"), memo, pages);
    Path tagPage = dir.resolve("inc-tag-note/tags/field.html");
    assertTrue(Files.readString(tagPage).contains("first draft"));

    write(tagNote, "Notes from the field, second draft.\n");
    changes = java.util.Set.of(tagNote);
    List<Diagnostic> a = bake(dir.resolve("inc-tag-note"), memo, pages);
    assertEquals(1, last.shortBuilds(), "an edit of the text alone takes the short way");
    assertTrue(Files.readString(tagPage).contains("second draft"), Files.readString(tagPage));
    assertCleanBakeGives(a, "inc-tag-note");

    changes = null;
    Files.delete(tagNote);
    a = bake(dir.resolve("inc-tag-note"), memo, pages);
    assertTrue(!Files.readString(tagPage).contains("draft"));
    assertCleanBakeGives(a, "inc-tag-note");

    write(tagNote, "Notes from the field, back again.\n");
    a = bake(dir.resolve("inc-tag-note"), memo, pages);
    assertTrue(Files.readString(tagPage).contains("back again"));
    assertCleanBakeGives(a, "inc-tag-note");
  }

  /**
   * A folder's page lists its notes ({@link org.notebake.render.FolderListings}): an edit of one's
   * text (the short way) and a new title show there; its link to a tag's page ({@code
   * [[tags/lantern]]}) is one while a note lists the tag, and text again when none does.
   */
  @Test
  void aFolderPageFollowsItsNotesAndALinkToATagFollowsTheTag() throws IOException {
    newVault("vault-folder", SITE);
    write(
        vault.resolve("essays/index.md"),
        "---\ntitle: All essays\n---\nEverything, newest first. See [[tags/lantern]].\n");
    Path signals = vault.resolve("essays/Signals.md");
    String signalsText =
        "---\ntitle: Signals\ndate: 2026-03-01\n---\nWhy traces beat dashboards.\n";
    write(signals, signalsText);
    Path traces = vault.resolve("essays/deep/Traces.md");
    String tracesText = "---\ntitle: Traces\ndate: 2026-03-02\n---\nSampled by outcome.\n";
    write(traces, tracesText);
    write(vault.resolve(".notebake/finding-id.key"), "ab".repeat(32) + "\n");
    BodyMemo memo = new BodyMemo("start");
    PageMemo pages = new PageMemo("start");
    bake(dir.resolve("inc-folder"), memo, pages);
    Path page = dir.resolve("inc-folder/essays/index.html");
    assertTrue(Files.readString(page).contains("Why traces beat dashboards."));

    write(signals, signalsText.replace("dashboards", "every dashboard"));
    changes = java.util.Set.of(signals);
    List<Diagnostic> a = bake(dir.resolve("inc-folder"), memo, pages);
    assertEquals(1, last.shortBuilds(), "an edit of the text alone takes the short way");
    assertTrue(Files.readString(page).contains("every dashboard"), Files.readString(page));
    assertCleanBakeGives(a, "inc-folder");

    changes = null;
    write(signals, signalsText.replace("title: Signals", "title: Signals lost"));
    a = bake(dir.resolve("inc-folder"), memo, pages);
    assertTrue(Files.readString(page).contains(">Signals lost</a>"));
    assertCleanBakeGives(a, "inc-folder");

    Path out = dir.resolve("inc-folder");
    Memos memos = new Memos(memo, pages);
    bakeLinkingToLantern(
        memos, out, traces, tracesText.replace("date:", "tags: [lantern]\ndate:"), true);
    bakeLinkingToLantern(memos, out, traces, tracesText, false);

    // The tag in the text alone (#lantern): the link finds its page again, and loses it with it,
    // whether the build is told which file changed (serve) or finds out (bake).
    Path linking = vault.resolve("essays/index.md");
    String linkingText = Files.readString(linking);
    for (java.util.Set<Path> told : java.util.Arrays.asList(java.util.Set.of(traces), null)) {
      changes = told;
      bakeLinkingToLantern(
          memos, out, traces, tracesText.replace("Sampled by", "#lantern Sampled by"), true);
      // Nothing changed: the linking page's body, which holds the link, is the memo's (it is not
      // rendered again for a tag page the first look at the index could not know).
      changes = told == null ? null : java.util.Set.of();
      memo.resetCounts();
      bakeLinkingToLantern(
          memos, out, traces, tracesText.replace("Sampled by", "#lantern Sampled by"), true);
      assertEquals(0, memo.misses(), "bodies rendered again");

      // The linking page's own text edited (serve's short way when told): the link holds.
      changes = told == null ? null : java.util.Set.of(linking);
      int shortBefore = last.shortBuilds();
      bakeLinkingToLantern(
          memos, out, linking, linkingText.replace("newest first", "the newest"), true);
      assertEquals(told == null ? shortBefore : shortBefore + 1, last.shortBuilds());
      changes = told == null ? null : java.util.Set.of(linking);
      bakeLinkingToLantern(memos, out, linking, linkingText, true);

      changes = told;
      bakeLinkingToLantern(memos, out, traces, tracesText, false);
    }
    changes = null;

    // A weight puts the older essay first (Hugo's order of a section), and taking it off undoes it.
    String newestFirst = Files.readString(page);
    assertTrue(newestFirst.indexOf(">Traces</a>") < newestFirst.indexOf(">Signals lost</a>"));
    write(signals, signalsText.replace("title: Signals", "title: Signals lost\nweight: 1"));
    a = bake(dir.resolve("inc-folder"), memo, pages);
    String weighted = Files.readString(page);
    assertTrue(weighted.indexOf(">Signals lost</a>") < weighted.indexOf(">Traces</a>"), weighted);
    assertCleanBakeGives(a, "inc-folder");

    write(signals, signalsText.replace("title: Signals", "title: Signals lost"));
    a = bake(dir.resolve("inc-folder"), memo, pages);
    assertEquals(newestFirst, Files.readString(page));
    assertCleanBakeGives(a, "inc-folder");
  }

  /**
   * Writes {@code text} to {@code note} and bakes into {@code out} with {@code memos}: the folder
   * page {@code essays/index.html} links to the tag page of {@code lantern} exactly when {@code
   * linked}, and a clean bake gives the same site.
   */
  private record Memos(BodyMemo bodies, PageMemo pages) {}

  private void bakeLinkingToLantern(Memos memos, Path out, Path note, String text, boolean linked)
      throws IOException {
    write(note, text);
    List<Diagnostic> said = bake(out, memos.bodies(), memos.pages());
    String page = Files.readString(out.resolve("essays/index.html"));
    assertEquals(linked, page.contains("href=\"../tags/lantern.html\""), page + said);
    assertCleanBakeGives(said, out.getFileName().toString());
  }

  /** A redirect page ({@code aliases: [/old/]}) comes and goes with its alias, and stays. */
  @Test
  void aRedirectFollowsItsAliasAndOutlivesAnEditOfTheText() throws IOException {
    newVault("vault-redirect", SITE);
    Path signals = vault.resolve("essays/Signals.md");
    String text = "---\ntitle: Signals\n---\nWhy traces beat dashboards.\n";
    write(signals, text);
    write(vault.resolve(".notebake/finding-id.key"), "ab".repeat(32) + "\n");
    BodyMemo memo = new BodyMemo("start");
    PageMemo pages = new PageMemo("start");
    Path out = dir.resolve("inc-redirect");
    bake(out, memo, pages);
    Path redirect = out.resolve("posts/old-signals/index.html");
    assertTrue(!Files.exists(redirect));

    changes = java.util.Set.of(signals);
    write(signals, text.replace("title:", "aliases: [/posts/old-signals/]\ntitle:"));
    List<Diagnostic> a = bake(out, memo, pages);
    assertTrue(Files.readString(redirect).contains("url=../../essays/signals.html"));
    assertCleanBakeGives(a, "inc-redirect");

    write(
        signals,
        text.replace("title:", "aliases: [/posts/old-signals/]\ntitle:")
            .replace("dashboards", "every dashboard"));
    a = bake(out, memo, pages);
    assertEquals(1, last.shortBuilds(), "an edit of the text alone takes the short way");
    assertTrue(Files.exists(redirect));
    assertCleanBakeGives(a, "inc-redirect");

    write(signals, text);
    a = bake(out, memo, pages);
    assertTrue(!Files.exists(redirect));
    assertCleanBakeGives(a, "inc-redirect");
  }

  @Test
  void aNoteReadThroughALinkKeepsTheWholeBuild() throws IOException {
    newVault("vault-link", "site.title=Field notes\ncontent.folder=.\npublish.folders=essays\n");
    Path original = vault.resolve("essays/Original.md");
    write(original, "The first text.\n");
    Files.createSymbolicLink(vault.resolve("essays/Mirror.md"), original);
    BodyMemo memo = new BodyMemo("start");
    bake(dir.resolve("inc-link"), memo);
    write(original, "The second text.\n");
    changes = java.util.Set.of(original); // the watcher names the file, not the link to it
    List<Diagnostic> a = bake(dir.resolve("inc-link"), memo);
    assertEquals(0, last.shortBuilds(), "one file is two notes: the whole build runs");
    assertTrue(
        Files.readString(dir.resolve("inc-link/essays/mirror.html")).contains("The second text"));
    assertCleanBakeGives(a, "inc-link");
  }

  /**
   * The vault's preamble.sty is no note: an edit of it (in serve, or between bakes) takes the whole
   * build, and every page with maths names the script of the macros it has now.
   */
  @Test
  void anEditOfTheMathsPreambleReachesThePagesWithMaths() throws IOException {
    newVault("vault-preamble", SITE);
    write(vault.resolve("essays/Euler.md"), "Euler: $\\R^n$.\n");
    write(vault.resolve("essays/Plain.md"), "No maths.\n");
    write(vault.resolve(".notebake/finding-id.key"), "ab".repeat(32) + "\n");
    BodyMemo memo = new BodyMemo("start");
    PageMemo pages = new PageMemo("start");
    Path out = dir.resolve("inc-preamble");
    bake(out, memo, pages);
    Path preamble = vault.resolve("preamble.sty");
    String[] edits = {
      "\\newcommand{\\R}{\\mathbb{R}}\n",
      "\\newcommand{\\R}{\\mathbf{R}}\n\\usepackage{tikz}\n",
      "\\newcommand{\\R}{\\mathbf{R}}\n",
      null
    };
    for (String text : edits) {
      Map<Path, String> before = snapshot(vault);
      if (text == null) {
        Files.delete(preamble);
      } else {
        write(preamble, text);
      }
      changes = changed(before, snapshot(vault));
      List<Diagnostic> said = bake(out, memo, pages);
      assertCleanBakeGives(said, "inc-preamble");
      assertEquals(
          text != null, Files.readString(out.resolve("essays/euler.html")).contains("preamble-"));
      assertTrue(!Files.readString(out.resolve("essays/plain.html")).contains("preamble-"));
    }
    assertEquals(0, last.shortBuilds(), "a preamble is no note's text");
  }

  /** These tests' site: essays/ published, the vault's root its content folder. */
  private static final String SITE =
      "site.host=https://avery.example.org\nsite.title=Field notes\nsite.author=Avery Quinn\n"
          + "content.folder=.\npublish.folders=essays\n";

  private void newVault(String name, String properties) throws IOException {
    vault = dir.resolve(name);
    Files.createDirectories(vault.resolve("essays"));
    Files.writeString(vault.resolve("jbake.properties"), properties);
  }

  /** That a clean bake of the vault says {@code said} and writes what {@code incremental} holds. */
  private void assertCleanBakeGives(List<Diagnostic> said, String incremental) throws IOException {
    Path clean = dir.resolve("clean-" + incremental);
    assertEquals(bake(clean, null), said);
    assertEquals(tree(clean), tree(dir.resolve(incremental)));
  }

  private List<Diagnostic> bake(Path output, BodyMemo memo) {
    return bake(output, memo, null);
  }

  private List<Diagnostic> bake(Path output, BodyMemo memo, PageMemo pages) {
    SiteConfig config = ConfigLoader.load(vault, output);
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder builder = new SiteBuilder(config, diagnostics);
    if (pages != null) {
      builder.withPageMemo(pages);
    }
    BuildReport report =
        (memo == null
                ? builder
                : builder
                    .withMemo(memo)
                    .withNoteCache(notes)
                    .withOutputMemory(outputs)
                    .withDocumentMemory(documents)
                    .withLastBuild(last, changes))
            .build(true, true);
    assertTrue(report.written() || diagnostics.hasErrors(), diagnostics.sorted().toString());
    return diagnostics.sorted();
  }

  /** Every entry of {@code root}, a folder as such, a file as its size, time and SHA-256. */
  private static Map<Path, String> snapshot(Path root) throws IOException {
    Map<Path, String> entries = new java.util.HashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path entry : walk.toList()) {
        entries.put(
            entry,
            Files.isDirectory(entry)
                ? "folder"
                : Files.size(entry)
                    + " "
                    + Files.getLastModifiedTime(entry).toMillis()
                    + " "
                    + HexFormat.of().formatHex(BodyMemo.sha256(Files.readAllBytes(entry))));
      }
    }
    return entries;
  }

  /** The entries made, deleted or changed between two snapshots: what a watcher reports. */
  private static java.util.Set<Path> changed(Map<Path, String> before, Map<Path, String> after) {
    java.util.Set<Path> out = new java.util.HashSet<>();
    before.forEach(
        (path, what) -> {
          if (!what.equals(after.get(path))) {
            out.add(path);
          }
        });
    after.keySet().stream().filter(p -> !before.containsKey(p)).forEach(out::add);
    return out;
  }

  /** Every file's path and SHA-256, the output marker included. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            HexFormat.of().formatHex(BodyMemo.sha256(Files.readAllBytes(file))));
      }
    }
    return files;
  }

  private String edit() throws IOException {
    if (names.size() < 3) {
      addNote();
      return "add";
    }
    String name = names.get(random.nextInt(names.size()));
    Path file = find(name);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String other = names.get(random.nextInt(names.size()));
    switch (random.nextInt(19)) {
      case 0 -> {
        addNote();
        return "add";
      }
      case 1 -> {
        write(file, text + "\nA new line about " + word() + ".\n");
        return "edit " + name;
      }
      case 2 -> {
        String renamed = "Renamed " + word() + " " + names.size();
        Files.move(file, file.resolveSibling(renamed + ".md"));
        names.set(names.indexOf(name), renamed);
        return "rename " + name + " to " + renamed;
      }
      case 3 -> {
        Files.delete(file);
        names.remove(name);
        return "delete " + name;
      }
      case 4 -> {
        Path moved = vault.resolve("essays").resolve(file.getFileName());
        if (!moved.equals(file)) {
          Files.move(file, moved);
        } else {
          write(file, text.replace("---\ntitle", "---\npublish: true\ntitle"));
        }
        return "publish " + name;
      }
      case 5 -> {
        Path moved = vault.resolve("drafts").resolve(file.getFileName());
        Files.createDirectories(moved.getParent());
        Files.move(file, moved);
        write(moved, text.replace("publish: true\n", ""));
        return "unpublish " + name;
      }
      case 6 -> {
        write(file, text.replace("tags: [", "tags: [" + word() + ", "));
        return "add tag to " + name;
      }
      case 7 -> {
        write(file, text.replaceFirst("tags: \\[[a-z]+, ", "tags: ["));
        return "remove tag from " + name;
      }
      case 8 -> {
        write(file, text + "\n![[" + other + "]]\n");
        return "embed " + other + " in " + name;
      }
      case 9 -> {
        write(file, text.replaceFirst("\n!\\[\\[[^\\]]+\\]\\]\n", "\n"));
        return "unembed from " + name;
      }
      case 11 -> {
        Path properties = vault.resolve("jbake.properties");
        String config = Files.readString(properties);
        write(
            properties,
            config.contains("Field notes\n")
                ? config.replace("Field notes\n", "Field notes of " + word() + "\n")
                : config.replaceFirst("Field notes of [a-z]+\n", "Field notes\n"));
        return "change site.title in jbake.properties";
      }
      case 10 -> {
        write(file, text.replace("## Method", "## Method " + word()));
        return "rename a heading of " + name;
      }
      case 12 -> {
        String extra = " " + word();
        footer(extra);
        return "change the footer template:" + extra;
      }
      case 13 -> {
        String who = word();
        write(vault.resolve("data/people.yaml"), "name: " + who + "\n");
        return "change a data file: " + who;
      }
      case 14 -> {
        String title = "Field notes " + word();
        Path properties = vault.resolve("jbake.properties");
        write(
            properties,
            Files.readString(properties).replaceFirst("site.title=[^\n]*", "site.title=" + title));
        return "change the configuration: " + title;
      }
      case 15 -> {
        write(file, text.replaceFirst("title: ([^\n]*)", "title: $1 " + word()));
        return "retitle " + name;
      }
      case 16 -> {
        write(file, text + "\nCall Avery on 912 555 0142.\n");
        return "a phone number in " + name;
      }
      case 17 -> {
        write(file, text.replace("\nCall Avery on 912 555 0142.\n", "\n"));
        return "no phone number in " + name;
      }
      default -> {
        // The sentence of its links too: their backlinks' context.
        write(
            file,
            text.replace("About ", "About " + word() + " ")
                .replace("\nSee [[", "\nSee " + word() + " in [["));
        return "edit the text of " + name;
      }
    }
  }

  private void addNote() throws IOException {
    String name = "Note " + word() + " " + names.size();
    String link = names.isEmpty() ? "" : names.get(random.nextInt(names.size()));
    // Every other note is dated in its front matter: an edit of its text leaves its date, and so
    // every list it is in, as it was (the others are dated by their file's time).
    String date = names.size() % 2 == 0 ? "\ndate: 2026-03-" + (10 + names.size() % 19) : "";
    String body =
        "---\ntitle: "
            + name
            + date
            + "\ntags: [field]\n---\n# "
            + name
            + "\n\n## Method\n\nAbout "
            + word()
            + " and #"
            + word()
            + ".\n"
            + (link.isEmpty() ? "" : "\nSee [[" + link + "]] and [[" + link + "#Method]].\n");
    Path folder = vault.resolve(random.nextBoolean() ? "essays" : "drafts");
    Files.createDirectories(folder);
    write(folder.resolve(name + ".md"), body);
    names.add(name);
  }

  private Path find(String name) throws IOException {
    try (Stream<Path> walk = Files.walk(vault)) {
      return walk.filter(p -> p.getFileName().toString().equals(name + ".md"))
          .findFirst()
          .orElseThrow();
    }
  }

  private String word() {
    return words[random.nextInt(words.length)];
  }

  /** A small picture, drawn at test time. */
  private static void writePng(Path file) throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
    Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(image, "png", file.toFile());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    clock += 1000;
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(clock));
  }
}
