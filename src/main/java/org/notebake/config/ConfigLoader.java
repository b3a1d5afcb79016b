package org.notebake.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Location;
import org.notebake.gallery.MetadataKeepList;
import org.notebake.privacy.PublicSuffixes;
import org.notebake.vault.IgnorePatterns;

/**
 * Resolves a {@link SiteConfig} from a source folder.
 *
 * <pre>{@code
 * SiteConfig site = ConfigLoader.load(Path.of("."), null);      // output from destination.folder
 * SiteConfig vault = ConfigLoader.load(Path.of("~/Vault"), Path.of("/tmp/site"));
 * SiteConfig preview = ConfigLoader.load(Path.of("."), null, "https://preview.example.org/");
 * }</pre>
 */
public final class ConfigLoader {
  private static final SiteProperties.Reader PROPERTIES = SiteProperties.reader();

  private ConfigLoader() {}

  /**
   * @param sourceArg the site or vault folder
   * @param outputArg the output folder from the command line, or null for the configured one
   */
  public static SiteConfig load(Path sourceArg, Path outputArg) {
    return load(sourceArg, outputArg, null);
  }

  /**
   * @param sourceArg the site or vault folder
   * @param outputArg the output folder from the command line, or null for the configured one
   * @param baseUrl {@code bake --base-url}: the site's address for this build, overriding {@code
   *     site.host}; null for the configured one
   */
  public static SiteConfig load(Path sourceArg, Path outputArg, String baseUrl) {
    return load(sourceArg, outputArg, baseUrl, false);
  }

  /**
   * The configuration of a preview baked into {@code folder} ({@code serve}): as {@link #load(Path,
   * Path, String)}, but the photo variants and share cards are the caches of the configured output,
   * shared with {@code bake} (both are keyed by content, so either may use the other's entries),
   * and the preview never deletes their entries.
   */
  public static SiteConfig loadPreview(Path sourceArg, Path folder, String baseUrl) {
    return load(sourceArg, folder, baseUrl, true);
  }

  private static SiteConfig load(Path sourceArg, Path outputArg, String baseUrl, boolean preview) {
    Path source = realFolder(sourceArg);
    Path properties = source.resolve("jbake.properties");
    if (Files.exists(properties) && !Files.isRegularFile(properties)) {
      // A named pipe, a device or a folder: read as no settings at all, the site's were lost.
      throw new ConfigException(
          source,
          Diagnostic.error(
              properties.toString(),
              0,
              0,
              "is not a file (a folder, named pipe or device), so its settings cannot be read;"
                  + " make jbake.properties a file"));
    }
    boolean bare = isVault(source);
    SiteProperties jbake = PROPERTIES.load(source, bare);
    KeyLocations keys = jbake.locations();
    List<Diagnostic> warnings = new ArrayList<>(keys.duplicates());
    Optional<Path> hugo = HugoSite.config(source);
    keys = fromHugo(source, hugo, jbake, keys);
    identity(source, jbake, keys, hugo, warnings);
    host(jbake, baseUrl, keys, hugo, warnings);
    listsAreFiles(jbake, warnings);
    Path content = bare ? source : jbake.contentFolder();
    if (!Files.isDirectory(content)) {
      throw keys.failure(
          "content.folder",
          "content folder " + content + " does not exist; create it or fix content.folder");
    }
    missingFolders(source, jbake, warnings);
    for (String submodule : GitSubmodules.emptyInside(source, content)) {
      // A real vault of four submodules, cloned without them: dozens of embeds were "not in the
      // vault", none saying why.
      warnings.add(
          Diagnostic.warning(
              ".gitmodules",
              0,
              0,
              "the git submodule \""
                  + submodule
                  + "\" is not checked out, so none of its notes or files are in the vault; run"
                  + " git submodule update --init --recursive"));
    }
    Path output = outputFolder(source, bare, outputArg, jbake);
    Path cacheOutput = preview ? outputFolder(source, bare, null, jbake) : output;
    if (cacheOutput.toAbsolutePath().normalize().startsWith(content.toAbsolutePath().normalize())) {
      cacheOutput = output; // a configured output inside the vault is refused by bake; not shared
    }
    jbake.destinationFolder(output);
    VaultSettings vaultSettings = VaultSettings.read(source, content);
    Path templates = jbake.templateFolder();
    String attachments = attachmentFolder(jbake, vaultSettings, content, warnings);
    Path assets = siteFolder(source, bare, "asset.folder", assetFolder(source, bare, jbake));
    refuseNotesAsAssets(jbake, content, assets, attachments);
    return new SiteConfig(
        source,
        bare,
        content,
        templates,
        assets,
        jbake.flag("asset.ignore"),
        siteFolder(source, bare, "data.folder", jbake.dataFolder()),
        output,
        jbake.list("publish.folders").stream().map(ConfigLoader::publishFolder).toList(),
        typeFolders(jbake),
        strictLineBreaks(jbake, vaultSettings, warnings),
        attachments,
        removedCallouts(jbake, warnings),
        new LinkedHashSet<>(jbake.list("frontmatter.expose")),
        privacy(source, jbake),
        zone(jbake),
        urls(jbake),
        pages(jbake),
        new SiteConfig.Headers(
            jbake.string("default.type", ""),
            jbake.string("header.separator", ""),
            jbake.string("date.format", ""),
            jbake.setBySite("default.status") ? jbake.string("default.status", "").strip() : "",
            jbake.setBySite("default.type") && !jbake.string("default.type", "").isBlank()),
        templateSet(source, jbake, templates, warnings),
        photoKeep(jbake),
        List.copyOf(warnings),
        vaultPath(jbake.string("index.note", "")),
        neverScanned(source, bare, content, jbake, vaultSettings),
        photoVariants(source, jbake, content, cacheOutput, !cacheOutput.equals(output)),
        cacheOutput,
        keys,
        SnippetHiding.hiddenClasses(source, content));
  }

