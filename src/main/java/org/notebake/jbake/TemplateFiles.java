package org.notebake.jbake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.notebake.config.SiteConfig;

/**
 * A hash of every template a page can be made with: the site's own {@code templates/} and the
 * built-in theme (in the jar or, in development, in the classes folder), each file by its path and
 * bytes. A template that prints FreeMarker's {@code .now} (which no model read reveals) adds
 * today's date in the site's zone, so its pages are made again each day.
 *
 * <pre>{@code
 * String templates = TemplateFiles.fingerprint(config);  // part of the page memo's salt
 * }</pre>
 */
public final class TemplateFiles {
  private TemplateFiles() {}

  public static String fingerprint(SiteConfig config) {
    Map<String, byte[]> files = new TreeMap<>();
    Path own = config.templates();
    if (own != null && Files.isDirectory(own)) {
      folder(own, "site/", files);
    }
    Theme theme = theme();
    files.putAll(theme.files());
    MessageDigest digest = sha256();
    boolean clock = theme.clock();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      digest.update((file.getKey() + "\u0000" + file.getValue().length + "\u0000").getBytes(UTF8));
      digest.update(file.getValue());
      if (!clock && file.getKey().startsWith("site/")) {
        clock = new String(file.getValue(), StandardCharsets.UTF_8).contains(".now");
      }
    }
    if (clock) {
      digest.update(java.time.LocalDate.now(config.zone()).toString().getBytes(UTF8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The built-in theme's files by {@code theme/}-prefixed path, and whether one prints .now. */
  private record Theme(Map<String, byte[]> files, boolean clock) {}

  /**
   * The theme as first read in this process: it is in the jar (or the classes folder, which only
   * changes when the code is rebuilt, and so the process restarted). A failed read is not kept.
   */
  private static volatile Theme theme;

  private static Theme theme() {
    Theme known = theme;
    if (known != null) {
      return known;
    }
    Map<String, byte[]> files = new TreeMap<>();
    boolean complete = theme(files);
    boolean clock = false;
    for (byte[] bytes : files.values()) {
      clock |= new String(bytes, StandardCharsets.UTF_8).contains(".now");
    }
    Theme read = new Theme(java.util.Collections.unmodifiableMap(files), clock);
    if (complete) {
      theme = read;
    }
    return read;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /**
   * The text of every file under the site's templates folder, by its path in that folder; empty
   * when the folder is missing or unreadable.
   */
  public static Map<String, String> texts(Path templates) {
    Map<String, byte[]> files = new TreeMap<>();
    if (templates == null || !Files.isDirectory(templates) || !folder(templates, "", files)) {
      return Map.of();
    }
    Map<String, String> texts = new TreeMap<>();
    files.forEach((name, bytes) -> texts.put(name, new String(bytes, UTF8)));
    return texts;
  }

  /** Reads every file under {@code root} into {@code files}; false if it could not. */
  private static boolean folder(Path root, String prefix, Map<String, byte[]> files) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path file : all) {
        files.put(
            prefix + root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException | UncheckedIOException e) {
      // Unreadable now: a hash of this moment, so nothing is reused (the render will report it).
      files.put(prefix + "unreadable", String.valueOf(System.nanoTime()).getBytes(UTF8));
      return false;
    }
    return true;
  }

  /** Reads the theme into {@code files}; false if any of it could not be read. */
  private static boolean theme(Map<String, byte[]> files) {
    URL url = TemplateFiles.class.getClassLoader().getResource(SafeTemplateEngine.THEME);
    try {
      if (url == null) {
        return false;
      }
      if (url.getProtocol().equals("file")) {
        return folder(Path.of(url.toURI()), "theme/", files);
      } else if (url.openConnection() instanceof JarURLConnection jar) {
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
          String prefix = SafeTemplateEngine.THEME + "/";
          for (JarEntry entry : java.util.Collections.list(file.entries())) {
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
              try (InputStream in = file.getInputStream(entry)) {
                files.put("theme/" + entry.getName().substring(prefix.length()), in.readAllBytes());
              }
            }
          }
        }
      } else {
        files.put("theme/unknown", String.valueOf(System.nanoTime()).getBytes(UTF8));
        return false;
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      files.put("theme/unreadable", String.valueOf(System.nanoTime()).getBytes(UTF8));
      return false;
    }
    return true;
  }

  private static MessageDigest sha256() {
    return org.notebake.text.Sha256.digest();
  }
}
