package org.notebake.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A site's properties as JBake reads them ({@code custom.properties}, {@code jbake.properties},
 * notebake's defaults, then jbake-core's), for {@link ConfigLoader} alone to turn into {@link
 * SiteConfig}. The reader lives in the {@code jbake} package, the only one that may touch JBake's
 * classes; it is found with {@link ServiceLoader}, so this package depends on no JBake class and
 * {@code jbake} may depend on {@code config}.
 *
 * <pre>{@code
 * SiteProperties site = SiteProperties.reader().load(Path.of("my-site"), false);
 * site.string("site.host");          // Optional[https://avery.example.org]
 * site.list("publish.folders");      // [essays, projects]
 * }</pre>
 */
public interface SiteProperties {

  /** Reads a site's properties; {@code META-INF/services} names the implementation. */
  interface Reader {
    /**
     * The properties of the site in {@code source}; a {@code bareVault} has no jbake.properties.
     */
    SiteProperties load(Path source, boolean bareVault);

    /** True if the site's own jbake.properties or custom.properties sets {@code key}. */
    boolean setBySite(Path source, String key);
  }

  /** The one reader on the class path. */
  static Reader reader() {
    return ServiceLoader.load(Reader.class, SiteProperties.class.getClassLoader())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("notebake is missing its properties reader"));
  }

  /** Where the site sets each key, for diagnostics at its line. */
  KeyLocations locations();

  /** Sets {@code key} for this build above every file (a command line option, a derived value). */
  void override(String key, String value);

  /** True if the site's own custom.properties or jbake.properties sets {@code key}. */
  boolean setBySite(String key);

  /** jbake-core's own default for {@code key}, e.g. {@code index.ftl} for the index template. */
  Optional<String> jbakeDefault(String key);

  /** The value of {@code key} as text; list values are joined with commas. */
  Optional<String> string(String key);

  /** The value of {@code key}, or {@code fallback} when unset or empty. */
  String string(String key, String fallback);

  /** A comma-separated value as a list of trimmed, non-empty entries. */
  List<String> list(String key);

  /** A boolean key; anything but true/false is a configuration error naming the key. */
  boolean flag(String key);

  /** A whole-number key that one of the defaults files always sets. */
  int integer(String key);

  /** A whole-number key, or {@code fallback}; not a number is a configuration error. */
  int integer(String key, int fallback);

  Path contentFolder();

  Path templateFolder();

  Path assetFolder();

  Path dataFolder();

  Path destinationFolder();

  /** Sets the output folder for this build. */
  void destinationFolder(Path output);

  /** Document type to template file name, from every {@code template.<type>.file} key. */
  Map<String, String> templateFiles();

  /** The {@code config} variable of templates: every key with dots turned into underscores. */
  Map<String, Object> templateConfig();
}
