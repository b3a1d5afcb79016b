package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;

/**
 * What a render records of what its template read, by each way a template reaches the site: its own
 * document, a neighbour, a list and its elements, tags, data files, db, the date, a document's
 * keys.
 */
class TemplateReadsTest {
  @TempDir Path dir;

  /** A dated post of the tag "radio" (also JBakeSiteAfterTest's documents). */
  static SiteDocument doc(String name, int day, String body) {
    return new SiteDocument(
        "content/essays/" + name + ".md",
        "essays/" + name + ".html",
        "post",
        name,
        ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusDays(day),
        null,
        List.of("radio"),
        "<p>" + body + "</p>",
        Map.of("description", "About " + name));
  }

  /** Renders b's page with {@code template} as the post template. */
  private TemplateReads reads(String template, List<SiteDocument> docs)
      throws IOException, TemplateFailure {
    JBakeSite site = site(template, docs);
    TemplateReads reads = new TemplateReads();
    PlannedOutput page =
        site.plan().stream()
            .filter(p -> p.path().equals("essays/b.html"))
            .findFirst()
            .orElseThrow();
    site.render(page, reads);
    return reads;
  }

  /** b's page rendered with {@code template}, reads tracked, as text. */
  private String render(String template) throws IOException, TemplateFailure {
    JBakeSite site = site(template, DOCS);
    PlannedOutput page =
        site.plan().stream()
            .filter(p -> p.path().equals("essays/b.html"))
            .findFirst()
            .orElseThrow();
    return site.render(page, new TemplateReads()).strip();
  }

  private JBakeSite site(String template, List<SiteDocument> docs) throws IOException {
    Path root = dir.resolve("site");
    Files.createDirectories(root.resolve("templates"));
    Files.writeString(
        root.resolve("jbake.properties"),
        "site.host=https://avery.example.org\nsite.title=T\nsite.author=Avery Quinn\n");
    Files.writeString(root.resolve("templates/post.ftlh"), template);
    SiteConfig config = ConfigLoader.load(root, dir.resolve("out"));
    return JBakeSite.create(
        config,
        docs,
        List.of(new DataFile("people.yaml", Map.of("name", "Avery"))),
        List.of(
            new TagInfo(
                "radio",
                "Radio",
                "tags/radio.html",
                "tags/radio.xml",
                docs.stream().map(SiteDocument::uri).toList())));
  }

  private static final List<SiteDocument> DOCS =
      List.of(doc("a", 1, "first"), doc("b", 2, "second"), doc("c", 3, "third"));

  private static final int DOCS_POSTS = DOCS.size();

  private static String field(String doc, String key) {
    return "field\u0000d:essays/" + doc + ".html\u0000" + key;
  }

  @Test
  void eachFieldReadIsRecordedOnTheDocumentItBelongsTo() throws IOException, TemplateFailure {
    TemplateReads reads = reads("${content.title} ${content.previousContent.title}", DOCS);
    assertThat(reads.dependencies())
        .containsExactlyInAnyOrder(
            field("b", "title"), field("b", "previousContent"), field("a", "title"));
    assertThat(reads.complete()).isTrue();
  }

  /**
   * Pages of one build share each name (a tag page reads a thousand titles that notes' pages read
   * too): the memo holds one copy, and a page that reads a field another read builds no string.
   */
  @Test
  void pagesOfOneBuildShareOneCopyOfEachName() throws IOException, TemplateFailure {
    JBakeSite site = site("${content.title} ${content.previousContent.title}", DOCS);
    PlannedOutput page =
        site.plan().stream()
            .filter(p -> p.path().equals("essays/b.html"))
            .findFirst()
            .orElseThrow();
    DependencyNames names = new DependencyNames();
    TemplateReads first = new TemplateReads(names);
    TemplateReads second = new TemplateReads(names);
    site.render(page, first);
    site.render(page, second);
    assertThat(second.dependencies()).isEqualTo(first.dependencies());
    for (String name : second.dependencies()) {
      String same = first.dependencies().stream().filter(name::equals).findFirst().orElseThrow();
      assertThat(same).isSameAs(name);
    }
    TemplateReads alone = new TemplateReads();
    site.render(page, alone);
    assertThat(alone.dependencies())
        .containsExactlyInAnyOrderElementsOf(first.dependencies())
        .allSatisfy(
            name -> assertThat(first.dependencies().stream().anyMatch(n -> n == name)).isFalse());
    assertThat(names.shared(new String(TemplateReads.TAGS)))
        .isSameAs(names.shared(TemplateReads.TAGS));
  }

