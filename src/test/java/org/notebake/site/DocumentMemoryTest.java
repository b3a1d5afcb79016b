package org.notebake.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.incremental.PageMemo;

/**
 * serve's document memory: a rebuild takes over the documents of notes whose inputs are unchanged,
 * and still makes exactly what a clean bake makes when an edit reaches another note's document only
 * through what is related to it, links to it or shares its tags.
 */
class DocumentMemoryTest {
  @TempDir Path dir;

  private final DocumentMemory documents = new DocumentMemory();
  private final PageMemo pages = new PageMemo("start");
  private static long clock = System.currentTimeMillis() - 5L * 24 * 3600 * 1000;

  @Test
  void unchangedNotesKeepTheirDocumentsAndEditsReachEveryPageThatShowsThem() throws IOException {
    Path vault = vault();
    for (String name : new String[] {"Alpha", "Beta", "Gamma", "Delta"}) {
      essay(vault, name, "2026-01-0" + (name.length() % 9 + 1), "observability, tracing", "");
    }
    essay(vault, "Linker", "2026-02-01", "cooking", "See [[Alpha]] for the method.");

    rebuild(vault, "first build");
    rebuild(vault, "nothing changed");
    assertEquals(5, documents.reused(), "every document taken over when nothing changed");

    // Retitling Beta changes its own document, the related-essays lists that show it and
    // Alpha's neighbours: the other documents' pages must show the new title.
    edit(vault.resolve("essays/Beta.md"), "title: Beta", "title: Beta v2");
    rebuild(vault, "retitled Beta");
    assertTrue(documents.reused() >= 2, "the untouched documents were taken over");
    assertTrue(
        Files.readString(dir.resolve("inc/essays/alpha.html")).contains("Beta v2"),
        "Alpha's related essays show Beta's new title");

    // Editing Linker's text changes the backlink context Alpha's page shows.
    edit(vault.resolve("essays/Linker.md"), "for the method", "for the revised method");
    rebuild(vault, "edited Linker's link context");
    assertTrue(
        Files.readString(dir.resolve("inc/essays/alpha.html")).contains("revised method"),
        "Alpha's backlinks show Linker's new context");

    // A tag moved to another essay: related lists change everywhere.
    edit(vault.resolve("essays/Gamma.md"), "tags: [observability, tracing]", "tags: [cooking]");
    rebuild(vault, "moved Gamma to another tag");
  }

  @Test
  void aNewNeighbourShowsOnTheEssaysBesideIt() throws IOException {
    Path vault = vault();
    // JBake's own templates read an essay's neighbours; the built-in theme does not.
    write(
        vault.resolve("templates/post.ftlh"),
        "<html><body><h1>${content.title}</h1>"
            + "<p>older: ${(content.previousContent.title)!\"none\"}</p>"
            + "<p>newer: ${(content.nextContent.title)!\"none\"}</p></body></html>\n");
    // Each its own tag: no related essays, whose change would make a document anew anyway.
    essay(vault, "Early", "2026-01-01", "moss", "");
    essay(vault, "Late", "2026-03-01", "tide", "");
    rebuild(vault, "two essays");
    assertTrue(Files.readString(dir.resolve("inc/essays/early.html")).contains("newer: Late"));

    essay(vault, "Middle", "2026-02-01", "quill", "");
    rebuild(vault, "an essay between them");
    assertTrue(documents.reused() >= 2, "Early and Late were taken over");
    assertTrue(
        Files.readString(dir.resolve("inc/essays/early.html")).contains("newer: Middle"),
        "the neighbour is not the document's own field: it is hashed again");
  }

  /**
   * A build that stops after its documents are made but before its pages (the output refused) is
   * not "the last build" for the documents either: an essay edited in it and taken over by the next
   * build is a document the page memo never saw.
   */
  @Test
  void aBuildThatStopsBeforeItsPagesIsNotTheLastBuildForTheDocuments() throws IOException {
    Path vault = vault();
    // A page that reads only two fields of its essay: nothing else of it tells the edit.
    write(
        vault.resolve("templates/post.ftlh"),
        "<html><body><h1>${content.title}</h1>${content.body}</body></html>\n");
    essay(vault, "Alpha", "2026-01-01", "moss", "The first text.");
    essay(vault, "Beta", "2026-01-02", "tide", "");
    rebuild(vault, "two essays");

    edit(vault.resolve("essays/Alpha.md"), "The first text.", "The second text.");
    Path marker = dir.resolve("inc/.notebake-output");
    Path aside = dir.resolve("marker-aside");
    Files.move(marker, aside); // a folder notebake did not make: refused before any page
    SiteBuilder stopped =
        new SiteBuilder(ConfigLoader.load(vault, dir.resolve("inc")), new Diagnostics())
            .withPageMemo(pages)
            .withDocumentMemory(documents);
    org.junit.jupiter.api.Assertions.assertThrows(
        org.notebake.site.output.OutputRefusedException.class, () -> stopped.build(true, false));
    Files.move(aside, marker);

    rebuild(vault, "the output ours again");
    assertTrue(Files.readString(dir.resolve("inc/essays/alpha.html")).contains("The second text"));
  }

  /** A vault whose essays/ folder is published. */
  private Path vault() throws IOException {
    Path vault = dir.resolve("vault");
    write(
        vault.resolve("jbake.properties"),
        "site.host=https://avery.example.org\nsite.title=Field notes\nsite.author=Avery Quinn\n"
            + "content.folder=.\npublish.folders=essays\n");
    return vault;
  }

  /** Builds incrementally into inc/ and cleanly into a fresh folder; both must be the same. */
  private void rebuild(Path vault, String what) throws IOException {
    Diagnostics incremental = new Diagnostics();
    pages.resetCounts();
    new SiteBuilder(ConfigLoader.load(vault, dir.resolve("inc")), incremental)
        .withPageMemo(pages)
        .withDocumentMemory(documents)
        .build(true, true);
    pages.retainUsed();
    Path clean = dir.resolve("clean-" + what.replace(' ', '-').replace('\'', '-'));
    Diagnostics fresh = new Diagnostics();
    new SiteBuilder(ConfigLoader.load(vault, clean), fresh).build(true, true);
    assertEquals(fresh.sorted(), incremental.sorted(), what + ": diagnostics");
    assertEquals(tree(clean), tree(dir.resolve("inc")), what + ": output");
  }

  private static void essay(Path vault, String name, String date, String tags, String text)
      throws IOException {
    write(
        vault.resolve("essays/" + name + ".md"),
        "---\ntitle: "
            + name
            + "\ndate: "
            + date
            + "\ntags: ["
            + tags
            + "]\npublish: true\n---\n# "
            + name
            + "\n\nAbout "
            + name.toLowerCase(java.util.Locale.ROOT)
            + ". "
            + text
            + "\n");
  }

  private static void edit(Path file, String from, String to) throws IOException {
    write(file, Files.readString(file).replace(from, to));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    touch(file);
  }

  /** Each write a second after the last, long enough ago that caches trust the file's stamp. */
  private static void touch(Path file) throws IOException {
    clock += 1000;
    Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString();
        if (!name.startsWith(".notebake")) {
          files.put(name, Files.readString(file, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return files;
  }
}
