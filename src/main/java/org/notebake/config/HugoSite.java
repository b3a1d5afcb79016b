package org.notebake.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.diagnostics.Location;
import org.notebake.vault.TomlFrontMatter;

/**
 * What a Hugo site's configuration says that notebake keeps: where it is, the files it never reads
 * ({@code ignoreFiles}), and the site's title, address and author.
 *
 * <pre>{@code
 * HugoSite.isHugoSite(Path.of("blog"));   // true: blog/hugo.toml
 * HugoSite.ignoreFiles(Path.of("blog"));  // ["\\.private\\.md$"]
 * HugoSite.siteSettings(blog, blog.resolve("hugo.toml")); // {site.title=Setting[My Photos, hugo.toml:2:1]}
 * }</pre>
 */
final class HugoSite {
  private HugoSite() {}

  /** Larger configurations are not read for their lists: one is a few kilobytes. */
  private static final int MAX_CHARS = 1 << 20;

  /** Whether {@code source} is a Hugo site: see {@link #config}. */
  static boolean isHugoSite(Path source) {
    return config(source).isPresent();
  }

  /**
   * A Hugo site's configuration at {@code source}: a {@code hugo.toml} (or .yaml, .yml, .json), or
   * a {@code config.toml} (and the like) that names its {@code baseURL}.
   */
  static Optional<Path> config(Path source) {
    for (String name : List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")) {
      if (Files.isRegularFile(source.resolve(name))) {
        return Optional.of(source.resolve(name));
      }
    }
    for (String name : List.of("config.toml", "config.yaml", "config.yml", "config.json")) {
      Path config = source.resolve(name);
      try {
        if (Files.isRegularFile(config)
            && Files.size(config) < 1 << 20
            && Files.readString(config).toLowerCase(java.util.Locale.ROOT).contains("baseurl")) {
          return Optional.of(config);
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        // unreadable: not known as Hugo's
      }
    }
    return Optional.empty();
  }

  /**
   * A Hugo site's {@code ignoreFiles}: regular expressions for files Hugo never reads (TOML's
   * {@code ignoreFiles = ["\\.private\\.md$"]}, YAML's or JSON's list); empty for any other site.
   */
  static List<String> ignoreFiles(Path source) {
    Optional<Path> config = config(source);
    if (config.isEmpty()) {
      return List.of();
    }
    String text = VaultSettings.readFile(config.get());
    String name = config.get().getFileName().toString();
    if (name.endsWith(".toml")) {
      // Basic strings' escapes read as JavaScript's ("\\.md$" is \.md$); a literal string's \.
      // loses its backslash, and then ignores more, never less.
      return readable(
          config.get(), ConfigText.strings(ConfigText.withoutTomlComments(text), IGNORE_FILES));
    }
    try {
      Object document = VaultSettings.yaml(config.get(), text, MAX_CHARS);
      if (document instanceof java.util.Map<?, ?> root) {
        for (java.util.Map.Entry<?, ?> entry : root.entrySet()) {
          if (String.valueOf(entry.getKey()).equalsIgnoreCase("ignoreFiles")
              && entry.getValue() instanceof List<?> list) {
            return readable(config.get(), list.stream().map(String::valueOf).toList());
          }
        }
      }
    } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
      // not YAML (JSON is YAML): nothing read
    }
    return List.of();
  }

  /** A value a Hugo site's configuration gives one of JBake's keys, and where it is written. */
  record Setting(String value, Location at) {}

  /**
   * What a Hugo site's configuration says of the site, by JBake's keys: {@code site.title} from
   * {@code title}, {@code site.host} from {@code baseURL} (as written: Hugo takes {@code /} too),
   * {@code site.author} from {@code params.author}, else {@code author} (a name, or a map's {@code
   * name}, or a list's first). Hugo reads its keys in any case ({@code baseurl}). Empty for a
   * configuration that cannot be read.
   *
   * @param config the site's configuration ({@link #config})
   */
  static Map<String, Setting> siteSettings(Path source, Path config) {
    String text = VaultSettings.readFile(config);
    Map<?, ?> root = document(config, text);
    String file = source.relativize(config).toString().replace('\\', '/');
    Map<String, Setting> settings = new LinkedHashMap<>();
    name(get(root, "title"))
        .ifPresent(title -> settings.put("site.title", setting(title, file, text, "title")));
    name(get(root, "baseURL"))
        .ifPresent(url -> settings.put("site.host", setting(url, file, text, "baseURL")));
    name(get(get(root, "params"), "author"))
        .or(() -> name(get(root, "author")))
        .ifPresent(author -> settings.put("site.author", setting(author, file, text, "author")));
    return Map.copyOf(settings);
  }

  private static Map<?, ?> document(Path config, String text) {
    if (text.length() > MAX_CHARS) {
      return Map.of();
    }
    if (config.getFileName().toString().endsWith(".toml")) {
      return TomlFrontMatter.values(text).orElse(Map.of());
    }
    try {
      return VaultSettings.yaml(config, text, MAX_CHARS) instanceof Map<?, ?> root
          ? root
          : Map.of();
    } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
      return Map.of(); // not YAML (JSON is YAML): nothing read
    }
  }

  /** The value of {@code key} in {@code map}, its case ignored as Hugo ignores it; else null. */
  private static Object get(Object map, String key) {
    if (map instanceof Map<?, ?> entries) {
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        if (String.valueOf(entry.getKey()).equalsIgnoreCase(key)) {
          return entry.getValue();
        }
      }
    }
    return null;
  }

  /** Text that is not blank, a map's {@code name}, or a list's first such text. */
  private static Optional<String> name(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? Optional.empty() : name(list.get(0));
    }
    if (value instanceof Map<?, ?>) {
      return name(get(value, "name"));
    }
    return value instanceof String text && !text.isBlank()
        ? Optional.of(text.strip())
        : Optional.empty();
  }

  /** The setting, at the first line that begins with {@code key} (line 0 when none does). */
  private static Setting setting(String value, String file, String text, String key) {
    Matcher line =
        Pattern.compile("(?im)^([ \\t]*)[\"']?" + Pattern.quote(key) + "[\"']?[ \\t]*[=:]")
            .matcher(text);
    if (!line.find()) {
      return new Setting(value, new Location(file, 0, 0));
    }
    int number = 1;
    for (int i = 0; i < line.start(); i++) {
      if (text.charAt(i) == '\n') {
        number++;
      }
    }
    return new Setting(value, new Location(file, number, line.end(1) - line.start() + 1));
  }

  /**
   * The regular expressions, each one Java reads: one that it cannot stops the build, since the
   * files it would leave out might be private.
   */
  private static List<String> readable(Path config, List<String> regexes) {
    for (String regex : regexes) {
      try {
        Pattern.compile(regex);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new ConfigException(
            config
                + ": error: ignoreFiles entry \""
                + regex
                + "\" is not a regular expression notebake can read ("
                + e.getDescription()
                + "), so the files it leaves out cannot be told; fix it");
      }
    }
    return regexes;
  }

  private static final Pattern IGNORE_FILES = Pattern.compile("(?im)^\\s*ignoreFiles\\s*=\\s*\\[");
}