  /**
   * A Hugo site's {@code title}, {@code baseURL} (when it is an absolute http(s) address) and
   * author, for the keys jbake.properties does not set: the site is named and addressed as Hugo
   * names and addresses it. The locations returned say where each was written.
   */
  private static KeyLocations fromHugo(
      Path source, Optional<Path> hugo, SiteProperties jbake, KeyLocations keys) {
    if (hugo.isEmpty()) {
      return keys;
    }
    Map<String, Location> taken = new LinkedHashMap<>();
    HugoSite.siteSettings(source, hugo.get())
        .forEach(
            (key, setting) -> {
              boolean usable = !key.equals("site.host") || isHost(setting.value());
              if (usable && !jbake.setBySite(key)) {
                jbake.override(key, setting.value());
                taken.put(key, setting.at());
              }
            });
    return keys.withSettingsAt(taken);
  }

  /**
   * How to set {@code jbakeKeys}: in jbake.properties (a new one at the site root if it has none),
   * or in a Hugo site's own configuration under Hugo's names ({@code title} in config.toml).
   */
  private static String howToSet(
      String jbakeKeys, KeyLocations keys, Optional<Path> hugo, String hugoKeys) {
    String jbake = keys.howToSet(jbakeKeys);
    return hugo.isEmpty()
        ? jbake
        : "set " + hugoKeys + " in " + hugo.get().getFileName() + ", or " + jbake;
  }

