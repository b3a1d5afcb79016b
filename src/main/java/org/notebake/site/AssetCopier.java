package org.notebake.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Copies the built-in theme's assets, then the site's own {@code assets/} over them file by file.
 * Symbolic links are never copied. The site's hidden files are, as JBake copies them (its {@code
 * asset.ignore=false}): {@code .htaccess}, {@code .well-known/}, {@code .nojekyll}; but never a
 * version-control or desktop folder's files ({@code .git/}, {@code .DS_Store}), nor with {@code
 * asset.ignore=true}.
 */
final class AssetCopier {
  static final String THEME_ASSETS = "notebake/theme/assets";

  /** Browser libraries bundled in the jar, copied to {@code vendor/<name>/} only when used. */
  static final String VENDOR = "notebake/vendor";

  private AssetCopier() {}

  /** Site-relative path to the bytes' source, site assets winning over theme assets. */
  static Map<String, AssetSource> collect(Path siteAssets) {
    return collect(siteAssets, false);
  }

  /**
   * @param ignoreHidden JBake's {@code asset.ignore}: true leaves the site's hidden files out
   */
  static Map<String, AssetSource> collect(Path siteAssets, boolean ignoreHidden) {
    Map<String, AssetSource> assets = new TreeMap<>();
    themeAssets(assets);
    if (siteAssets != null && Files.isDirectory(siteAssets, LinkOption.NOFOLLOW_LINKS)) {
      walk(
          siteAssets,
          ignoreHidden ? AssetCopier::isHidden : AssetCopier::isNeverPublished,
          (rel, file) -> assets.put(rel, new AssetSource(file, null)));
    }
    return assets;
  }

  /** Hidden names that are never a site's files: version control, desktops, notebake's own. */
  private static final java.util.Set<String> NEVER =
      java.util.Set.of(
          ".git",
          ".gitignore",
          ".gitattributes",
          ".gitmodules",
          ".svn",
          ".hg",
          ".DS_Store",
          ".obsidian",
          ".trash",
          ".notebake-output",
          ".notebakeignore",
          ".jbakeignore",
          ".Spotlight-V100",
          ".Trashes");

  private static boolean isNeverPublished(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (NEVER.contains(name) || name.startsWith("._") || name.endsWith(".swp")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Either a file on disk or a resource inside the notebake jar (a bundled resource read from the
   * classes folder, as in tests, has both). {@code drawn}: a share card notebake drew itself (a PNG
   * of its own encoder, with no metadata to strip), copied as it is. {@code made}: a file notebake
   * makes from one of the vault's (the maths preamble's script), null for any other.
   */
  record AssetSource(Path file, String resource, boolean drawn, MadeFrom made) {
    AssetSource(Path file, String resource) {
      this(file, resource, false, null);
    }

    /** A share card from the card cache. */
    static AssetSource drawn(Path card) {
      return new AssetSource(card, null, true, null);
    }

    /** A file notebake makes from one of the vault's. */
    static AssetSource made(MadeFrom made) {
      return new AssetSource(null, null, false, made);
    }

    /**
     * True for a browser library notebake bundles (KaTeX, Mermaid): the same bytes for every site,
     * holding no one's data, and large minified code whose numbers only look like phone numbers.
     */
    boolean isBundledLibrary() {
      return resource != null && resource.startsWith(VENDOR + "/");
    }

    byte[] bytes() throws IOException {
      if (made != null) {
        return made.bytes().clone();
      }
      if (file != null) {
        return Files.readAllBytes(file);
      }
      try (InputStream in = AssetCopier.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("missing theme resource " + resource);
        }
        return in.readAllBytes();
      }
    }
  }

  /**
   * The bytes of a file notebake makes from the vault's file {@code from} (its path in the vault),
   * with what the privacy scan reads besides them: {@code source}, that file's text, where findings
   * are located, and {@code shown}, what a browser draws of it.
   */
  record MadeFrom(String from, byte[] bytes, String source, String shown) {}

  /**
   * Adds a bundled browser library ("katex", "mermaid") under {@code vendor/<name>/}, unless the
   * site's own assets already hold a file of the same path.
   */
  static void addVendor(String name, Map<String, AssetSource> assets) {
    Map<String, AssetSource> library = new TreeMap<>();
    resources(VENDOR + "/" + name, library);
    library.forEach((rel, source) -> assets.putIfAbsent("vendor/" + name + "/" + rel, source));
  }

  private static void themeAssets(Map<String, AssetSource> assets) {
    resources(THEME_ASSETS, assets);
  }

  private static void resources(String base, Map<String, AssetSource> assets) {
    URL url = AssetCopier.class.getClassLoader().getResource(base);
    if (url == null) {
      return;
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs = jarFileSystem(uri);
        walk(
            fs.getPath(base),
            AssetCopier::isHidden,
            (rel, file) -> assets.put(rel, new AssetSource(null, base + "/" + rel)));
      } else {
        walk(
            Path.of(uri),
            AssetCopier::isHidden,
            (rel, file) -> assets.put(rel, new AssetSource(file, base + "/" + rel)));
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the bundled files under " + base, e);
    }
  }

  private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      return FileSystems.newFileSystem(uri, Map.of());
    }
  }

  private static void walk(
      Path root,
      java.util.function.Predicate<Path> leftOut,
      java.util.function.BiConsumer<String, Path> found) {
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !leftOut.test(root.relativize(p)))
          .sorted()
          .forEach(p -> found.accept(root.relativize(p).toString().replace('\\', '/'), p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
