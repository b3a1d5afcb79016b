package org.notebake.jbake;

import freemarker.template.Configuration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The FreeMarker configurations of the last few sites built in this process, each with the
 * templates it has parsed, so that a serve rebuild does not parse its templates again.
 *
 * <p>A configuration is reused for the same templates folder, locale and zone while the template
 * files' {@link TemplateFiles#fingerprint} is the same; another fingerprint replaces it. Two sites
 * never share one (the folder is part of the key), and nothing is set on a configuration after it
 * is made (each render brings its own store and model), so concurrent builds may use it.
 *
 * <pre>{@code
 * Configuration freemarker = ParsedTemplates.configuration(templates, fingerprint, locale, zone);
 * }</pre>
 */
final class ParsedTemplates {
  /** Sites remembered: serve needs one; a JVM that bakes many sites (tests) keeps only the last. */
  static final int SITES = 4;

  private record Site(Path templates, Locale locale, String zone) {}

  private record Parsed(String fingerprint, Configuration configuration) {}

  private static final Map<Site, Parsed> RECENT =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Site, Parsed> eldest) {
          return size() > SITES;
        }
      };

  /** Configurations made in this process, for tests to see one reused. */
  private static final AtomicInteger MADE = new AtomicInteger();

  private ParsedTemplates() {}

  /**
   * The configuration for {@code templates} (the site's folder, or null) whose files have the
   * fingerprint {@code templateFiles}: the one made before, or a new one.
   */
  static Configuration configuration(
      Path templates, String templateFiles, Locale locale, TimeZone zone) {
    Site site =
        new Site(
            templates == null ? null : templates.toAbsolutePath().normalize(),
            locale,
            zone.getID());
    synchronized (RECENT) {
      Parsed known = RECENT.get(site);
      if (known != null && known.fingerprint().equals(templateFiles)) {
        return known.configuration();
      }
      Configuration made = SafeTemplateEngine.configure(templates, locale, zone);
      MADE.incrementAndGet();
      RECENT.put(site, new Parsed(templateFiles, made));
      return made;
    }
  }

  static int made() {
    return MADE.get();
  }
}