  /**
   * A site without {@code site.title} or {@code site.author} is named after its folder ({@code
   * ~/Avery Notes} gives "Avery Notes"), so no page says "Notes" or names a Person after the title.
   */
  private static void identity(
      Path source,
      SiteProperties jbake,
      KeyLocations keys,
      Optional<Path> hugo,
      List<Diagnostic> warnings) {
    List<String> missing = new ArrayList<>();
    String name = folderName(source);
    for (String key : List.of("site.title", "site.author")) {
      if (jbake.string(key, "").isEmpty()) {
        jbake.override(key, name);
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      String hugoKeys =
          String.join(
              " and ",
              missing.stream()
                  .map(k -> k.equals("site.title") ? "title" : "params.author")
                  .toList());
      warnings.add(
          unsetWarning(
              keys,
              hugo,
              missing.get(0),
              String.join(" and ", missing)
                  + (missing.size() == 1 ? " is" : " are")
                  + " not set, so the site uses its folder's name \""
                  + name
                  + "\"; "
                  + howToSet(String.join(" and ", missing), keys, hugo, hugoKeys)));
    }
  }

  /**
   * A warning that {@code key} is not set: at the file that would hold it, a Hugo site's
   * configuration if it has one, else jbake.properties or, without it, the site's folder.
   */
  private static Diagnostic unsetWarning(
      KeyLocations keys, Optional<Path> hugo, String key, String message) {
    Location at =
        hugo.filter(config -> keys.locate(key).line() == 0)
            .map(config -> new Location(config.getFileName().toString(), 0, 0))
            .orElse(keys.locate(key));
    return at.warning(message);
  }

  /**
   * A template, asset or data folder jbake.properties names that is not there: a site's templates
   * missing is an error (JBake stops too; baking with the built-in theme instead would replace the
   * site's look without a word), its assets or data a warning at the key's line. A folder inside a
   * git submodule that is not checked out (a clone without {@code --recursive} leaves it empty)
   * says so, and how to fetch it.
   */
  private static void missingFolders(Path source, SiteProperties jbake, List<Diagnostic> warnings) {
    if (jbake.setBySite("template.folder")) {
      Path folder = jbake.templateFolder();
      String submodule = GitSubmodules.notCheckedOut(source, folder);
      if (!Files.isDirectory(folder) || submodule != null) {
        throw jbake
            .locations()
            .failure(
                "template.folder",
                "template.folder "
                    + shown(source, folder)
                    + missing(submodule)
                    + ", or remove template.folder to bake with notebake's built-in theme");
      }
    }
    for (String key : List.of("asset.folder", "data.folder")) {
      if (!jbake.setBySite(key)) {
        continue;
      }
      Path folder = key.equals("asset.folder") ? jbake.assetFolder() : jbake.dataFolder();
      String submodule = GitSubmodules.notCheckedOut(source, folder);
      if (!Files.isDirectory(folder) || submodule != null) {
        warnings.add(
            keyWarning(
                jbake,
                key,
                key
                    + " "
                    + shown(source, folder)
                    + missing(submodule)
                    + ", or fix "
                    + key
                    + "; until then nothing of "
                    + (key.equals("asset.folder") ? "the site's assets" : "its data files")
                    + " is published"));
      }
    }
  }

  private static String shown(Path source, Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    String name =
        absolute.startsWith(source) ? source.relativize(absolute).toString() : absolute.toString();
    return "\"" + name.replace('\\', '/') + "\"";
  }

  private static String missing(String submodule) {
    return submodule == null
        ? " does not exist; create it"
        : " is in the git submodule \""
            + submodule
            + "\", which is not checked out; run git submodule update --init --recursive";
  }

  /**
   * A site address as a message shows it: a user and password in it ({@code
   * https://avery:secret@host/}) as stars, since build logs are often public.
   */
  static String shownHost(String host) {
    return host.replaceFirst("(?i)^(\\s*[a-z][a-z0-9+.-]*://)[^/?#@]*@", "$1****@");
  }

  /** The name of the site or vault folder as a title: {@code avery_notes} reads "avery notes". */
  static String folderName(Path source) {
    Path file = source.getFileName();
    String name = file == null ? "" : file.toString().replaceAll("[_]+", " ").strip();
    return name.isEmpty() ? "Notes" : name;
  }

  /**
   * {@code --base-url} overrides {@code site.host} for one build. Without either, links are
   * relative and the outputs that need the site's address are left out or made relative: one
   * warning lists them.
   */
  private static void host(
      SiteProperties jbake,
      String baseUrl,
      KeyLocations keys,
      Optional<Path> hugo,
      List<Diagnostic> warnings) {
    if (baseUrl != null) {
      String host = baseUrl.strip();
      if (!isHost(host)) {
        throw new ConfigException("--base-url=" + shownHost(host) + " " + HOST_FORM);
      }
      jbake.override("site.host", host);
      return;
    }
    String host = jbake.string("site.host", "");
    if (!host.isEmpty()) {
      if (!isHost(host)) {
        throw keys.failure("site.host", "site.host=" + shownHost(host) + " " + HOST_FORM);
      }
      // Taken from Hugo's baseURL (fromHugo), or written in jbake.properties.
      String written = jbake.setBySite("site.host") ? "site.host=" : "baseURL ";
      if (!isPublicHost(hostName(host))) {
        warnings.add(
            keys.locate("site.host")
                .warning(
                    written
                        + shownHost(host)
                        + " names no public address (\""
                        + hostName(host)
                        + "\" is not reachable from the web), yet canonical links, og:url, the"
                        + " sitemap and the feeds are written with it; set it to the site's public"
                        + " address (e.g. "
                        + (written.equals("site.host=") ? written : "")
                        + "https://name.github.io/portfolio/), or remove it to make every link"
                        + " relative; for a preview, bake --base-url URL"));
      }
      return;
    }
    jbake.override("site.host", "");
    warnings.add(
        unsetWarning(
            keys,
            hugo,
            "site.host",
            "site.host is not set, so every link is relative and the site works on any host or"
                + " path; left out: canonical links, og:url, og:image, the JSON-LD url, the"
                + " sitemap and robots.txt's Sitemap: line; made relative: the Atom and JSON"
                + " feeds' links; the 404 page links from the server's root (/); "
                + howToSet("site.host", keys, hugo, "baseURL")
                + (hugo.isEmpty() ? " (e.g. site.host=" : " (e.g. ")
                + "https://name.github.io/portfolio/) or bake --base-url URL"));
  }

  private static final String HOST_FORM =
      "must be an absolute http(s) address, e.g. https://name.github.io/portfolio/";

  private static boolean isHost(String host) {
    return host.matches("(?i)https?://[^/\\s?#]+(/[^\\s?#]*)?");
  }

  /** The host name of an address {@link #isHost} accepts: no user, no port, IPv6 in brackets. */
  private static String hostName(String address) {
    String authority = address.replaceFirst("(?i)^https?://", "").replaceFirst("[/?#].*", "");
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    return authority.startsWith("[")
        ? authority.substring(0, authority.indexOf(']') + 1)
        : authority.replaceFirst(":\\d*$", "");
  }

  /**
   * A name under a real public suffix, or an address that is not loopback, private or link-local.
   * JBake's own default, {@code http://localhost:8820/}, is not: a site published with it points
   * its canonical links and sitemap at the reader's own machine.
   */
  private static boolean isPublicHost(String name) {
    if (name.matches("[0-9.]+")
        && !name.matches("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)")) {
      return false; // 999.1.2.3: no address at all (and InetAddress would ask DNS for it)
    }
    if (name.matches("[0-9.]+|\\[[0-9A-Fa-f:.]+\\]")) {
      try {
        InetAddress address = InetAddress.getByName(name);
        return !(address.isLoopbackAddress()
            || address.isSiteLocalAddress()
            || address.isLinkLocalAddress()
            || address.isAnyLocalAddress());
      } catch (UnknownHostException e) {
        return false; // [fe80::1::2]: no address at all
      }
    }
    return PublicSuffixes.bundled().isUnderPublicSuffix(name);
  }

  private static SiteConfig.Urls urls(SiteProperties jbake) {
    String extension = extension(jbake, "output.extension");
    Map<String, String> byType = new LinkedHashMap<>();
    for (String type : jbake.templateFiles().keySet()) {
      String key = "template." + type + ".extension";
      if (!jbake.string(key, "").isEmpty()) {
        byType.put(type, extension(jbake, key));
      }
    }
    return new SiteConfig.Urls(
        jbake.string("site.host", ""),
        extension,
        Collections.unmodifiableMap(byType),
        trimSlashes(jbake.string("tag.path", "")),
        jbake.flag("uri.noExtension") ? jbake.string("uri.noExtension.prefix", "") : null,
        outsideFolders(jbake));
  }

  /**
   * {@code links.outside}: folders of the site's address another build serves, as site paths
   * ({@code /ru/} is {@code ru}); one that climbs ({@code ..}) or names the whole site is an error.
   */
  private static List<String> outsideFolders(SiteProperties jbake) {
    List<String> folders = new ArrayList<>();
    for (String entry : jbake.list("links.outside")) {
      String folder = trimSlashes(entry.strip());
      if (folder.isEmpty()
          || java.util.Arrays.asList(folder.split("/")).contains("..")
          || folder.contains("?")
          || folder.contains("#")) {
        throw jbake
            .locations()
            .failure(
                "links.outside",
                "links.outside="
                    + entry
                    + " must be a folder of the site's address, such as /ru or /docs/v1");
      }
      folders.add(folder);
    }
    return folders;
  }

  private static String extension(SiteProperties jbake, String key) {
    String value = jbake.string(key, "");
    if (!value.matches("\\.[A-Za-z0-9]+")) {
      throw jbake
          .locations()
          .failure(key, key + "=" + value + " must be a dot and letters, e.g. .html or .htm");
    }
    return value;
  }

  private static SiteConfig.Pages pages(SiteProperties jbake) {
    return new SiteConfig.Pages(
        jbake.flag("render.index"),
        jbake.string("index.file", ""),
        jbake.flag("index.paginate"),
        jbake.integer("index.posts_per_page"),
        jbake.flag("render.archive"),
        jbake.string("archive.file", ""),
        jbake.flag("render.feed"),
        jbake.string("feed.file", ""),
        // Sitemaps hold absolute URLs only: without the site's address there is none.
        jbake.flag("render.sitemap") && !jbake.string("site.host", "").isEmpty(),
        jbake.string("sitemap.file", ""),
        jbake.flag("render.error404"),
        jbake.string("error404.file", ""),
        jbake.flag("render.tags"),
        jbake.flag("render.tagsindex"),
        maxTagsPerNote(jbake),
        siteImages(jbake));
  }

  /**
   * The theme's site-wide images ({@code site.avatar}, {@code site.og_image}) by key: vault images
   * the build publishes even when no note embeds them.
   */
  private static Map<String, String> siteImages(SiteProperties jbake) {
    Map<String, String> images = new java.util.LinkedHashMap<>();
    for (String key : List.of("site.avatar", "site.og_image")) {
      String value = jbake.string(key, "").strip();
      if (!value.isEmpty()) {
        images.put(key, value.startsWith("/") ? value.substring(1) : value);
      }
    }
    return Map.copyOf(images);
  }

  /** {@code tags.max.per.note}: how many tag pages one note may be filed under. */
  private static int maxTagsPerNote(SiteProperties jbake) {
    int max = jbake.integer("tags.max.per.note");
    if (max < 1) {
      throw jbake
          .locations()
          .failure(
              "tags.max.per.note", "tags.max.per.note=" + max + " must be 1 or more (default 100)");
    }
    return max;
  }

  /**
   * A site's own template wins: the one {@code template.<type>.file} names, else the site's {@code
   * templates/X.ftlh} (notebake's name), else {@code templates/X.ftl} (JBake's name), and only then
   * the built-in theme.
   */
  private static SiteConfig.TemplateSet templateSet(
      Path source, SiteProperties jbake, Path folder, List<Diagnostic> warnings) {
    refuseOtherEngines(jbake);
    Map<String, SiteConfig.Template> byType = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : jbake.templateFiles().entrySet()) {
      String key = "template." + entry.getKey() + ".file";
      String configured = entry.getValue();
      SiteConfig.Template chosen = null;
      if (jbake.setBySite(key)) {
        chosen =
            new SiteConfig.Template(configured, Files.isRegularFile(folder.resolve(configured)));
      } else {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(configured);
        candidates.add(configured.replaceFirst("\\.ftl[hx]$", "") + ".ftl");
        jbake.jbakeDefault(key).ifPresent(candidates::add);
        for (String candidate : candidates) {
          if (Files.isRegularFile(folder.resolve(candidate))) {
            chosen = new SiteConfig.Template(candidate, true);
            break;
          }
        }
      }
      byType.put(
          entry.getKey(), chosen != null ? chosen : new SiteConfig.Template(configured, false));
    }
    if (byType.values().stream().noneMatch(SiteConfig.Template::fromSite)) {
      otherEnginesOnly(source, folder).ifPresent(warnings::add);
    }
    if (!byType.values().stream().allMatch(SiteConfig.Template::fromSite)) {
      uiKeys(jbake, warnings); // a site's own templates may read ui.* keys of their own
    }
    String language = jbake.string("jvm.locale", jbake.string("site.locale", "en"));
    Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
    Map<String, Object> variables = withUiWords(jbake, locale);
    checkDateFormat(jbake, variables.get("ui_date_format"), locale);
    return new SiteConfig.TemplateSet(
        Collections.unmodifiableMap(byType),
        variables,
        locale,
        jbake.string("data.file.docType", "data"));
  }