  @Test
  void aListDependsOnItsOrderAndOnTheFieldsReadOfItsElements() throws IOException, TemplateFailure {
    TemplateReads reads =
        reads("<#list published_posts?sort_by(\"title\") as p>${p.uri}</#list>", DOCS);
    assertThat(reads.dependencies())
        .contains(TemplateReads.typeList("post"), field("a", "title"), field("c", "uri"))
        .doesNotContain(field("a", "body"));
  }

  /**
   * FreeMarker's {@code ?has_content} asks a bean model whether it is empty before it asks a
   * sequence its size: the list relies on that order to tell "any?" from "how many?". Its other
   * uses are as a plain list's.
   */
  @Test
  void hasContentDependsOnWhetherAnyNotOnHowMany() throws IOException, TemplateFailure {
    assertThat(reads("<#if published_posts?has_content>y</#if>", DOCS).dependencies())
        .containsExactly(TemplateReads.typeAny("post"));
    assertThat(reads("${(published_posts?size > 0)?c}", DOCS).dependencies())
        .containsExactly(TemplateReads.typeCount("post"));
    assertThat(reads("${published_posts?first.uri}", DOCS).dependencies())
        .contains(TemplateReads.typeList("post"));
    assertThat(reads("<#list published_posts?reverse as p>${p.uri}</#list>", DOCS).dependencies())
        .contains(TemplateReads.typeList("post"));
    assertThat(render("${(published_posts.size)???c}")).isEqualTo("false");
    assertThat(render("${published_posts?size} ${published_posts?has_content?c}"))
        .isEqualTo(DOCS_POSTS + " true");
    assertThat(render("<#list published_posts as p>${p?index}</#list>"))
        .isEqualTo(
            java.util.stream.IntStream.range(0, DOCS_POSTS)
                .mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining()));
  }

  @Test
  void tagsDataDateDbAndKeysAreRecordedAsWhatTheyReach() throws IOException, TemplateFailure {
    assertThat(reads("<#list tags as t>${t.name}</#list>", DOCS).dependencies())
        .containsExactly(TemplateReads.TAGS);
    assertThat(reads("${data.get(\"people.yaml\").name}", DOCS).dependencies())
        .contains(TemplateReads.DATA);
    assertThat(reads("${published_date?string(\"yyyy\")}", DOCS).dependencies())
        .containsExactly(TemplateReads.CLOCK);
    assertThat(reads("${published_year?c}", DOCS).dependencies())
        .containsExactly(TemplateReads.YEAR);
    assertThat(reads("${published_posts?size}", DOCS).dependencies())
        .containsExactly(TemplateReads.typeCount("post"));
    assertThat(reads("${published_posts?has_content?c}", DOCS).dependencies())
        .containsExactly(TemplateReads.typeAny("post"));
    assertThat(reads("<#list published_posts as p>${p?index}</#list>", DOCS).dependencies())
        .containsExactlyInAnyOrder(TemplateReads.typeList("post"), TemplateReads.typeCount("post"));
    assertThat(reads("${db.getPublishedPosts()?size}", DOCS).dependencies())
        .containsExactly(TemplateReads.EVERYTHING);
    assertThat(reads("<#list content?keys as k>${k}</#list>", DOCS).dependencies())
        .containsExactly("doc\u0000d:essays/b.html");
    assertThat(reads("${nothing_here!\"-\"}", DOCS).dependencies()).isEmpty();
  }

  /**
   * The built-in theme's essay page, tracked: it depends on the year (its footer) but not on the
   * day, so the first bake of a day does not make every page again; nor on the order or number of
   * the essays, only on whether there are any (its header): a new essay does not make every page
   * again.
   */
  @Test
  void theThemesEssayPageDependsOnTheYearAndWhetherThereAreEssays() throws Exception {
    java.nio.file.Path post = java.nio.file.Path.of("templates/post.ftlh");
    java.util.Set<String> read = reads(Files.readString(post), DOCS).dependencies();
    assertThat(read)
        .contains(TemplateReads.YEAR, TemplateReads.typeAny("post"))
        .doesNotContain(
            TemplateReads.CLOCK,
            TemplateReads.typeCount("post"),
            TemplateReads.typeList("post"),
            TemplateReads.STRUCTURE,
            TemplateReads.EVERYTHING);
  }

  @Test
  void aValueLookedUpOnceIsTheCurrentValueAndAFieldsIsNotKept() throws IOException {
    JBakeSite site = site("${content.title}", DOCS);
    JBakeSite same = site("${content.title}", DOCS);
    List<String> dependencies =
        List.of(
            field("a", "title"),
            field("b", "body"),
            field("b", "previousContent"),
            field("gone", "title"),
            TemplateReads.typeList("post"),
            TemplateReads.TAGS,
            TemplateReads.STRUCTURE,
            TemplateReads.EVERYTHING,
            "doc\u0000d:essays/c.html");
    for (String dependency : dependencies) {
      assertThat(site.valueOnce(dependency))
          .as(dependency)
          .isEqualTo(same.currentValue(dependency));
    }
    // The memo compares each field once: computed again when asked again, not held meanwhile.
    String once = site.valueOnce(field("c", "title"));
    assertThat(site.valueOnce(field("c", "title"))).isEqualTo(once).isNotSameAs(once);
    // A value a page asked for is kept, and the one-time look-up finds it.
    String kept = site.currentValue(field("c", "uri"));
    assertThat(site.valueOnce(field("c", "uri"))).isSameAs(kept);
  }

  @Test
  void aValueChangesItsHashOnlyWhenWhatWasReadChanges() throws IOException, TemplateFailure {
    JBakeSite before = site("${content.title}", DOCS);
    JBakeSite bodyEdited =
        site("${content.title}", List.of(doc("a", 1, "first, edited"), DOCS.get(1), DOCS.get(2)));
    JBakeSite reordered =
        site("${content.title}", List.of(doc("a", 9, "first"), DOCS.get(1), DOCS.get(2)));
    assertThat(bodyEdited.currentValue(field("a", "title")))
        .isEqualTo(before.currentValue(field("a", "title")));
    assertThat(bodyEdited.currentValue(field("a", "body")))
        .isNotEqualTo(before.currentValue(field("a", "body")));
    assertThat(bodyEdited.currentValue(TemplateReads.typeList("post")))
        .isEqualTo(before.currentValue(TemplateReads.typeList("post")));
    assertThat(reordered.currentValue(TemplateReads.typeList("post")))
        .isNotEqualTo(before.currentValue(TemplateReads.typeList("post")));
    // b's neighbour is named, not copied: a's body edit does not change b's previousContent.
    assertThat(bodyEdited.currentValue(field("b", "previousContent")))
        .isEqualTo(before.currentValue(field("b", "previousContent")));
    assertThat(before.currentValue(field("gone", "title"))).isEqualTo("gone");
    assertThat(bodyEdited.currentValue(TemplateReads.EVERYTHING))
        .isNotEqualTo(before.currentValue(TemplateReads.EVERYTHING));
  }
}
