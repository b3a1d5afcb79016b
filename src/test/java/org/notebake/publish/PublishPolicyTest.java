package org.notebake.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatter;

class PublishPolicyTest {
  private final PublishPolicy policy = new PublishPolicy(List.of("essays", "work/public"));
  private final Diagnostics diagnostics = new Diagnostics();

  private boolean published(String path, Map<String, Object> fm) {
    return policy.isPublished(path, FrontMatter.of(fm), false, diagnostics);
  }

  @Test
  void aNoteIsPrivateUnlessItOptsIn() {
    assertThat(published("daily/2025-07-01.md", Map.of())).isFalse();
    assertThat(published("daily/2025-07-01.md", Map.of("publish", true))).isTrue();
    assertThat(published("daily/x.md", Map.of("status", "published"))).isTrue();
  }

  @Test
  void aPublicFolderPublishesUnlessTheNoteOptsOut() {
    assertThat(published("essays/a.md", Map.of())).isTrue();
    assertThat(published("work/public/b.md", Map.of())).isTrue();
    assertThat(published("essays/a.md", Map.of("publish", false))).isFalse();
    assertThat(published("essays/a.md", Map.of("status", "draft"))).isFalse();
    assertThat(published("essays/a.md", Map.of("draft", true))).isFalse();
  }

  /**
   * The other ways a note says it is private, which a Hugo, Jekyll, Eleventy or Notion writer uses:
   * each was published from a public folder.
   */
  @Test
  void privateVisibilityAndUnwrittenPagesAreWithheld() {
    for (Object value : List.of(true, "yes", "TRUE", 1, "for me only")) {
      assertThat(published("essays/a.md", Map.of("private", value)))
          .as("private: " + value)
          .isFalse();
      assertThat(published("essays/a.md", Map.of("publish", true, "Private", value)))
          .as("publish: true, Private: " + value)
          .isFalse();
    }
    assertThat(published("essays/a.md", Map.of("private", false))).isTrue();
    assertThat(published("essays/a.md", Map.of("visibility", "Private"))).isFalse();
    assertThat(published("essays/a.md", Map.of("visibility", List.of("private")))).isFalse();
    assertThat(published("essays/a.md", Map.of("visibility", "public"))).isTrue();
    assertThat(published("essays/a.md", Map.of("status", "private"))).isFalse();
    assertThat(published("essays/a.md", Map.of("status", "Unpublished"))).isFalse();
    assertThat(published("essays/a.md", Map.of("permalink", false))).isFalse();
    assertThat(published("essays/a.md", Map.of("permalink", "/a/"))).isTrue();
    for (Map<String, Object> fm :
        List.<Map<String, Object>>of(
            Map.of("private", true),
            Map.of("visibility", "private"),
            Map.of("status", "private"),
            Map.of("permalink", false))) {
      assertThat(PublishPolicy.choseToWithhold(FrontMatter.of(fm))).as(fm.toString()).isTrue();
    }
    assertThat(PublishPolicy.choseToWithhold(FrontMatter.of(Map.of("private", false)))).isFalse();
  }

  @Test
  void aFolderNamePrefixIsNotTheFolder() {
    assertThat(published("essays-private/a.md", Map.of())).isFalse();
    assertThat(published("work/public-not/a.md", Map.of())).isFalse();
  }