  /**
   * A {@code ui.KEY} that is none of the theme's words changes nothing on any page: said at its
   * line, with the word it was probably meant to be.
   */
  private static void uiKeys(SiteProperties jbake, List<Diagnostic> warnings) {
    java.util.Set<String> words = org.notebake.text.UiWords.of(Locale.ROOT).keySet();
    new java.util.TreeSet<>(jbake.templateConfig().keySet())
        .stream()
            .filter(variable -> variable.startsWith("ui_"))
            .map(variable -> variable.substring("ui_".length()))
            .filter(word -> !words.contains(word))
            .forEach(
                word ->
                    warnings.add(
                        keyWarning(
                            jbake,
                            "ui." + word,
                            "ui."
                                + word
                                + " is not one of the theme's words, so no page shows it"
                                + org.notebake.text.TypoSuggestion.closest(word, words)
                                    .map(close -> "; did you mean ui." + close + "?")
                                    .orElse("; the words are listed in docs/theme.md"))));
  }

  /**
   * {@code ui.date_format} is a Java date pattern: one that is not (FreeMarker's names, {@code
   * long} or {@code iso}, fail on the dates of list pages too) is an error at its line, rather than
   * at the theme's base.ftlh on every page that shows a date.
   */
  private static void checkDateFormat(SiteProperties jbake, Object pattern, Locale locale) {
    String text = String.valueOf(pattern);
    if (!jbake.setBySite("ui.date_format")) {
      return;
    }
    try {
      if (text.isBlank()) {
        throw new IllegalArgumentException("it is empty");
      }
      new java.text.SimpleDateFormat(text, locale);
    } catch (IllegalArgumentException e) {
      throw jbake
          .locations()
          .failure(
              "ui.date_format",
              "ui.date_format="
                  + text
                  + " is not a date pattern ("
                  + e.getMessage()
                  + "); write it in Java's pattern letters, e.g. d MMMM yyyy or MMMM d, yyyy, with"
                  + " words of your own in single quotes, or remove the line for the language's"
                  + " own order");
    }
  }

