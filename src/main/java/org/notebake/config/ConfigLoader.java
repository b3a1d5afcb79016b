package org.notebake.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.jbake.JBakeSettings;

/**
 * Resolves a {@link SiteConfig} from a source folder.
 *
 * <pre>{@code
 * SiteConfig site = ConfigLoader.load(Path.of("."), null);      // output from destination.folder
 * SiteConfig vault = ConfigLoader.load(Path.of("~/Vault"), Path.of("/tmp/site"));
 * }</pre>
 */
public final class ConfigLoader {
  private static final Pattern JSON_BOOLEAN =
      Pattern.compile("\"strictLineBreaks\"\\s*:\\s*(true|false)");
  private static final Pattern JSON_ATTACHMENTS =
      Pattern.compile("\"attachmentFolderPath\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private ConfigLoader() {}

  /**
   * @param sourceArg the site or vault folder
   * @param outputArg the output folder from the command line, or null for the configured one
   */
  public static SiteConfig load(Path sourceArg, Path outputArg) {
    Path source = realFolder(sourceArg);
    boolean bare = !Files.isRegularFile(source.resolve("jbake.properties"));
    JBakeSettings jbake = JBakeSettings.load(source, bare);
    Path content = bare ? source : jbake.contentFolder();
    if (!Files.isDirectory(content)) {
      throw new ConfigException(
          source.resolve("jbake.properties")
              + ": error: content folder "
              + content
              + " does not exist; create it or fix content.folder");
    }
    Path output = outputFolder(source, bare, outputArg, jbake);
    jbake.destinationFolder(output);
    String appJson = obsidianSettings(source, content);
    return new SiteConfig(
        source,
        bare,
        content,
        jbake.templateFolder(),
        jbake.assetFolder(),
        jbake.dataFolder(),
        output,
        jbake.list("publish.folders").stream().map(ConfigLoader::trimSlashes).toList(),
        typeFolders(jbake),
        strictLineBreaks(jbake, appJson),
        attachmentFolder(jbake, appJson),
        removedCallouts(jbake),
        new LinkedHashSet<>(jbake.list("frontmatter.expose")),
        privacy(source, jbake),
        zone(jbake),
        jbake);
  }

  private static Path realFolder(Path path) {
    try {
      Path real = path.toAbsolutePath().normalize().toRealPath();
      if (!Files.isDirectory(real)) {
        throw new ConfigException(path + ": error: the source is not a folder");
      }
      return real;
    } catch (IOException e) {
      throw new ConfigException(
          path + ": error: the source folder does not exist; pass --source with a site or vault");
    }
  }

  private static Path outputFolder(Path source, boolean bare, Path arg, JBakeSettings jbake) {
    if (arg != null) {
      return arg.toAbsolutePath().normalize();
    }
    if (bare) {
      // The whole vault is content, so the site cannot live inside it: bake beside it.
      return source.resolveSibling(source.getFileName() + "-site");
    }
    Path configured = Path.of(jbake.string("destination.folder", "output"));
    return (configured.isAbsolute() ? configured : source.resolve(configured)).normalize();
  }

  private static String obsidianSettings(Path source, Path content) {
    for (Path dir : new Path[] {content, source}) {
      Path app = dir.resolve(".obsidian").resolve("app.json");
      if (Files.isRegularFile(app)) {
        try {
          return Files.readString(app);
        } catch (IOException e) {
          throw new ConfigException(app + ": error: cannot read Obsidian settings: " + e);
        }
      }
    }
    return "";
  }

  private static boolean strictLineBreaks(JBakeSettings jbake, String appJson) {
    String configured = jbake.string("markdown.strict.line.breaks", "");
    if (!configured.isEmpty()) {
      return jbake.flag("markdown.strict.line.breaks");
    }
    Matcher m = JSON_BOOLEAN.matcher(appJson);
    return m.find() && Boolean.parseBoolean(m.group(1));
  }

  private static String attachmentFolder(JBakeSettings jbake, String appJson) {
    String configured = jbake.string("attachment.folder", "");
    if (!configured.isEmpty()) {
      return trimSlashes(configured);
    }
    Matcher m = JSON_ATTACHMENTS.matcher(appJson);
    if (!m.find()) {
      return "";
    }
    String folder = m.group(1).replace("\\/", "/");
    // "./" means "same folder as the note", which the lookup tries first anyway.
    return folder.equals("/") || folder.startsWith("./") ? "" : trimSlashes(folder);
  }

  private static Map<String, String> typeFolders(JBakeSettings jbake) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : jbake.list("type.folders")) {
      int colon = entry.indexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw new ConfigException(
            "jbake.properties: error: type.folders entry \""
                + entry
                + "\" must look like folder:type, e.g. essays:post");
      }
      map.put(trimSlashes(entry.substring(0, colon).trim()), entry.substring(colon + 1).trim());
    }
    return map;
  }

  private static SiteConfig.PrivacySettings privacy(Path source, JBakeSettings jbake) {
    return new SiteConfig.PrivacySettings(
        jbake.string("privacy.region", "US").toUpperCase(Locale.ROOT),
        publicEmails(jbake),
        source.resolve(jbake.string("privacy.deny.file", "privacy.deny")),
        source.resolve(jbake.string("privacy.allow.file", "privacy.allow")));
  }

  /** The site's own address (site.email) is public by definition. */
  private static Set<String> publicEmails(JBakeSettings jbake) {
    Set<String> emails = lowercase(jbake.list("privacy.public.emails"));
    jbake
        .string("site.email")
        .filter(e -> !e.isBlank())
        .ifPresent(e -> emails.add(e.toLowerCase(Locale.ROOT)));
    return emails;
  }

  private static ZoneId zone(JBakeSettings jbake) {
    String zone = jbake.string("site.timezone", "");
    try {
      return zone.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new ConfigException(
          "jbake.properties: error: site.timezone="
              + zone
              + " is not a time zone; use a name like Europe/Berlin");
    }
  }

  /**
   * {@code private} callouts are never published; {@code privacy.callouts} adds types to it and
   * cannot take it away (a list naming only {@code diary} once let {@code [!private]} through).
   */
  private static Set<String> removedCallouts(JBakeSettings jbake) {
    Set<String> types = new LinkedHashSet<>(Set.of("private"));
    types.addAll(lowercase(jbake.list("privacy.callouts")));
    return types;
  }

  private static Set<String> lowercase(java.util.List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
    return out;
  }

  private static String trimSlashes(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("/") || p.startsWith("./")) {
      p = p.startsWith("/") ? p.substring(1) : p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
