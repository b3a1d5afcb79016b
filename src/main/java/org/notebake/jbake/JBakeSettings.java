package org.notebake.jbake;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.builder.FileBasedConfigurationBuilder;
import org.apache.commons.configuration2.builder.fluent.Parameters;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.notebake.config.ConfigException;
import org.notebake.config.KeyLocations;
import org.notebake.config.PropertyLines;
import org.notebake.config.SiteProperties;
import org.notebake.diagnostics.Diagnostic;

/**
 * A site's configuration read the way JBake 2.7 reads it, so every JBake key keeps its meaning.
 *
 * <p>Precedence, first wins: {@code custom.properties}, {@code jbake.properties}, notebake's own
 * defaults ({@code notebake/defaults.properties}: {@code .ftlh} templates, sitemap and 404 on,
 * opt-in publishing), then jbake-core's {@code default.properties}. System properties are not
 * consulted, so a bake does not depend on the JVM it runs in.
 *
 * <pre>{@code
 * JBakeSettings settings = JBakeSettings.load(Path.of("my-site"), false);
 * settings.string("site.host");          // Optional[https://avery.example.org]
 * settings.list("publish.folders");      // [essays, projects]
 * }</pre>
 *
 * <p>Only {@code org.notebake.config.ConfigLoader} reads keys: it turns them into the typed records
 * of {@code SiteConfig} once, at load. Defaults live in the two defaults files, not in code.
 */
public final class JBakeSettings implements SiteProperties {
  /** The reader {@link SiteProperties#reader()} finds (META-INF/services). */
  public static final class Reader implements SiteProperties.Reader {
    @Override
    public SiteProperties load(Path source, boolean bareVault) {
      return JBakeSettings.load(source, bareVault);
    }

    @Override
    public boolean setBySite(Path source, String key) {
      return JBakeSettings.setBySite(source, key);
    }
  }

  static final String DEFAULTS = "notebake/defaults.properties";

  private final DefaultJBakeConfiguration config;
  private final Path source;
  private final CompositeConfiguration site;
  private final PropertiesConfiguration jbakeDefaults;
  private final KeyLocations locations;
  private Map<String, Object> templateConfig;

  private JBakeSettings(
      DefaultJBakeConfiguration config,
      Path source,
      CompositeConfiguration site,
      PropertiesConfiguration jbakeDefaults,
      KeyLocations locations) {
    this.config = config;
    this.source = source;
    this.site = site;
    this.jbakeDefaults = jbakeDefaults;
    this.locations = locations;
  }

