package org.notebake.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Location;

/**
 * Where the site sets each key: the file it is read from ({@code custom.properties} wins over
 * {@code jbake.properties}, as when the site is read) and the line, so every diagnostic about a key
 * points at it. A key the site does not set (a default) is at {@code jbake.properties} without a
 * line, or at the site's folder when it has no properties file; one a Hugo site's configuration
 * sets is at its line there ({@link #withSettingsAt}).
 *
 * <pre>{@code
 * KeyLocations keys = KeyLocations.of(site, Map.of("jbake.properties", "# site\nrender.tags=maybe\n"));
 * keys.locate("render.tags");   // Location[path=jbake.properties, line=2, column=1]
 * keys.failure("render.tags", "render.tags=maybe must be true or false").getMessage();
 * // /home/avery/site/jbake.properties:2:1: error: render.tags=maybe must be true or false
 * }</pre>
 */
public final class KeyLocations {
  /** The site's properties files, the first winning, as {@code jbake.JBakeSettings} reads them. */
  public static final List<String> FILES = List.of("custom.properties", "jbake.properties");

  private static final String MAIN = "jbake.properties";

  private final Path source;
  private final Map<String, PropertyLines> files;

  /** Keys another generator's configuration sets where the properties files do not. */
  private final Map<String, Location> elsewhere;

  private KeyLocations(
      Path source, Map<String, PropertyLines> files, Map<String, Location> elsewhere) {
    this.source = source;
    this.files = files;
    this.elsewhere = elsewhere;
  }

  /**
   * @param texts the decoded text ({@link PropertyLines#decode}) of each of the site's properties
   *     files that exists, by file name
   */
  public static KeyLocations of(Path source, Map<String, String> texts) {
    Map<String, PropertyLines> files = new LinkedHashMap<>();
    for (String name : FILES) {
      String text = texts.get(name);
      if (text != null) {
        files.put(name, PropertyLines.parse(text));
      }
    }
    return new KeyLocations(source, files, Map.of());
  }

  /**
   * These locations, with keys that another generator's configuration sets where the site's
   * properties files do not ({@code site.title} from Hugo's {@code title}, at its line of {@code
   * config.toml}): a diagnostic about the value points where it was written.
   */
  KeyLocations withSettingsAt(Map<String, Location> settings) {
    Map<String, Location> all = new LinkedHashMap<>(elsewhere);
    settings.forEach(all::putIfAbsent);
    return new KeyLocations(source, files, Map.copyOf(all));
  }

  /**
   * The line that sets {@code key} (its last, if set twice), or where another generator's
   * configuration sets it; else jbake.properties without a line, or the site's folder ({@code .})
   * when it has no properties file, so that no diagnostic names a file that is not there.
   */
  public Location locate(String key) {
    return find(key)
        .or(() -> Optional.ofNullable(elsewhere.get(key)))
        .orElse(new Location(files.isEmpty() ? "." : MAIN, 0, 0));
  }

  /**
   * How to set {@code keys} the site does not: {@code set site.host in jbake.properties}, or {@code
   * add site.host to a jbake.properties at the site root} when the site has no properties file.
   */
  public String howToSet(String keys) {
    return files.isEmpty()
        ? "add " + keys + " to a " + MAIN + " at the site root"
        : "set " + keys + " in " + MAIN;
  }

  /**
   * The value the site wrote for {@code key}, before JBake split it at its commas ({@code a,b} is
   * read back {@code a,b}, not {@code a, b}); {@code \\,} is a comma.
   */
  public Optional<String> text(String key) {
    for (PropertyLines file : files.values()) {
      Optional<PropertyLines.Entry> entry = file.last(key);
      if (entry.isPresent()) {
        return Optional.of(entry.get().value().replace("\\,", ","));
      }
    }
    return Optional.empty();
  }

  /** The line that sets {@code key}, if the site sets it. */
  private Optional<Location> find(String key) {
    for (Map.Entry<String, PropertyLines> file : files.entrySet()) {
      Optional<PropertyLines.Entry> entry = file.getValue().last(key);
      if (entry.isPresent()) {
        return Optional.of(new Location(file.getKey(), entry.get().line(), entry.get().column()));
      }
    }
    return Optional.empty();
  }

  /**
   * An error about {@code key} at its line, to throw: a configuration error stops the build. A key
   * set twice says so, since its value is then the list of both.
   */
  public ConfigException failure(String key, String message) {
    Location at = locate(key);
    List<PropertyLines.Entry> all =
        files.containsKey(at.path()) ? files.get(at.path()).all(key) : List.of();
    String twice =
        all.size() < 2
            ? ""
            : " (it is set at lines "
                + String.join(" and ", all.stream().map(e -> String.valueOf(e.line())).toList())
                + ", and JBake reads a key set twice as the list of all its values; keep one)";
    return new ConfigException(source, at.error(message + twice));
  }

  /**
   * A warning at each line that sets a key its file set before: JBake's reader keeps every value of
   * such a key, as a list, not the last one as {@code java.util.Properties} would.
   */
  public List<Diagnostic> duplicates() {
    List<Diagnostic> warnings = new ArrayList<>();
    files.forEach(
        (name, lines) -> {
          for (String key : lines.keys()) {
            List<PropertyLines.Entry> all = lines.all(key);
            PropertyLines.Entry first = all.get(0);
            for (PropertyLines.Entry again : all.subList(1, all.size())) {
              warnings.add(
                  Diagnostic.warning(
                      name,
                      again.line(),
                      again.column(),
                      key
                          + " is set again here and at line "
                          + first.line()
                          + "; JBake reads a key set twice as the list of all its values ("
                          + String.join(",", all.stream().map(PropertyLines.Entry::value).toList())
                          + "), not as the last one; keep one of the lines"));
            }
          }
        });
    return List.copyOf(warnings);
  }
}