  /**
   * The template variables with the theme's words in the site's language as {@code ui_KEY}, where
   * the site did not set its own with {@code ui.KEY}.
   */
  private static Map<String, Object> withUiWords(SiteProperties jbake, Locale locale) {
    Map<String, Object> all = new java.util.HashMap<>(jbake.templateConfig());
    // Each a string, as the site wrote it and the theme prints it: JBake splits a value at its
    // commas ("Thèmes, et plus", "MMMM d, yyyy").
    all.replaceAll(
        (key, value) ->
            key.startsWith("ui_") && value instanceof java.util.Collection<?> parts
                ? jbake
                    .locations()
                    .text("ui." + key.substring("ui_".length()))
                    .orElseGet(
                        () -> parts.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                : value);
    org.notebake.text.UiWords.of(locale).forEach((key, word) -> all.putIfAbsent("ui_" + key, word));
    return Collections.unmodifiableMap(all);
  }

  /**
   * A site whose templates folder holds templates of another JBake engine ({@code post.gsp}) and no
   * FreeMarker template notebake would use is baked with the built-in theme: said once, at the
   * folder, rather than the site's look silently replaced.
   */
  private static java.util.Optional<Diagnostic> otherEnginesOnly(Path source, Path folder) {
    if (!Files.isDirectory(folder)) {
      return java.util.Optional.empty();
    }
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    java.util.SortedSet<String> engines = new java.util.TreeSet<>();
    try (java.util.stream.Stream<Path> files = Files.walk(folder, 3)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                String name = folder.relativize(file).toString().replace('\\', '/');
                String engine =
                    OTHER_ENGINES.get(
                        name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
                if (engine != null) {
                  names.add(name);
                  engines.add(engine);
                }
              });
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return java.util.Optional.empty(); // unreadable: the templates' own errors say so later
    }
    if (names.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> shown = names.stream().limit(5).toList();
    String where = source.relativize(folder).toString().replace('\\', '/');
    return java.util.Optional.of(
        Diagnostic.warning(
            where.isEmpty() ? "." : where,
            0,
            0,
            "holds "
                + names.size()
                + " template"
                + (names.size() == 1 ? "" : "s")
                + " for JBake's "
                + String.join(" and ", engines)
                + " engine ("
                + String.join(", ", shown)
                + (names.size() > shown.size() ? ", ..." : "")
                + ") and none for FreeMarker, which is the only engine notebake renders; the site"
                + " is baked with notebake's built-in theme. Convert the templates to FreeMarker"
                + " (.ftl) to keep the site's look"));
  }

  /** JBake's template engines other than FreeMarker, by the file extensions JBake gives them. */
  private static final Map<String, String> OTHER_ENGINES =
      Map.of(
          "gsp", "Groovy",
          "gxml", "Groovy",
          "gtpl", "Groovy",
          "tpl", "Groovy markup",
          "thyme", "Thymeleaf",
          "jade", "Jade",
          "pug", "Pug",
          "peb", "Pebble",
          "pebble", "Pebble");

  /**
   * A site whose templates are written for another of JBake's engines (a {@code template.post.file
   * =post.gsp}) would have them rendered as FreeMarker: Groovy code printed into its pages, or a
   * FreeMarker error at some line of a file that is not FreeMarker. One error at the first such key
   * says so instead.
   */
  private static void refuseOtherEngines(SiteProperties jbake) {
    List<String> keys = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (Map.Entry<String, String> entry : jbake.templateFiles().entrySet()) {
      String key = "template." + entry.getKey() + ".file";
      String file = entry.getValue();
      String engine =
          OTHER_ENGINES.get(file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
      if (jbake.setBySite(key) && engine != null) {
        keys.add(key);
        named.add(key + "=" + file + " (" + engine + ")");
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    throw jbake
        .locations()
        .failure(
            keys.get(0),
            (named.size() == 1
                    ? named.get(0) + " is a template for another of JBake's engines"
                    : String.join(", ", named) + " are templates for other JBake engines")
                + "; notebake renders FreeMarker templates only (.ftl, .ftlh, .ftlx). Convert the"
                + " templates to FreeMarker, or remove the template.*.file lines to bake with"
                + " notebake's built-in theme");
  }

  /**
   * {@code gallery.widths}, {@code gallery.originals}, {@code gallery.max.pixels} and {@code
   * gallery.cache}. The cache defaults to {@code .notebake-cache/<output name>/photos} beside the
   * output, and may lie neither in the vault (it would be scanned and published) nor in the output
   * (it would be published, and replaced at every swap).
   */
  private static VariantSettings photoVariants(
      Path source, SiteProperties jbake, Path content, Path output, boolean shared) {
    List<Integer> widths = new ArrayList<>();
    for (String width : jbake.list("gallery.widths")) {
      try {
        widths.add(Integer.parseInt(width.strip()));
      } catch (NumberFormatException e) {
        widths.add(-1);
      }
    }
    if (widths.isEmpty() || widths.stream().anyMatch(w -> w < 16 || w > 16384)) {
      throw jbake
          .locations()
          .failure(
              "gallery.widths",
              "gallery.widths="
                  + jbake.string("gallery.widths", "")
                  + " must list widths in pixels from 16 to 16384, e.g. 480,960,1600,2400");
    }
    long maxPixels;
    try {
      maxPixels = Long.parseLong(jbake.string("gallery.max.pixels", "").strip());
    } catch (NumberFormatException e) {
      maxPixels = -1;
    }
    if (maxPixels < 1) {
      throw jbake
          .locations()
          .failure(
              "gallery.max.pixels",
              "gallery.max.pixels="
                  + jbake.string("gallery.max.pixels", "")
                  + " must be a number of pixels, e.g. 100000000 for 100 megapixels");
    }
    String configured = jbake.string("gallery.cache", "");
    Path outputAbsolute = output.toAbsolutePath().normalize();
    // A filesystem root has no folder beside it; the bake refuses it as its output (OutputPolicy).
    Path outputName = outputAbsolute.getFileName();
    Path cache =
        configured.isEmpty()
            ? (outputName == null
                ? outputAbsolute.resolve(".notebake-cache").resolve("photos")
                : outputAbsolute
                    .resolveSibling(".notebake-cache")
                    .resolve(outputName.toString())
                    .resolve("photos"))
            : source.resolve(configured).toAbsolutePath().normalize();
    if (cache.startsWith(content.toAbsolutePath().normalize())
        || (outputName != null && cache.startsWith(outputAbsolute))) {
      throw jbake
          .locations()
          .failure(
              "gallery.cache",
              "gallery.cache="
                  + cache
                  + " lies inside the "
                  + (cache.startsWith(outputAbsolute) ? "output folder" : "vault")
                  + "; choose a folder outside both (the default is .notebake-cache beside the"
                  + " output)");
    }
    return new VariantSettings(widths, jbake.flag("gallery.originals"), maxPixels, cache, !shared);
  }

  /** Photo facts the author chose to keep (privacy.photo.keep); GPS is never among them. */
  private static MetadataKeepList photoKeep(SiteProperties jbake) {
    try {
      return MetadataKeepList.of(jbake.list("privacy.photo.keep"));
    } catch (IllegalArgumentException e) {
      throw jbake
          .locations()
          .failure("privacy.photo.keep", "privacy.photo.keep: " + e.getMessage());
    }
  }

  /**
   * JBake's asset and data folders. In a vault they count only when jbake.properties names them: a
   * vault's own "assets" folder holds notes' pictures, and copying it whole would publish every
   * one.
   */
  /**
   * {@code asset.folder}, or where it is unset in a Hugo site (a {@code hugo.toml}, or a {@code
   * config.toml} naming its {@code baseURL}) that has a {@code static/} folder, that folder: Hugo
   * publishes {@code static/} as it is, and its {@code assets/} only through its pipes (a real
   * blog's 130 images under {@code static/img/} were "not in the vault").
   */
  private static Path assetFolder(Path source, boolean vault, SiteProperties jbake) {
    Path hugoStatic = source.resolve("static");
    if (!vault
        && !jbake.setBySite("asset.folder")
        && Files.isDirectory(hugoStatic)
        && HugoSite.isHugoSite(source)) {
      return hugoStatic;
    }
    return jbake.assetFolder();
  }

  /**
   * Refuses an asset folder that would publish notes: one that is the content folder or holds it
   * ({@code asset.folder=.} or {@code ..}), the vault's attachment folder, or a folder of the vault
   * with notes in it ({@code asset.folder=private}). Assets are copied as they are, so every
   * private note, the vault's settings and the finding-id key went out raw, and every attachment
   * whether a published note links it or not. A folder of site files inside the vault ({@code
   * asset.folder=site-assets}) stays what it is.
   */
  private static void refuseNotesAsAssets(
      SiteProperties jbake, Path content, Path assets, String attachments) {
    if (assets == null) {
      return;
    }
    Path folder = real(assets);
    Path notes = real(content);
    String why = null;
    if (notes.startsWith(folder)) {
      why = folder.equals(notes) ? "is the content folder" : "holds the content folder";
    } else if (!attachments.isEmpty()
        && !attachments.equals(".")
        && !attachments.startsWith("./")
        && (folder.startsWith(real(notes.resolve(attachments)))
            || real(notes.resolve(attachments)).startsWith(folder))) {
      // Also a folder holding it: "media" when attachments go to media/images.
      why = "holds the vault's attachment folder (" + attachments + ")";
    } else if (folder.startsWith(notes)) {
      String note = firstNote(folder);
      if (note != null) {
        why = "holds notes of the vault (" + note + ")";
      }
    }
    if (why != null) {
      throw jbake
          .locations()
          .failure(
              "asset.folder",
              "asset.folder "
                  + why
                  + ", and assets are copied as they are: every note and attachment in it,"
                  + " private ones too, would be published; name a folder of the site's own files"
                  + " (CSS, fonts, icons), or remove asset.folder. Attachments are published when"
                  + " a published note links them");
    }
  }

  /**
   * The first Markdown note (a file with a header) found in {@code folder} (relative to it), or
   * null: an asset folder in the vault that holds one would copy it raw, front matter, comments and
   * all.
   */
  private static String firstNote(Path folder) {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    try (java.util.stream.Stream<Path> files =
        Files.find(
            folder,
            Integer.MAX_VALUE,
            (path, attributes) ->
                attributes.isRegularFile()
                    && path.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .matches(".*\\.(md|markdown|mdown|mkd)")
                    && hasHeader(path))) {
      return files
          .findFirst()
          .map(path -> folder.relativize(path).toString().replace('\\', '/'))
          .orElse(null);
    } catch (IOException | java.io.UncheckedIOException e) {
      return null; // what cannot be read cannot be copied either
    }
  }

  /**
   * Whether a Markdown file starts as a note does, with front matter ({@code ---}, {@code +++}) or
   * a JBake header: a theme's {@code Readme.md} is a file of the theme, a diary with {@code
   * private: true} a note.
   */
  private static boolean hasHeader(Path file) {
    try (java.io.BufferedReader in =
        Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        return false;
      }
      String line = first.replace("\uFEFF", "").strip();
      if (line.equals("---") || line.equals("+++")) {
        return true;
      }
      for (int i = 0; i < 20 && line != null; i++, line = in.readLine()) {
        if (line.strip().matches("~{4,}")) {
          return true;
        }
      }
      return false;
    } catch (IOException | java.io.UncheckedIOException e) {
      return true; // unreadable: taken for a note, the safe side
    }
  }

  /** The path with its symbolic links followed where it exists, normalized where it does not. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }

  private static Path siteFolder(Path source, boolean vault, String key, Path folder) {
    return !vault || PROPERTIES.setBySite(source, key) ? folder : null;
  }

  /**
   * What is never scanned, as gitignore patterns: Obsidian's templates folders, a Quartz garden's
   * ignorePatterns, what a Jekyll site never publishes, and in a vault the JBake folders its
   * jbake.properties names.
   */
  private static List<String> neverScanned(
      Path source, boolean vault, Path content, SiteProperties jbake, VaultSettings settings) {
    List<String> patterns = new ArrayList<>();
    settings.templateFolders().forEach(f -> patterns.add(IgnorePatterns.folder(f)));
    patterns.addAll(settings.quartzIgnorePatterns());
    patterns.addAll(settings.jekyllIgnorePatterns());
    String root = content.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    HugoSite.ignoreFiles(source).forEach(regex -> patterns.add(IgnorePatterns.regex(regex, root)));
    if (vault) {
      Map<String, Path> named =
          Map.of(
              "template.folder", jbake.templateFolder(),
              "asset.folder", jbake.assetFolder(),
              "data.folder", jbake.dataFolder());
      named.forEach(
          (key, folder) -> {
            Path real = folder.toAbsolutePath().normalize();
            if (PROPERTIES.setBySite(source, key)
                && real.startsWith(content)
                && !real.equals(content)) {
              patterns.add(
                  IgnorePatterns.folder(content.relativize(real).toString().replace('\\', '/')));
            }
          });
    }
    return List.copyOf(patterns);
  }

  /**
   * A folder is configured as a vault (its whole tree is content) when it has no jbake.properties,
   * or when its jbake.properties names no {@code content.folder} and there is no {@code content/}
   * folder: a vault with a properties file at its root. A Quartz garden or a Hugo site with a
   * {@code content/} folder is its {@code content/} with or without one: the whole repository
   * published Quartz's own documentation beside the garden's 52 notes.
   */
  private static boolean isVault(Path source) {
    if (!Files.isRegularFile(source.resolve("jbake.properties"))) {
      return !(Files.isDirectory(source.resolve("content"))
          && (VaultSettings.isQuartzGarden(source) || HugoSite.isHugoSite(source)));
    }
    return !PROPERTIES.setBySite(source, "content.folder")
        && !Files.isDirectory(source.resolve("content"));
  }

  private static Path realFolder(Path path) {
    try {
      Path real = path.toAbsolutePath().normalize().toRealPath();
      if (!Files.isDirectory(real)) {
        throw new ConfigException(
            Path.of(""), Diagnostic.error(path.toString(), 0, 0, "the source is not a folder"));
      }
      return real;
    } catch (IOException e) {
      throw new ConfigException(
          Path.of(""),
          Diagnostic.error(
              path.toString(),
              0,
              0,
              "the source folder does not exist; pass --source with a site or vault"));
    }
  }

  private static Path outputFolder(Path source, boolean bare, Path arg, SiteProperties jbake) {
    if (arg != null) {
      return arg.toAbsolutePath().normalize();
    }
    if (bare && !PROPERTIES.setBySite(source, "destination.folder")) {
      // The whole vault is content, so the site cannot live inside it: bake beside it.
      return source.resolveSibling(source.getFileName() + "-site");
    }
    Path configured = Path.of(jbake.string("destination.folder", ""));
    return (configured.isAbsolute() ? configured : source.resolve(configured)).normalize();
  }

  private static boolean strictLineBreaks(
      SiteProperties jbake, VaultSettings vaultSettings, List<Diagnostic> warnings) {
    String configured = jbake.string("markdown.strict.line.breaks", "");
    if (!configured.isEmpty()) {
      return jbake.flag("markdown.strict.line.breaks");
    }
    if (jbake.setBySite("markdown.extensions")) {
      MarkdownExtensions extensions = MarkdownExtensions.parse(jbake.list("markdown.extensions"));
      if (!extensions.ignored().isEmpty()) {
        warnings.add(
            keyWarning(
                jbake,
                "markdown.extensions",
                "markdown.extensions: "
                    + String.join(", ", extensions.ignored())
                    + (extensions.ignored().size() == 1 ? " has" : " have")
                    + " no meaning in notebake and "
                    + (extensions.ignored().size() == 1 ? "is" : "are")
                    + " ignored; only HARDWRAPS changes how notes render (CommonMark with"
                    + " tables, strikethrough, autolinks, task lists and footnotes is always on)"));
      }
      return !extensions.hardWraps();
    }
    // The vault's own Obsidian setting, else the rule of the generator the site was made for
    // (Hugo's, Jekyll's and Quartz's pages join a paragraph's lines), else Obsidian's default.
    return vaultSettings
        .strictLineBreaks()
        .or(vaultSettings::generatorStrictLineBreaks)
        .orElse(false);
  }

  /**
   * {@code attachment.folder}, relative to the vault. Attachments are looked up only inside the
   * vault, so a folder outside it ({@code ../elsewhere}, {@code /srv/pics}) is a warning and
   * ignored; an absolute path inside the vault counts, and so does {@code /attachments} when the
   * machine has no such folder and the vault has: a folder from the vault's root, as before.
   */
  private static String attachmentFolder(
      SiteProperties jbake, VaultSettings vaultSettings, Path content, List<Diagnostic> warnings) {
    String configured = jbake.string("attachment.folder", "").strip();
    String trimmed = trimSlashes(configured);
    if (trimmed.isEmpty() || trimmed.equals(".")) {
      return configured.isEmpty() ? vaultSettings.attachmentFolder() : trimmed;
    }
    Path vault = content.toAbsolutePath().normalize();
    Path folder;
    try {
      Path path = Path.of(configured.replace('\\', '/'));
      boolean vaultRooted = // "/attachments" as Obsidian writes a folder from the vault's root
          path.isAbsolute() && !Files.exists(path) && Files.isDirectory(vault.resolve(trimmed));
      folder =
          path.isAbsolute() && !vaultRooted ? path.normalize() : vault.resolve(trimmed).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return trimmed;
    }
    if (folder.startsWith(vault)) {
      String inside = vault.relativize(folder).toString().replace('\\', '/');
      return inside.isEmpty() ? "." : inside;
    }
    warnings.add(
        keyWarning(
            jbake,
            "attachment.folder",
            "attachment.folder="
                + configured
                + " lies outside the vault ("
                + vault
                + "), and attachments are only looked up inside the vault, so it is ignored;"
                + " move the attachments into the vault and name their folder relative to it"
                + " (e.g. attachment.folder=attachments), or remove the key"));
    return vaultSettings.attachmentFolder();
  }

  private static Map<String, String> typeFolders(SiteProperties jbake) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : jbake.list("type.folders")) {
      int colon = entry.indexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw jbake
            .locations()
            .failure(
                "type.folders",
                "type.folders entry \""
                    + entry
                    + "\" must look like folder:type, e.g. essays:post");
      }
      map.put(vaultPath(entry.substring(0, colon).trim()), entry.substring(colon + 1).trim());
    }
    return map;
  }