  @Test
  void textThatLooksLikeABooleanDoesNotPublishAndWarns() {
    assertThat(published("daily/x.md", Map.of("publish", "true"))).isFalse();
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("is text, not a boolean"));
  }

  @Test
  void aMalformedHeaderIsAlwaysPrivate() {
    assertThat(policy.isPublished("essays/a.md", FrontMatter.none(), true, diagnostics)).isFalse();
  }

  @Test
  void draftsAreWithheldInEverySpellingAndCase() {
    for (Object value : List.of(true, "true", "TRUE", "yes", "Yes", "on", "y", 1, "1", "maybe")) {
      assertThat(published("essays/a.md", Map.of("draft", value))).as("draft: " + value).isFalse();
      assertThat(published("essays/a.md", Map.of("Draft", value))).as("Draft: " + value).isFalse();
    }
    for (Object value : List.of(false, "false", "False", "no", "NO", "off", 0, "0")) {
      assertThat(published("essays/a.md", Map.of("publish", value)))
          .as("publish: " + value)
          .isFalse();
      assertThat(published("essays/a.md", Map.of("PUBLISH", value)))
          .as("PUBLISH: " + value)
          .isFalse();
      assertThat(published("essays/a.md", Map.of("published", value)))
          .as("published: " + value)
          .isFalse();
    }
    for (String value : List.of("draft", "Draft", " DRAFT ")) {
      assertThat(published("essays/a.md", Map.of("status", value))).as(value).isFalse();
      assertThat(published("essays/a.md", Map.of("Status", value))).as(value).isFalse();
    }
  }

  /**
   * Obsidian's List property writes {@code status: [draft]} (red team): the note was published,
   * even beside {@code publish: true} and in a public folder. A status that is a list or a map is
   * the author's word too: draft anywhere in it withholds; published publishes only when that is
   * all.
   */
  @Test
  void aStatusWrittenAsAListOrMapIsReadItemByItem() {
    assertThat(published("essays/a.md", Map.of("status", List.of("draft")))).isFalse();
    assertThat(published("essays/a.md", Map.of("status", List.of(" Draft ", "idea")))).isFalse();
    assertThat(published("daily/a.md", Map.of("status", List.of("draft"), "publish", true)))
        .isFalse();
    assertThat(published("essays/a.md", Map.of("status", Map.of("value", "draft")))).isFalse();
    assertThat(published("essays/a.md", Map.of("status", List.of(List.of("draft"))))).isFalse();
    assertThat(published("daily/a.md", Map.of("status", List.of("published")))).isTrue();
    assertThat(published("daily/a.md", Map.of("status", List.of("published", "idea")))).isFalse();
    assertThat(published("daily/a.md", Map.of("status", List.of()))).isFalse();
  }

  /**
   * Gardens made for the Obsidian Digital Garden plugin mark public notes {@code dg-publish: true}
   * (a real one: 122 such notes, and nothing was published). It says what {@code publish} says.
   */
  @Test
  void digitalGardensDgPublishIsReadAsPublish() {
    assertThat(published("notes/a.md", Map.of("dg-publish", true))).isTrue();
    assertThat(published("notes/a.md", Map.of("DG-Publish", true))).isTrue();
    assertThat(published("essays/a.md", Map.of("dg-publish", false))).isFalse();
    assertThat(published("notes/a.md", Map.of("dg-publish", true, "draft", true))).isFalse();
    assertThat(published("notes/a.md", Map.of("dg-publish", "true"))).isFalse();
    assertThat(PublishPolicy.saysWhether(FrontMatter.of(Map.of("dg-publish", false)))).isTrue();
  }

  /**
   * Which front matter keeps a note private by its author's word (a vault of none published, and
   * none so, is told how to publish): {@code draft: false} is Quartz's mark on a published note.
   */
  @Test
  void aNoteChoseToBeWithheldOnlyByAClearWord() {
    java.util.function.Predicate<Map<String, Object>> chose =
        fields -> PublishPolicy.choseToWithhold(FrontMatter.of(fields));
    for (Map<String, Object> withheld :
        List.<Map<String, Object>>of(
            Map.of("draft", true),
            Map.of("Draft", "yes"),
            Map.of("publish", false),
            Map.of("dg-publish", "no"),
            Map.of("published", false),
            Map.of("status", "draft"),
            Map.of("status", List.of("draft")),
            Map.of("draft", false, "publish", false))) {
      assertThat(chose.test(withheld)).as("%s", withheld).isTrue();
      assertThat(published("essays/a.md", withheld)).as("%s", withheld).isFalse();
    }
    for (Map<String, Object> unsaid :
        List.<Map<String, Object>>of(
            Map.of(),
            Map.of("draft", false),
            Map.of("draft", "false"),
            Map.of("draft", "maybe"),
            Map.of("publish", "true"),
            Map.of("publish", true),
            Map.of("published", "2026-01-30"),
            Map.of("status", "published"),
            Map.of("title", "draft"))) {
      assertThat(chose.test(unsaid)).as("%s", unsaid).isFalse();
    }
    assertThat(PublishPolicy.saysNoDraft(FrontMatter.of(Map.of("draft", false)))).isTrue();
    assertThat(PublishPolicy.saysNoDraft(FrontMatter.of(Map.of("Draft", false)))).isTrue();
    assertThat(PublishPolicy.saysNoDraft(FrontMatter.of(Map.of("draft", "false")))).isFalse();
    assertThat(PublishPolicy.saysNoDraft(FrontMatter.of(Map.of("draft", true)))).isFalse();
    assertThat(PublishPolicy.saysNoDraft(FrontMatter.of(Map.of()))).isFalse();
  }

  /**
   * JBake's {@code status=published-date} (cjstehno/coffeaelectronica has such posts) publishes a
   * post once its date has come; it was withheld silently.
   */
  @Test
  void publishedDatePublishesOnceTheDateHasCome() {
    assertThat(published("blog/a.md", Map.of("status", "published-date", "date", "2020-01-04")))
        .isTrue();
    assertThat(diagnostics.sorted()).isEmpty();
    String later = java.time.LocalDate.now().plusYears(1).toString();
    assertThat(published("blog/b.md", Map.of("status", "published-date", "date", later))).isFalse();
    assertThat(published("blog/c.md", Map.of("status", "published-date"))).isFalse();
    assertThat(diagnostics.sorted())
        .extracting(d -> d.message())
        .containsExactly(
            "status published-date: the note is published from "
                + later
                + " on, by a bake on or"
                + " after that day",
            "status published-date needs a date= to be published from; the note stays private");
  }

  /** {@code String.strip} keeps a no-break space: {@code \u00A0draft: true} was no draft. */
  @Test
  void aKeyWithInvisibleCharactersAroundItIsTheKey() {
    for (String key :
        List.of("\u00A0draft", "draft\u00A0", "\u200Bdraft", "\uFEFFdraft", "\u2007draft")) {
      assertThat(published("essays/a.md", Map.of(key, true))).as(key).isFalse();
    }
    assertThat(published("daily/a.md", Map.of("\u00A0publish", true))).isTrue();
    assertThat(PublishPolicy.saysWhether(FrontMatter.of(Map.of("\u200Bstatus", "draft")))).isTrue();
  }

  @Test
  void draftFalseAsTextStaysPrivateWithAWarning() {
    assertThat(published("essays/a.md", Map.of("draft", "false"))).isFalse();
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .isEqualTo(
                        "essays/a.md: warning: draft: \"false\" is not a real true or false, so the"
                            + " note stays private; write draft: false without quotes to publish"
                            + " it"));
    assertThat(published("essays/b.md", Map.of("draft", false))).isTrue();
  }

  @Test
  void aPublishValueThatIsNeitherYesNorNoKeepsTheNotePrivate() {
    assertThat(published("essays/a.md", Map.of("publish", "later"))).isFalse();
    assertThat(published("essays/a.md", Map.of("publish", List.of(true)))).isFalse();
    assertThat(diagnostics.sorted()).hasSize(2);
  }

  /**
   * A key left without a value ({@code private:}, as Obsidian's Properties panel writes a property
   * added and not filled in) is the author's word not yet said: private, and said so where the note
   * would be published otherwise. Each was published from a public folder, without a word.
   */
  @Test
  void anEmptyDraftPrivateOrPublishKeepsTheNotePrivate() {
    for (String key : List.of("draft", "private", "Draft", "publish", "dg-publish")) {
      for (Object value : java.util.Arrays.asList(null, "", " ", "\u00A0")) {
        java.util.Map<String, Object> fm = new java.util.HashMap<>();
        fm.put(key, value);
        Diagnostics said = new Diagnostics();
        assertThat(policy.isPublished("essays/a.md", FrontMatter.of(fm), false, said))
            .as(key + ": " + value)
            .isFalse();
        assertThat(said.sorted())
            .singleElement()
            .satisfies(d -> assertThat(d.message()).startsWith(key + " has no value, so the note"));
        assertThat(policy.isPublished("daily/a.md", FrontMatter.of(fm), false, said)).isFalse();
        assertThat(said.sorted()).as("a private note is not told").hasSize(1);
        assertThat(PublishPolicy.choseToWithhold(FrontMatter.of(fm))).isFalse();
      }
    }
    java.util.Map<String, Object> optedIn = new java.util.HashMap<>();
    optedIn.put("publish", true);
    optedIn.put("draft", null);
    assertThat(published("daily/b.md", optedIn)).isFalse();
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> assertThat(d.line()).isZero());
    // Words that carry no opinion when blank stay silent: no status, no visibility.
    assertThat(published("essays/c.md", Map.of("status", "", "visibility", " "))).isTrue();
  }

  @Test
  void dotPublishesTheWholeVaultRootNotesIncluded() {
    PublishPolicy all = new PublishPolicy(List.of("."));
    assertThat(all.isPublished("Home.md", FrontMatter.of(Map.of()), false, diagnostics)).isTrue();
    assertThat(all.isPublished("a/b/c.md", FrontMatter.of(Map.of()), false, diagnostics)).isTrue();
    assertThat(all.isPublished("a.md", FrontMatter.of(Map.of("draft", true)), false, diagnostics))
        .isFalse();
  }

  @Test
  void theHomeNoteIsPublishedUnlessItOptsOut() {
    PublishPolicy home = new PublishPolicy(List.of(), "Home.md");
    assertThat(home.isPublished("Home.md", FrontMatter.of(Map.of()), false, diagnostics)).isTrue();
    assertThat(home.isPublished("Other.md", FrontMatter.of(Map.of()), false, diagnostics))
        .isFalse();
    assertThat(
            home.isPublished("Home.md", FrontMatter.of(Map.of("draft", true)), false, diagnostics))
        .isFalse();
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("is the home page (index.note)"));
  }

  @Test
  void aPublishedDateAsQuartzWritesItIsNotAnOptOut() {
    assertThat(published("essays/a.md", Map.of("published", "2024-01-05"))).isTrue();
    assertThat(published("essays/a.md", Map.of("published", "true"))).isTrue();
    assertThat(published("daily/a.md", Map.of("published", true))).isFalse();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void theSitesDefaultStatusPublishesOnlyANoteThatSaysNothingAndHasAType() {
    PublishPolicy site =
        new PublishPolicy(List.of(), "", new PublishPolicy.Defaults("published", false, true));
    FrontMatter typed = FrontMatter.of(Map.of("type", "page"));

    assertThat(site.isPublished("about.md", typed, false, diagnostics)).isTrue();
    assertThat(site.isPublished("about.md", FrontMatter.of(Map.of()), false, diagnostics))
        .as("JBake skips a file of no type when default.type is not set")
        .isFalse();
    assertThat(
            site.isPublished(
                "about.md",
                FrontMatter.of(Map.of("type", "page", "status", "draft")),
                false,
                diagnostics))
        .isFalse();
    assertThat(
            site.isPublished(
                "about.md",
                FrontMatter.of(Map.of("type", "page", "publish", "true")),
                false,
                diagnostics))
        .as("a note that says something of publishing is read by its own word")
        .isFalse();
  }

  @Test
  void aDefaultStatusOfPublishedDateWaitsForTheNotesDate() {
    PublishPolicy site =
        new PublishPolicy(List.of(), "", new PublishPolicy.Defaults("published-date", true, true));

    assertThat(site.isPublished("a.md", FrontMatter.of(Map.of()), false, diagnostics)).isTrue();
    assertThat(
            site.isPublished(
                "b.md", FrontMatter.of(Map.of("date", "2999-01-01")), false, diagnostics))
        .isFalse();
  }

  /**
   * Hugo's schedule: an announcement written ahead of its day stays private until a bake on or
   * after it, and a page past its expiry date is taken down; both were published.
   */
  @Test
  void hugosPublishDateAndExpiryDateAreKept() {
    String future = java.time.LocalDate.now().plusYears(2).toString();
    String past = java.time.LocalDate.now().minusYears(2).toString();
    assertThat(published("essays/a.md", Map.of("publishDate", future))).isFalse();
    assertThat(published("notes/a.md", Map.of("publish", true, "pubdate", future))).isFalse();
    assertThat(published("essays/a.md", Map.of("PublishDate", past))).isTrue();
    assertThat(published("essays/a.md", Map.of("expiryDate", past))).isFalse();
    assertThat(published("essays/a.md", Map.of("unpublishdate", future))).isTrue();
    assertThat(published("essays/a.md", Map.of("publishDate", past + "T00:00:00Z"))).isTrue();
    // ololiuhqui/magnolia-free-hugo-theme's archetype writes expiryDate: '' on every post.
    assertThat(published("essays/a.md", Map.of("expiryDate", "", "publishDate", " "))).isTrue();
    assertThat(diagnostics.sorted()).isEmpty();

    assertThat(published("essays/a.md", Map.of("publishDate", "next week"))).isFalse();
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .contains(
                        "publishDate is not a date (2025-07-01, or with a time), so the note"));
  }

  /**
   * Red team: a Hugo post with only {@code date: 2099-03-01}, one with {@code published:
   * 2099-03-01}, and a Jekyll {@code _posts/2099-03-01-embargoed.md} were published and in the
   * feeds. Hugo's publish date falls back to {@code published}, then {@code date}, and neither Hugo
   * nor Jekyll builds the future by default. A publishDate says the day whatever the date.
   */
  @Test
  void aPostDatedToComeWaitsForItsDayAsHugoAndJekyllKeepIt() {
    String future = java.time.LocalDate.now().plusYears(2).toString();
    String past = java.time.LocalDate.now().minusYears(2).toString();
    assertThat(published("essays/launch.md", Map.of("date", future))).isFalse();
    assertThat(published("essays/talk.md", Map.of("published", future))).isFalse();
    assertThat(published("essays/b.md", Map.of("published", past, "date", future))).isTrue();
    assertThat(published("essays/c.md", Map.of("date", future, "publishDate", past))).isTrue();
    assertThat(published("essays/d.md", Map.of("date", "someday"))).isTrue();
    assertThat(published("essays/e.md", Map.of("published", true, "date", past))).isTrue();
    assertThat(published("essays/_posts/" + future + "-embargoed.md", Map.of())).isFalse();
    assertThat(published("essays/_posts/" + past + "-hello.md", Map.of())).isTrue();
    assertThat(diagnostics.sorted())
        .extracting(d -> d.format())
        .containsExactly(
            "essays/_posts/"
                + future
                + "-embargoed.md: warning: the file name's date "
                + future
                + " is still to come, so the note stays private until then, as Hugo and Jekyll"
                + " keep a scheduled post; bake again on that day, or give it publishDate: with"
                + " today's date to publish it now",
            "essays/launch.md: warning: date "
                + future
                + " is still to come, so the note stays"
                + " private until then, as Hugo and Jekyll keep a scheduled post; bake again on"
                + " that day, or give it publishDate: with today's date to publish it now",
            "essays/talk.md: warning: published "
                + future
                + " is still to come, so the note stays"
                + " private until then, as Hugo and Jekyll keep a scheduled post; bake again on"
                + " that day, or give it publishDate: with today's date to publish it now");
    assertThat(published("journal/plan.md", Map.of("date", future))).isFalse();
    assertThat(diagnostics.sorted()).as("a private note is not told").hasSize(3);
    // Red team: Jekyll's own date format, which is no date notebake reads whole, and an empty
    // publishDate, from which Hugo falls back to the date.
    assertThat(published("essays/jekyll.md", Map.of("date", future + " 10:00:00 +0100"))).isFalse();
    assertThat(
            published("essays/_posts/2020-01-01-launch.md", Map.of("date", future + " 10:00:00")))
        .isFalse();
    assertThat(published("essays/empty.md", Map.of("publishDate", "", "date", future))).isFalse();
    assertThat(published("essays/old.md", Map.of("date", past + " 10:00:00 +0100"))).isTrue();
  }

  /** Hugo's build options: a page never rendered stays off the site, headless too. */
  @Test
  void aPageHugoNeverRendersIsNotPublished() {
    assertThat(published("essays/a.md", Map.of("build", Map.of("render", "never")))).isFalse();
    assertThat(published("essays/a.md", Map.of("_build", Map.of("render", false)))).isFalse();
    assertThat(published("essays/a.md", Map.of("headless", true))).isFalse();
    assertThat(published("essays/a.md", Map.of("build", Map.of("list", "never")))).isTrue();
    assertThat(published("essays/a.md", Map.of("build", Map.of("render", "always")))).isTrue();
    assertThat(published("essays/a.md", Map.of("headless", false))).isTrue();
    assertThat(PublishPolicy.choseToWithhold(FrontMatter.of(Map.of("headless", true)))).isTrue();
  }
}
