package org.notebake.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;

/**
 * The fingerprint is the hash of every template file's path and bytes, the theme's (read once per
 * process) and the site's (read at every call: serve edits them).
 */
class TemplateFilesTest {
  @TempDir Path dir;

  private SiteConfig config(String post) throws IOException {
    Path root = dir.resolve("site");
    Files.createDirectories(root.resolve("templates/partials"));
    Files.writeString(
        root.resolve("jbake.properties"),
        "site.host=https://avery.example.org\nsite.title=T\nsite.author=Avery Quinn\n");
    Files.writeString(root.resolve("templates/post.ftlh"), post);
    Files.writeString(root.resolve("templates/partials/aside.ftlh"), "<aside>Quill</aside>");
    return ConfigLoader.load(root, dir.resolve("out"));
  }

  @Test
  void theThemeIsReadOnceAndTheSitesFilesEveryTime() throws Exception {
    SiteConfig config = config("<p>moss</p>");
    String first = TemplateFiles.fingerprint(config);
    assertEquals(first, TemplateFiles.fingerprint(config));
    assertEquals(reference(config), first);

    Path post = config.templates().resolve("post.ftlh");
    FileTime time = Files.getLastModifiedTime(post);
    Files.writeString(post, "<p>tide</p>");
    Files.setLastModifiedTime(post, time);
    String edited = TemplateFiles.fingerprint(config);
    assertNotEquals(first, edited);
    assertEquals(reference(config), edited);
  }

  /** Every file of the site's templates and of the theme's folder, read now and hashed. */
  private static String reference(SiteConfig config) throws IOException, Exception {
    Map<String, byte[]> files = new TreeMap<>();
    read(config.templates(), "site/", files);
    Path theme =
        Path.of(TemplateFiles.class.getClassLoader().getResource(SafeTemplateEngine.THEME).toURI());
    read(theme, "theme/", files);
    MessageDigest digest = sha256();
    boolean clock = false;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      digest.update(
          (file.getKey() + "\u0000" + file.getValue().length + "\u0000")
              .getBytes(StandardCharsets.UTF_8));
      digest.update(file.getValue());
      clock |= new String(file.getValue(), StandardCharsets.UTF_8).contains(".now");
    }
    if (clock) {
      digest.update(LocalDate.now(config.zone()).toString().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void read(Path root, String prefix, Map<String, byte[]> files) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            prefix + root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
  }

  private static MessageDigest sha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256");
  }
}