  /**
   * Loads the configuration of the site in {@code source}. A {@code bareVault} has no
   * jbake.properties: the whole folder is the content.
   */
  public static JBakeSettings load(Path source, boolean bareVault) {
    CompositeConfiguration composite = new CompositeConfiguration();
    composite.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
    CompositeConfiguration site = new CompositeConfiguration();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : KeyLocations.FILES) {
      Path file = source.resolve(name);
      if (Files.isRegularFile(file)) {
        String text = text(file);
        texts.put(name, text);
        PropertiesConfiguration own = siteFile(file, text);
        composite.addConfiguration(own);
        site.addConfiguration(own);
      }
    }
    PropertiesConfiguration jbakeDefaults = properties(jbakeDefaults());
    composite.addConfiguration(properties(resource(DEFAULTS)));
    composite.addConfiguration(jbakeDefaults);
    if (bareVault) {
      composite.setProperty("content.folder", ".");
    }
    return new JBakeSettings(
        new DefaultJBakeConfiguration(source.toFile(), composite),
        source,
        site,
        jbakeDefaults,
        KeyLocations.of(source, texts));
  }

  /**
   * True if the site's own {@code jbake.properties} or {@code custom.properties} sets {@code key},
   * as opposed to a default.
   */
  public static boolean setBySite(Path source, String key) {
    for (String name : KeyLocations.FILES) {
      Path file = source.resolve(name);
      if (Files.isRegularFile(file) && siteFile(file, text(file)).containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private static URL resource(String name) {
    URL url = JBakeSettings.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("notebake is missing its resource " + name);
    }
    return url;
  }

  /** jbake-core's own default.properties, taken from its jar so no other file can shadow it. */
  private static URL jbakeDefaults() {
    URL jar = DefaultJBakeConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
    try {
      String base = jar.toString();
      if (base.endsWith(".jar")) {
        URL inJar = new URL("jar:" + base + "!/default.properties");
        inJar.openStream().close();
        return inJar;
      }
      return new URL(base + "default.properties");
    } catch (IOException e) {
      // A shaded jar holds every class in one place: then the resource by name is jbake's.
      return resource("default.properties");
    }
  }

  /** A properties file of notebake's or jbake-core's, read as JBake reads them. */
  private static PropertiesConfiguration properties(URL url) {
    Parameters params = new Parameters();
    var builder =
        new FileBasedConfigurationBuilder<>(PropertiesConfiguration.class)
            .configure(
                params
                    .properties()
                    .setURL(url)
                    .setEncoding("UTF-8")
                    .setListDelimiterHandler(new DefaultListDelimiterHandler(','))
                    .setIncludesAllowed(false));
    try {
      return builder.getConfiguration();
    } catch (ConfigurationException e) {
      throw new ConfigException(url + ": error: cannot read properties: " + e.getMessage(), e);
    }
  }

  /**
   * The text of a site's properties file as UTF-8, as JBake reads it, without a byte order mark
   * (JBake would read it as part of the first key, and that key as unset).
   */
  private static String text(Path file) {
    try {
      return PropertyLines.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigException(file + ": error: cannot read the file: " + e.getMessage(), e);
    }
  }

  /** A site's properties file, read as JBake reads it (includes off: no file names another). */
  private static PropertiesConfiguration siteFile(Path file, String text) {
    PropertiesConfiguration config = new PropertiesConfiguration();
    config.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
    config.setIncludesAllowed(false);
    try {
      config.read(new StringReader(text));
    } catch (ConfigurationException | IOException | RuntimeException e) {
      // A malformed unicode escape: the reader says which, not where.
      String detail =
          e instanceof ConfigurationException && e.getCause() != null
              ? e.getCause().getMessage()
              : e.getMessage();
      Optional<PropertyLines.Entry> at = PropertyLines.parse(text).refused();
      if (at.isEmpty()) {
        throw new ConfigException(file + ": error: cannot read properties: " + detail, e);
      }
      throw new ConfigException(
          file.getParent(),
          Diagnostic.error(
              file.getFileName().toString(),
              at.get().line(),
              at.get().column(),
              "the line of "
                  + at.get().key()
                  + " has a malformed unicode escape ("
                  + detail
                  + "), so JBake refuses the whole file; a unicode escape is a backslash, u and"
                  + " four hex digits (\\u00e9 is \u00e9); write \\\\u for a backslash"
                  + " followed by u"));
    }
    return config;
  }

  public Path source() {
    return source;
  }

  @Override
  public KeyLocations locations() {
    return locations;
  }

  /**
   * Sets {@code key} for this build above every file (a command line option such as {@code
   * --base-url}, or a value notebake derives such as the title of a bare vault).
   */
  @Override
  public synchronized void override(String key, String value) {
    config.setProperty(key, value);
    templateConfig = null;
  }

  /** True if the site's own custom.properties or jbake.properties sets {@code key}. */
  @Override
  public boolean setBySite(String key) {
    return site.containsKey(key);
  }

  /** jbake-core's own default for {@code key}, e.g. {@code index.ftl} for the index template. */
  @Override
  public Optional<String> jbakeDefault(String key) {
    return Optional.ofNullable(jbakeDefaults.getString(key, null)).map(String::trim);
  }

  /** The value of {@code key} as text; list values are joined with commas. */
  @Override
  public Optional<String> string(String key) {
    Object value = config.get(key);
    if (value instanceof List<?> values) {
      List<String> parts = new ArrayList<>();
      values.forEach(v -> parts.add(String.valueOf(v)));
      return Optional.of(String.join(",", parts));
    }
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value).trim());
  }

  @Override
  public String string(String key, String fallback) {
    return string(key).filter(s -> !s.isEmpty()).orElse(fallback);
  }

  /** A comma-separated value as a list of trimmed, non-empty entries. */
  @Override
  public List<String> list(String key) {
    List<String> out = new ArrayList<>();
    for (String part : string(key).orElse("").split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  /** A boolean key; anything but true/false is a configuration error naming the key. */
  @Override
  public boolean flag(String key) {
    String value = string(key, "false");
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw locations.failure(key, key + "=" + value + " must be true or false");
    }
    return Boolean.parseBoolean(value);
  }

  /** A whole-number key that one of the defaults files always sets. */
  @Override
  public int integer(String key) {
    return integer(key, 0);
  }

  @Override
  public int integer(String key, int fallback) {
    String value = string(key, String.valueOf(fallback));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw locations.failure(key, key + "=" + value + " must be a whole number");
    }
  }

  @Override
  public Path contentFolder() {
    return config.getContentFolder().toPath().normalize();
  }

  @Override
  public Path templateFolder() {
    return config.getTemplateFolder().toPath().normalize();
  }

  @Override
  public Path assetFolder() {
    return config.getAssetFolder().toPath().normalize();
  }

  @Override
  public Path dataFolder() {
    return config.getDataFolder().toPath().normalize();
  }

  @Override
  public Path destinationFolder() {
    return config.getDestinationFolder().toPath().normalize();
  }

  @Override
  public void destinationFolder(Path output) {
    config.setDestinationFolder(output.toFile());
    templateConfig = null;
  }

  /** Document type to template file name, from every {@code template.<type>.file} key. */
  @Override
  public Map<String, String> templateFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String type : config.getDocumentTypes()) {
      files.put(type, config.getTemplateByDocType(type));
    }
    return files;
  }

  /** The {@code config} variable of templates: every key with dots turned into underscores. */
  @Override
  public synchronized Map<String, Object> templateConfig() {
    if (templateConfig == null) {
      Map<String, Object> map = new HashMap<>(config.asHashMap());
      // Folders are absolute paths of this machine: no template needs them, no page may show them.
      map.values().removeIf(value -> value instanceof File);
      // As written: JBake templates write ${config.site_host}/${content.uri}.
      string("site.host").ifPresent(host -> map.put("site_host", host));
      templateConfig = Collections.unmodifiableMap(map);
    }
    return templateConfig;
  }
}
