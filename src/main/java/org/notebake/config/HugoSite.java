package org.notebake.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a Hugo site's configuration says that notebake keeps: where it is, and the files it never
 * reads ({@code ignoreFiles}).
 *
 * <pre>{@code
 * HugoSite.isHugoSite(Path.of("blog"));   // true: blog/hugo.toml
 * HugoSite.ignoreFiles(Path.of("blog"));  // ["\\.private\\.md$"]
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