  private static SiteConfig.PrivacySettings privacy(Path source, SiteProperties jbake) {
    return new SiteConfig.PrivacySettings(
        jbake.string("privacy.region", "US").toUpperCase(Locale.ROOT),
        publicEmails(jbake),
        source.resolve(jbake.string("privacy.deny.file", "privacy.deny")),
        source.resolve(jbake.string("privacy.allow.file", "privacy.allow")));
  }

  /**
   * The allow and deny lists are files, one entry a line (an entry may be a regex with commas),
   * never keys: a {@code privacy.allow=} or {@code privacy.deny=} line in jbake.properties is
   * named, with where its entries go, rather than ignored in silence.
   */
  private static void listsAreFiles(SiteProperties jbake, List<Diagnostic> warnings) {
    for (String list : List.of("privacy.allow", "privacy.deny")) {
      if (!jbake.setBySite(list)) {
        continue;
      }
      String file = jbake.string(list + ".file", list);
      warnings.add(
          keyWarning(
              jbake,
              list,
              list
                  + " is not a key and is not read here, so "
                  + (list.equals("privacy.allow")
                      ? "it allows nothing"
                      : "its words are not looked for")
                  + "; write its entries one a line in the file "
                  + (file.equals(list)
                      ? list + " beside jbake.properties"
                      : file + " (named by " + list + ".file)")
                  + ", and remove this line"));
    }
  }

