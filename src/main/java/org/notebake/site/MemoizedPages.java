package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.FragmentIndex;
import org.notebake.html.ImageSizePass;
import org.notebake.incremental.Fingerprint;
import org.notebake.incremental.PageMemo;
import org.notebake.jbake.DependencyNames;
import org.notebake.jbake.JBakeSite;
import org.notebake.jbake.PlannedOutput;
import org.notebake.jbake.TemplateReads;
import org.notebake.privacy.gate.PrivacyGate;

/**
 * The templates stage through a {@link PageMemo}: a page whose inputs are unchanged is the live
 * site's file of that path (checked against the checksum remembered), and its ids and fragment
 * links are recorded again for the cross-page anchor check; any other page is made as always, with
 * what its template read, which paths its link check asked about and what it said tracked, and is
 * remembered only if it said nothing (no diagnostic, no privacy finding). The output equals a bake
 * without the memo.
 */
final class MemoizedPages {
  private static final String PATH = "path\u0000";

  private final PageMemo memo;
  private final JBakeSite site;
  private final OutputPaths paths;
  private final Path live;
  private final String state;

  /**
   * One copy of each dependency's name: pages share most of them (10,000 pages in serve's heap).
   */
  private final DependencyNames names = new DependencyNames();

  /** Makes a page: what its template reads goes to {@code reads}, what it says to {@code said}. */
  @FunctionalInterface
  interface PageMaker {
    byte[] make(TemplateReads reads, Diagnostics said, Predicate<String> siteFileExists);
  }

  /**
   * @param live the output folder as the last build left it, where reused pages are read
   * @param sizes every image's size (the image size pass reads them)
   * @param photos the photo variants (the responsive images pass reads them)
   */
  MemoizedPages(
      PageMemo memo,
      JBakeSite site,
      OutputPaths paths,
      Path live,
      Map<String, ImageSizePass.Size> sizes,
      Map<String, ?> photos) {
    this.memo = memo;
    this.site = site;
    this.paths = paths;
    this.live = live;
    boolean pathsAsBefore = memo.begin(paths.all());
    // Each value the last build's pages read, looked up once; a page it confirmed is then checked
    // only against those that changed. With the same output paths as that build, no "does this
    // path exist" can have changed; the own fields of a document taken over from that build are
    // what they were.
    // A site made from the one the memo last looked values up in lists documents as that did.
    long earlier = memo.comparedIn();
    memo.compare(
        this::comparedValue,
        name -> (pathsAsBefore && isPath(name)) || site.listedAsIn(earlier, name),
        site::takenOver,
        site.generation());
    this.state =
        new Fingerprint()
            .add(memo.salt())
            .add(new TreeMap<>(sizes))
            .add(new TreeMap<>(photos))
            .hex();
  }

  /**
   * Returned for a page the output kept as the live site has it: nothing to write. Compared by
   * identity.
   */
  static final byte[] KEPT = new byte[0];

  /**
   * The page's bytes, reused or made; {@link #KEPT} if {@code output} kept the live site's file
   * (unchanged, nothing read); null if it could not be made (the maker said why).
   */
  byte[] page(
      PlannedOutput page,
      PageMaker maker,
      PrivacyGate gate,
      FragmentIndex fragments,
      Diagnostics diagnostics,
      OutputSink output) {
    String key = new Fingerprint().add(state).add(page).hex();
    byte[] reused = reuse(page, key, fragments, output);
    if (reused != null) {
      return reused;
    }
    TemplateReads reads = new TemplateReads(names);
    Diagnostics said = new Diagnostics();
    Map<String, Boolean> asked = new java.util.concurrent.ConcurrentHashMap<>();
    byte[] bytes;
    try {
      bytes =
          maker.make(
              reads,
              said,
              path -> {
                boolean exists = paths.contains(path);
                asked.put(path, exists);
                return exists;
              });
    } finally {
      said.sorted().forEach(diagnostics::add);
    }
    if (bytes != null
        && reads.complete()
        && said.sorted().isEmpty()
        && !gate.foundOn(page.path())) {
      Map<String, String> dependencies = new HashMap<>();
      for (String read : reads.dependencies()) {
        dependencies.put(read, site.currentValue(read)); // names' copy of the name already
      }
      asked.forEach(
          (path, exists) -> dependencies.put(names.shared(PATH + path), exists ? "1" : "0"));
      memo.put(
          key,
          new PageMemo.Entry(
              dependencies,
              PageMemo.checksum(bytes),
              page.html() ? fragments.ids(page.path()) : null,
              page.html() ? fragments.linksFrom(page.path()) : java.util.List.of()));
    }
    return bytes;
  }

  private byte[] reuse(PlannedOutput page, String key, FragmentIndex fragments, OutputSink output) {
    PageMemo.Entry entry = memo.find(key, this::currentValue);
    if (entry == null) {
      return null;
    }
    if (output.keep(page.path(), entry.checksum())) {
      if (entry.ids() != null) {
        fragments.replay(page.path(), entry.ids(), entry.links());
      }
      return KEPT;
    }
    byte[] bytes = liveBytes(page.path());
    if (bytes == null || !PageMemo.checksum(bytes).equals(entry.checksum())) {
      memo.unhit(); // the live file is gone or not what was written: make the page again
      return null;
    }
    if (entry.ids() != null) {
      fragments.replay(page.path(), entry.ids(), entry.links());
    }
    return bytes;
  }

  private byte[] liveBytes(String path) {
    Path file = live.resolve(path).normalize();
    if (!file.startsWith(live) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isPath(String dependency) {
    return dependency.startsWith(PATH);
  }

  private String currentValue(String dependency) {
    if (dependency.startsWith(PATH)) {
      String known = pathValues.get(dependency);
      if (known == null) {
        known = paths.contains(dependency.substring(PATH.length())) ? "1" : "0";
        pathValues.put(dependency, known);
      }
      return known;
    }
    return site.currentValue(dependency);
  }

  /** As {@link #currentValue}, for the memo's one look-up of every value (not kept). */
  private String comparedValue(String dependency) {
    return dependency.startsWith(PATH) ? currentValue(dependency) : site.valueOnce(dependency);
  }

  /** Whether each asked path exists in this build, by its dependency name: many pages ask. */
  private final Map<String, String> pathValues = new java.util.concurrent.ConcurrentHashMap<>();
}
