package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in theme speaks the site's language (site.locale) around the owner's own text, as
 * Quartz and Hugo themes do, and a site changes any word with ui.KEY in jbake.properties.
 */
class ThemeWordsTest {
  @TempDir Path dir;

  private static final String NOTES =
      """
      -- content/essays/first.md --
      ---
      title: Premier essai
      date: 2024-05-01
      tags: [observability]
      ---
      ## Pourquoi

      Une phrase avec une note.[^1]

      [^1]: La note.
      -- content/essays/second.md --
      ---
      title: Second essai
      date: 2024-05-02
      ---
      Voir [[first]].
      """;

  private SiteFixture site(String name, String properties) throws Exception {
    return SiteFixture.of(
        dir.resolve(name), "-- jbake.properties --\npublish.folders=essays\n" + properties + NOTES);
  }

  /**
   * site.locale=pt_BR (Java's spelling, as the README gives it) is written pt-BR wherever a
   * language tag is read: lang="pt_BR" is no language to a browser or a screen reader, nor xml:lang
   * to XML.
   */
  @Test
  void aRegionalLocaleIsWrittenAsALanguageTagAndNonsenseAsEnglish() throws Exception {
    SiteFixture brazil =
        site("br", "site.host=https://avery.example.org/\nsite.locale=pt_BR\nrender.feed=true\n");
    SiteFixture.Result r = brazil.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(brazil.read("essays/first.html"))
        .contains("<html lang=\"pt-BR\"")
        .contains("\"inLanguage\":\"pt-BR\"")
        .contains("<meta property=\"og:locale\" content=\"pt_BR\">")
        .doesNotContain("lang=\"pt_BR\"");
    assertThat(brazil.read("feed.xml")).contains("xml:lang=\"pt-BR\"");
    assertThat(brazil.read("feed.json")).contains("\"language\": \"pt-BR\"");

    SiteFixture nonsense = site("nonsense", "site.locale=../../etc\n");
    assertThat(nonsense.bake().exitCode()).isZero();
    assertThat(nonsense.read("essays/first.html")).contains("<html lang=\"en\" dir=\"ltr\">");
  }

  @Test
  void aDateFormatThatIsNoPatternIsOneErrorAtItsLine() throws Exception {
    SiteFixture site = site("bad", "ui.date_format=d 'of MMMM\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "jbake.properties:2:1: error: ui.date_format=d 'of MMMM is not a date pattern"
                + " (Unterminated quote);")
        .doesNotContain("base.ftlh");
  }

  /** JBake splits a value at its commas; a word is read back as written, not re-joined ", ". */
  @Test
  void aWordWithCommasReadsAsWritten() throws Exception {
    SiteFixture site = site("commas", "ui.topics=Thèmes,et plus\nui.date_format=EEE,d MMM yyyy\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/first.html"))
        .contains(">Thèmes,et plus</a>")
        .contains(">Wed,1 May 2024</time>");
  }

  @Test
  void aFrenchSiteGetsTheThemesWordsInFrench() throws Exception {
    SiteFixture site = site("fr", "site.locale=fr\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    String first = site.read("essays/first.html");
    assertThat(first)
        .contains("<html lang=\"fr\"")
        .contains("Aller au contenu")
        .contains(">Sujets</a>")
        .contains("1 min de lecture")
        .contains("aria-label=\"Lien vers cette section\"")
        .contains("aria-label=\"Retour à la référence 1\"")
        .contains("<h2>Cité dans</h2>")
        .contains("Fait avec notebake.")
        .doesNotContain("Skip to content")
        .doesNotContain("min read")
        .doesNotContain("Link to this section")
        .doesNotContain("Back to reference");
    assertThat(site.read("archive.html")).contains("2 essais").contains("<h1>Essais</h1>");
    assertThat(site.read("tags/observability.html")).contains("1 entrée");
    assertThat(site.read("404.html")).contains("<h1>Page introuvable</h1>");
  }

  /** A date reads in the language's own order: 2024년 5월 1일, 1. Mai 2024, 1 de mayo de 2024. */
  @Test
  void datesReadInTheLanguagesOwnOrder() throws Exception {
    assertThat(dateIn("ko")).isEqualTo("2024년 5월 1일");
    assertThat(dateIn("de")).isEqualTo("1. Mai 2024");
    assertThat(dateIn("es")).isEqualTo("1 de mayo de 2024");
    assertThat(dateIn("ru")).isEqualTo("1 мая 2024");
    assertThat(dateIn("pl")).isEqualTo("1 maja 2024");
    assertThat(dateIn("en")).isEqualTo("1 May 2024");
  }

  private String dateIn(String locale) throws Exception {
    SiteFixture site = site("date-" + locale, "site.locale=" + locale + "\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<time datetime=\"2024-05-01\">([^<]*)</time>")
            .matcher(site.read("essays/first.html"));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void aSiteChangesOneWordAndKeepsTheRest() throws Exception {
    SiteFixture site =
        site(
            "own",
            "site.locale=fr\nui.topics=Thèmes\nui.anchor=Lien direct\n"
                + "ui.colophon=Fait main, avec soin.\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.read("essays/first.html"))
        .contains(">Thèmes</a>")
        .doesNotContain(">Sujets</a>")
        .contains("aria-label=\"Lien direct\"")
        .contains("Fait main, avec soin.")
        .contains("Aller au contenu");
  }

  @Test
  void aKeyThatIsNoneOfTheWordsIsAWarningAtItsLine() throws Exception {
    SiteFixture site = site("typo", "ui.topcis=Thèmes\nui.flavour=sweet\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(r.err())
        .contains(
            "jbake.properties:2:1: warning: ui.topcis is not one of the theme's words, so no page"
                + " shows it; did you mean ui.topics?")
        .contains("jbake.properties:3:1: warning: ui.flavour is not one of the theme's words");
  }

  @Test
  void anEnglishSiteReadsAsBefore() throws Exception {
    SiteFixture site = site("en", "");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.read("essays/first.html"))
        .contains("Skip to content")
        .contains(">Topics</a>")
        .contains("1 min read")
        .contains("aria-label=\"Link to this section\"")
        .contains("aria-label=\"Back to reference 1\"")
        .contains("<h2>Linked from</h2>");
    assertThat(site.read("archive.html")).contains("2 essays");
  }
}