  /** The site's own address (site.email) is public by definition. */
  private static Set<String> publicEmails(SiteProperties jbake) {
    Set<String> emails = lowercase(jbake.list("privacy.public.emails"));
    jbake
        .string("site.email")
        .filter(e -> !e.isBlank())
        .ifPresent(e -> emails.add(e.toLowerCase(Locale.ROOT)));
    return emails;
  }

  /** A warning at the line that sets {@code key}, or at jbake.properties when none does. */
  private static Diagnostic keyWarning(SiteProperties jbake, String key, String message) {
    return jbake.locations().locate(key).warning(message);
  }

  private static ZoneId zone(SiteProperties jbake) {
    String zone = jbake.string("site.timezone", "");
    try {
      return zone.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw jbake
          .locations()
          .failure(
              "site.timezone",
              "site.timezone=" + zone + " is not a time zone; use a name like Europe/Berlin");
    }
  }

  /**
   * {@code private} callouts are never published; {@code privacy.callouts} adds types to it and
   * cannot take it away (a list naming only {@code diary} once let {@code [!private]} through). A
   * type is read as a callout's is, trimmed and in lower case (it may hold spaces: {@code [!take
   * away]}); {@code ;} and {@code |} separate types as {@code ,} does, with a warning ({@code
   * diary;secret} once was one type that no callout has, and {@code [!secret]} was published), and
   * a type written as its marker ({@code [!diary]}) counts.
   */
  private static Set<String> removedCallouts(SiteProperties jbake, List<Diagnostic> warnings) {
    Set<String> types = new LinkedHashSet<>(Set.of("private"));
    List<String> misread = new ArrayList<>();
    for (String entry : jbake.list("privacy.callouts")) {
      String[] parts = entry.split("[;|]");
      if (parts.length > 1) {
        misread.add(entry);
      }
      for (String type : parts) {
        String bare = type.strip();
        if (bare.startsWith("[!") && bare.endsWith("]")) {
          bare = bare.substring(2, bare.length() - 1);
        }
        bare = bare.replaceAll("^[\\s\\u00a0\\u200b\\ufeff]+|[\\s\\u00a0\\u200b\\ufeff]+$", "");
        if (!bare.isEmpty()) {
          types.add(bare.toLowerCase(Locale.ROOT));
        }
      }
    }
    if (!misread.isEmpty()) {
      warnings.add(
          keyWarning(
              jbake,
              "privacy.callouts",
              "privacy.callouts: \""
                  + String.join("\", \"", misread)
                  + "\" is read as the callout types "
                  + String.join(", ", types.stream().filter(t -> !t.equals("private")).toList())
                  + " (a type has no ';' or '|'); separate types with commas"));
    }
    return types;
  }

  /** "." (or "/", "./") is the whole vault; other entries are folders of the content. */
  private static String publishFolder(String entry) {
    String folder = vaultPath(entry);
    return folder.isEmpty() ? "." : folder;
  }

  private static Set<String> lowercase(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * A folder of the vault as written in settings, as the walk names the vault's paths: NFC, so that
   * a name written with a combining accent still names the folder.
   */
  private static String vaultPath(String entry) {
    return java.text.Normalizer.normalize(trimSlashes(entry), java.text.Normalizer.Form.NFC);
  }

  /**
   * A path as written in settings, without leading {@code /} or {@code ./} and trailing {@code /}.
   */
  static String trimSlashes(String path) {
    String p = path.strip().replace('\\', '/');
    if (p.equals(".")) {
      return p;
    }
    while (p.startsWith("/") || p.startsWith("./")) {
      p = p.startsWith("/") ? p.substring(1) : p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
