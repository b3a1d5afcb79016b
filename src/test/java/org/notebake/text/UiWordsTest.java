package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The theme's words: every language says every one, and fills in what English fills in. */
class UiWordsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  @Test
  void everyLanguageHasEveryWordAndNoOther() {
    Set<String> english = UiWords.load("en").keySet();
    assertThat(english).hasSizeGreaterThan(80);
    for (String language : UiWords.LANGUAGES) {
      assertThat(UiWords.load(language).keySet()).as(language).isEqualTo(english);
      UiWords.load(language)
          .forEach((key, word) -> assertThat(word).as(language + " " + key).isNotBlank());
    }
  }

  /**
   * A translation keeps every {0} and {1} of the English, or a title, count or name would go
   * missing from the page; a count of one may be said in words ("une seule") and drop its {0}.
   */
  @Test
  void everyTranslationFillsInWhatTheEnglishFillsIn() {
    Map<String, String> english = UiWords.load("en");
    for (String language : UiWords.LANGUAGES) {
      UiWords.load(language)
          .forEach(
              (key, word) -> {
                Set<String> wanted = placeholders(english.get(key));
                if (key.endsWith("_one")) {
                  assertThat(wanted).as(language + " " + key).containsAll(placeholders(word));
                } else {
                  assertThat(placeholders(word)).as(language + " " + key).isEqualTo(wanted);
                }
              });
    }
  }

  @Test
  void aRegionTakesItsLanguagesWordsAndChangesSome() {
    Map<String, String> brazil = UiWords.of(Locale.forLanguageTag("pt-BR"));
    Map<String, String> portugal = UiWords.of(Locale.forLanguageTag("pt"));

    assertThat(brazil.get("skip_to_content")).isEqualTo("Pular para o conteúdo");
    assertThat(portugal.get("skip_to_content")).isEqualTo("Saltar para o conteúdo");
    assertThat(brazil.get("topics")).isEqualTo(portugal.get("topics")).isEqualTo("Temas");
    assertThat(brazil.keySet()).isEqualTo(UiWords.load("en").keySet());
    assertThat(UiWords.load("pt_BR").keySet()).isSubsetOf(UiWords.load("en").keySet());
  }

  @Test
  void aLanguageWithoutWordsOfItsOwnIsEnglishNeverBlank() {
    assertThat(UiWords.of(Locale.forLanguageTag("fa-IR"))).isEqualTo(UiWords.of(Locale.ENGLISH));
    assertThat(UiWords.of(Locale.forLanguageTag("sw")).get("topics")).isEqualTo("Topics");
    assertThat(UiWords.of(Locale.ROOT).get("min_read")).isEqualTo("{0} min read");
    // A name that is no language is never a path to another resource.
    assertThat(UiWords.load("../ui/en")).isEmpty();
  }

  private static Set<String> placeholders(String word) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(word);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
