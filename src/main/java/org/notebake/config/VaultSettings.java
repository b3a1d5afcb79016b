package org.notebake.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What other tools' settings files say about a vault: Obsidian's {@code .obsidian/app.json} (strict
 * line breaks, the attachment folder), its Templates and Templater folders, and a Quartz garden's
 * {@code ignorePatterns}. These are not notebake's keys: {@link ConfigLoader} reads those and
 * decides which wins.
 *
 * <pre>{@code
 * VaultSettings obsidian = VaultSettings.read(site, content);
 * obsidian.attachmentFolder();   // "files" for "attachmentFolderPath": "files"
 * }</pre>
 *
 * @param strictLineBreaks app.json's {@code strictLineBreaks}, empty when unset
 * @param generatorStrictLineBreaks how the generator the site was written for reads a newline in a
 *     paragraph: true (a space) for a Hugo site, a Jekyll site and a Quartz garden, as each does by
 *     default; false where its configuration turns hard wraps on (Hugo's {@code hardWraps},
 *     kramdown's {@code hard_wrap}, Quartz's {@code HardLineBreaks} plugin); empty for any other
 *     vault
 * @param attachmentFolder app.json's {@code attachmentFolderPath}, "" for the vault root or unset;
 *     {@code ./name} for a folder next to each note
 * @param templateFolders the Templates and Templater plugins' folders, relative to the content
 * @param quartzIgnorePatterns quartz.config.ts's (or Quartz 5's quartz.config.yaml's) {@code
 *     ignorePatterns}, as gitignore patterns
 * @param jekyllIgnorePatterns in a Jekyll site (a {@code _config.yml} at the content's root), what
 *     Jekyll never publishes: its drafts, layouts, includes, styles, data, plugins and built site,
 *     and its {@code exclude:} list, as gitignore patterns
 */
record VaultSettings(
    Optional<Boolean> strictLineBreaks,
    Optional<Boolean> generatorStrictLineBreaks,
    String attachmentFolder,
    List<String> templateFolders,
    List<String> quartzIgnorePatterns,
    List<String> jekyllIgnorePatterns) {
  private static final Pattern JSON_BOOLEAN =
      Pattern.compile("\"strictLineBreaks\"\\s*:\\s*(true|false)");
  private static final Pattern JSON_ATTACHMENTS = jsonString("attachmentFolderPath");

  /** Obsidian's core Templates plugin ({@code templates.json}) and the Templater plugin. */
  private static final Pattern JSON_TEMPLATES = jsonString("folder");

  private static final Pattern JSON_TEMPLATER = jsonString("templates_folder");

  /** A Quartz garden's configuration, beside its content folder. */
  static final String QUARTZ_CONFIG = "quartz.config.ts";

  /** Quartz 5's configuration: the same settings in YAML. */
  static final List<String> QUARTZ_YAML = List.of("quartz.config.yaml", "quartz.config.yml");

  /** Larger Quartz YAML files are not read: one is a few kilobytes. */
  private static final int QUARTZ_YAML_MAX_CHARS = 1 << 20;

  /** Whether {@code source} is a Quartz garden: it holds Quartz's configuration (4's or 5's). */
  static boolean isQuartzGarden(Path source) {
    return Files.isRegularFile(source.resolve(QUARTZ_CONFIG)) || quartzYaml(source).isPresent();
  }

  private static Optional<Path> quartzYaml(Path source) {
    return QUARTZ_YAML.stream().map(source::resolve).filter(Files::isRegularFile).findFirst();
  }

  private static final Pattern QUARTZ_IGNORE = Pattern.compile("\\bignorePatterns\\s*:\\s*\\[");

  /**
   * Reads the settings of the vault in {@code content} (its .obsidian there or in {@code source}).
   */
  static VaultSettings read(Path source, Path content) {
    String appJson = obsidianSettings(source, content);
    Matcher strict = JSON_BOOLEAN.matcher(appJson);
    return new VaultSettings(
        strict.find() ? Optional.of(Boolean.parseBoolean(strict.group(1))) : Optional.empty(),
        generatorStrictLineBreaks(source, content),
        attachmentFolder(appJson),
        templateFolders(source, content),
        quartzIgnorePatterns(source),
        jekyllIgnorePatterns(content));
  }

  /** Jekyll's configuration, at the root of the site it builds. */
  static final List<String> JEKYLL_CONFIG = List.of("_config.yml", "_config.yaml");

  private static Optional<Path> jekyllConfig(Path content) {
    return JEKYLL_CONFIG.stream().map(content::resolve).filter(Files::isRegularFile).findFirst();
  }

  /** The Jekyll configuration's YAML, or null when it is too large or not YAML. */
  private static Object jekyllDocument(Path config) {
    String text = readFile(config);
    if (text.length() > JEKYLL_CONFIG_MAX_CHARS) {
      return null;
    }
    try {
      return yaml(config, text, JEKYLL_CONFIG_MAX_CHARS);
    } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
      return null;
    }
  }

  /** Hugo's {@code markup.goldmark.renderer.hardWraps}, in TOML, YAML or JSON. */
  private static final Pattern HUGO_HARD_WRAPS =
      Pattern.compile("(?im)^[^#\\n]*\\bhardWraps\\b[\"']?\\s*[=:]\\s*true\\b");

  /** Quartz's plugin that makes every newline a break, where a line that is no comment uses it. */
  private static final Pattern QUARTZ_HARD_BREAKS =
      Pattern.compile("(?m)^(?!\\s*(?://|#))[^\\n]*\\bHardLineBreaks\\b");

  /** See {@link #generatorStrictLineBreaks()}. */
  private static Optional<Boolean> generatorStrictLineBreaks(Path source, Path content) {
    Optional<Path> hugo = HugoSite.config(source);
    if (hugo.isPresent()) {
      String text = readFile(hugo.get());
      return Optional.of(!HUGO_HARD_WRAPS.matcher(text).find());
    }
    Optional<Path> jekyll = jekyllConfig(content);
    if (jekyll.isPresent()) {
      boolean hardWrap =
          jekyllDocument(jekyll.get()) instanceof java.util.Map<?, ?> root
              && root.get("kramdown") instanceof java.util.Map<?, ?> kramdown
              && Boolean.TRUE.equals(kramdown.get("hard_wrap"));
      return Optional.of(!hardWrap);
    }
    if (isQuartzGarden(source)) {
      Path config =
          Files.isRegularFile(source.resolve(QUARTZ_CONFIG))
              ? source.resolve(QUARTZ_CONFIG)
              : quartzYaml(source).orElseThrow();
      String text = readFile(config);
      String code = config.toString().endsWith(".ts") ? ConfigText.withoutComments(text) : text;
      return Optional.of(!QUARTZ_HARD_BREAKS.matcher(code).find());
    }
    return Optional.empty();
  }

  /**
   * The folders of a Jekyll site that are no pages: {@code _drafts} (Jekyll publishes a draft only
   * when asked to preview drafts: a vault kept as a GitHub Pages site, or an academic portfolio
   * made from a Jekyll template, holds its unfinished posts there), and the theme's and Jekyll's
   * own folders, whose HTML was published as pages (a real portfolio's {@code _includes} made 48
   * errors).
   */
  static final List<String> JEKYLL_FOLDERS =
      List.of(
          "/_drafts/",
          "/_layouts/",
          "/_includes/",
          "/_sass/",
          "/_data/",
          "/_plugins/",
          "/_site/",
          "/.jekyll-cache/");

  /** Larger Jekyll configurations are not read for their {@code exclude:} list. */
  private static final int JEKYLL_CONFIG_MAX_CHARS = 1 << 20;

  /**
   * What a Jekyll site at {@code content} never publishes ({@link #JEKYLL_FOLDERS}, then its {@code
   * exclude:} list), or nothing when it is no Jekyll site. A configuration that is not YAML (or too
   * large) still leaves its drafts and theme folders out; only its own list is not read.
   */
  private static List<String> jekyllIgnorePatterns(Path content) {
    Optional<Path> config = jekyllConfig(content);
    if (config.isEmpty()) {
      return List.of();
    }
    List<String> patterns = new ArrayList<>(JEKYLL_FOLDERS);
    if (!(jekyllDocument(config.get()) instanceof java.util.Map<?, ?> root)) {
      return List.copyOf(patterns);
    }
    if (root.get("exclude") instanceof List<?> excluded) {
      for (Object pattern : excluded) {
        if (pattern instanceof String value && !value.isBlank()) {
          patterns.add(value.strip());
        }
      }
    }
    if (root.get("defaults") instanceof List<?> defaults) {
      for (Object entry : defaults) {
        unpublishedScope(entry).ifPresent(patterns::add);
      }
    }
    return List.copyOf(patterns);
  }

  /**
   * The pages a {@code defaults:} entry of Jekyll's configuration keeps unpublished ({@code values:
   * {published: false}}), as a gitignore pattern: its {@code scope}'s path, or its posts, or all.
   * Jekyll reads YAML 1.1, where {@code no} and {@code off} are false too (text to YAML 1.2).
   */
  private static Optional<String> unpublishedScope(Object entry) {
    if (!(entry instanceof java.util.Map<?, ?> rule)
        || !(rule.get("values") instanceof java.util.Map<?, ?> values)
        || !(Boolean.FALSE.equals(values.get("published"))
            || String.valueOf(values.get("published"))
                .strip()
                .toLowerCase(java.util.Locale.ROOT)
                .matches("false|no|off|n"))) {
      return Optional.empty();
    }
    java.util.Map<?, ?> scope =
        rule.get("scope") instanceof java.util.Map<?, ?> map ? map : java.util.Map.of();
    Object written = scope.get("path");
    String path = ConfigLoader.trimSlashes(written == null ? "" : String.valueOf(written).strip());
    if (!path.isEmpty()) {
      return Optional.of("/" + path);
    }
    return Optional.of("posts".equals(scope.get("type")) ? "/_posts/" : "*");
  }

  private static String attachmentFolder(String appJson) {
    Matcher m = JSON_ATTACHMENTS.matcher(appJson);
    if (!m.find()) {
      return "";
    }
    String folder = unescape(m.group(1));
    // "./" alone is "same folder as the note", which the lookup tries first anyway; "./attachments"
    // is the attachments folder next to each note, and keeps its "./" to say so.
    if (folder.startsWith("./")) {
      String below = ConfigLoader.trimSlashes(folder);
      return below.isEmpty() ? "" : "./" + below;
    }
    return folder.equals("/") ? "" : ConfigLoader.trimSlashes(folder);
  }

  private static String obsidianSettings(Path source, Path content) {
    return obsidianFile(source, content, "app.json").map(VaultSettings::readFile).orElse("");
  }

  /** A file of the vault's {@code .obsidian} folder, in the content folder or the site folder. */
  static Optional<Path> obsidianFile(Path source, Path content, String name) {
    for (Path dir : new Path[] {content, source}) {
      Path file = dir.resolve(".obsidian").resolve(name);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  static String readFile(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": error: cannot read Obsidian settings: " + e);
    }
  }

  /**
   * The folders Obsidian's Templates and Templater plugins take templates from, relative to the
   * content folder: their notes are unfinished by design ({@code {{date}}}) and never published.
   */
  private static List<String> templateFolders(Path source, Path content) {
    List<String> folders = new ArrayList<>();
    addTemplateFolder(folders, source, content, "templates.json", JSON_TEMPLATES);
    addTemplateFolder(
        folders, source, content, "plugins/templater-obsidian/data.json", JSON_TEMPLATER);
    return List.copyOf(folders);
  }

  private static void addTemplateFolder(
      List<String> folders, Path source, Path content, String file, Pattern key) {
    Optional<Path> settings = obsidianFile(source, content, file);
    if (settings.isEmpty()) {
      return;
    }
    Matcher m = key.matcher(readFile(settings.get()));
    if (!m.find() || ConfigLoader.trimSlashes(unescape(m.group(1))).isEmpty()) {
      return;
    }
    // Obsidian's paths are relative to the vault, the folder that holds .obsidian.
    Path vault = settings.get().getParent().getParent();
    if (file.contains("/")) {
      vault = vault.getParent().getParent();
    }
    Path folder = vault.resolve(ConfigLoader.trimSlashes(unescape(m.group(1)))).normalize();
    if (folder.startsWith(content) && !folder.equals(content)) {
      String relative = content.relativize(folder).toString().replace('\\', '/');
      if (!folders.contains(relative)) {
        folders.add(relative);
      }
    }
  }

  /**
   * A Quartz garden's {@code ignorePatterns} (by default private, templates and .obsidian), read
   * from its quartz.config.ts, so what Quartz never published stays out here too. Read as gitignore
   * patterns, which match at any depth: never less than Quartz leaves out.
   */
  private static List<String> quartzIgnorePatterns(Path source) {
    Path config = source.resolve(QUARTZ_CONFIG);
    if (!Files.isRegularFile(config)) {
      return quartzYaml(source).map(VaultSettings::quartzYamlIgnorePatterns).orElse(List.of());
    }
    return ConfigText.strings(ConfigText.withoutComments(readFile(config)), QUARTZ_IGNORE);
  }

  /**
   * Quartz 5's {@code configuration.ignorePatterns} from quartz.config.yaml. A file that is not
   * YAML stops the build at its line (Quartz's would too): its patterns may keep a private folder
   * out, and a garden baked without them could publish it.
   */
  private static List<String> quartzYamlIgnorePatterns(Path yaml) {
    String text = readFile(yaml);
    if (text.length() > QUARTZ_YAML_MAX_CHARS) {
      throw new ConfigException(
          yaml
              + ": error: is "
              + text.length()
              + " characters, too large for a Quartz configuration; its ignorePatterns cannot be"
              + " read");
    }
    Object document;
    try {
      document = yaml(yaml, text, QUARTZ_YAML_MAX_CHARS);
    } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
      String at = "";
      if (e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException marked
          && marked.getProblemMark().isPresent()) {
        var mark = marked.getProblemMark().get();
        at = ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      }
      throw new ConfigException(
          yaml
              + at
              + ": error: cannot be read as YAML ("
              + e.getMessage().lines().findFirst().orElse("").strip()
              + "); notebake reads its ignorePatterns, so that what Quartz leaves out stays out;"
              + " fix the file");
    }
    if (!(document instanceof java.util.Map<?, ?> root)
        || !(root.get("configuration") instanceof java.util.Map<?, ?> configuration)
        || !(configuration.get("ignorePatterns") instanceof List<?> patterns)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object pattern : patterns) {
      if (pattern instanceof String value && !value.isBlank()) {
        out.add(value);
      }
    }
    return out;
  }

  /** Another tool's YAML settings file, read with the limits a front matter is read with. */
  static Object yaml(Path file, String text, int maxChars) {
    return new org.snakeyaml.engine.v2.api.Load(
            org.snakeyaml.engine.v2.api.LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(maxChars)
                .build())
        .loadFromString(text);
  }

  private static Pattern jsonString(String key) {
    return Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  }

  private static String unescape(String json) {
    return json.replace("\\/", "/").replace("\\\\", "\\");
  }
}
