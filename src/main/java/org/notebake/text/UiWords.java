package org.notebake.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words the built-in theme puts around a site's own text ("Topics", "Linked from", "3 min
 * read"), in the site's language: English, then the language's own file, then its region's (so
 * {@code pt_BR} takes Portuguese words and may change some). A word no file of the language has
 * stays English, never blank. A site sets its own word with {@code ui.KEY=...} in {@code
 * jbake.properties}; the theme reads each as {@code config.ui_KEY}.
 *
 * <pre>{@code
 * UiWords.of(Locale.forLanguageTag("fr")).get("topics"); // "Sujets"
 * UiWords.of(Locale.ENGLISH).get("min_read");            // "{0} min read"
 * }</pre>
 */
public final class UiWords {
  /** The languages with a file of their own, beside English. */
  public static final java.util.List<String> LANGUAGES =
      java.util.List.of(
          "ar", "de", "es", "fr", "he", "it", "ja", "ko", "nl", "pl", "pt", "ru", "zh");

  private static final Map<String, Map<String, String>> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private UiWords() {}

  /** Every word for {@code locale}, by key. */
  public static Map<String, String> of(Locale locale) {
    Map<String, String> words = new TreeMap<>(load("en"));
    String language = locale.getLanguage();
    if (!language.isEmpty() && !language.equals("en")) {
      words.putAll(load(language));
    }
    if (!locale.getCountry().isEmpty()) {
      words.putAll(load(language + "_" + locale.getCountry()));
    }
    return Collections.unmodifiableMap(words);
  }

  /** The words of one file, or none when notebake has no file for that language. */
  static Map<String, String> load(String name) {
    return LOADED.computeIfAbsent(name, UiWords::read);
  }

  private static Map<String, String> read(String name) {
    if (!name.matches("[a-z]{2,3}(_[A-Z]{2})?")) {
      return Map.of();
    }
    try (InputStream in =
        UiWords.class.getResourceAsStream("/notebake/ui/" + name + ".properties")) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> words = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> words.put(key, properties.getProperty(key)));
      return Collections.unmodifiableMap(words);
    } catch (IOException e) {
      throw new UncheckedIOException("notebake's own words for " + name + " cannot be read", e);
    }
  }
}
