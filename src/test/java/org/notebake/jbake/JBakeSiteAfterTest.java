package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;

/**
 * serve's rebuild after an edit of a note's text makes its site from the last one ({@link
 * JBakeSite#after}): every page and every value the page memo compares is then what a site made
 * from scratch gives, and anything that would reorder or refile a list makes it refuse.
 */
class JBakeSiteAfterTest {
  @TempDir Path dir;

  /** Prints the page's own fields, its neighbours' and every list a template can reach. */
  private static final String TEMPLATE =
      """
      <h1>${content.title}</h1>${content.body}
      <p>${content.description!"-"} ${content.date?string("yyyy-MM-dd")}</p>
      <#if content.previousContent??><p>older ${content.previousContent.title}:
      ${content.previousContent.body}</p></#if>
      <#if content.nextContent??><p>newer ${content.nextContent.title}:
      ${content.nextContent.body}</p></#if>
      <#list published_posts as p><li>${p.title} ${p.body}</li></#list>
      <#list tags as t>${t.name}<#list t.tagged_posts as p>${p.body}</#list></#list>
      <#list db.getPublishedPostsByTag("radio") as p>${p.description!"-"}</#list>
      """;

  private static SiteDocument doc(String name, int day, String body) {
    return TemplateReadsTest.doc(name, day, body);
  }

  private static final List<SiteDocument> DOCS =
      List.of(doc("a", 3, "first"), doc("b", 1, "second"), doc("c", 2, "third"));

  private static final List<DataFile> DATA =
      List.of(new DataFile("people.yaml", Map.of("name", "Avery Quinn")));

  private static List<TagInfo> tags(List<SiteDocument> docs) {
    return List.of(
        new TagInfo(
            "radio",
            "Radio",
            "tags/radio.html",
            "tags/radio.xml",
            docs.stream().map(SiteDocument::uri).toList()));
  }

  private SiteConfig config() throws IOException {
    Path root = dir.resolve("site");
    Files.createDirectories(root.resolve("templates"));
    Files.writeString(
        root.resolve("jbake.properties"),
        "site.host=https://avery.example.org\nsite.title=T\nsite.author=Avery Quinn\n");
    Files.writeString(root.resolve("templates/post.ftlh"), TEMPLATE);
    return ConfigLoader.load(root, dir.resolve("out"));
  }

  /** A memory that remembers nothing: every field is hashed from the model. */
  private static final JBakeSite.FieldMemory FORGETFUL =
      new JBakeSite.FieldMemory() {
        @Override
        public Map<String, String> fieldHashes(SiteDocument doc) {
          return new java.util.concurrent.ConcurrentHashMap<>();
        }

        @Override
        public boolean takenOver(SiteDocument doc) {
          return false;
        }
      };

  private JBakeSite fresh(SiteConfig config, List<SiteDocument> docs) {
    return JBakeSite.create(
        config, docs, DATA, tags(docs), TemplateFiles.fingerprint(config), FORGETFUL);
  }

  /** Every page's text, and what each value its template read hashes to, by page. */
  private static Map<String, String> pagesAndValues(JBakeSite site) throws TemplateFailure {
    Map<String, String> out = new LinkedHashMap<>();
    for (PlannedOutput page : site.plan()) {
      TemplateReads reads = new TemplateReads();
      String text = site.render(page, reads);
      StringBuilder values = new StringBuilder();
      reads.dependencies().stream()
          .sorted()
          .forEach(d -> values.append(d).append('=').append(site.currentValue(d)).append('\n'));
      out.put(page.path(), text + "\n" + values);
    }
    return out;
  }

  private static List<SiteDocument> with(int index, UnaryOperator<SiteDocument> change) {
    List<SiteDocument> docs = new ArrayList<>(DOCS);
    docs.set(index, change.apply(docs.get(index)));
    return docs;
  }

  @Test
  void aSiteMadeFromTheLastAfterATextEditIsTheSiteMadeAfresh() throws Exception {
    SiteConfig config = config();
    JBakeSite last = fresh(config, DOCS);
    pagesAndValues(last); // the last build rendered its pages, and hashed its lists
    // c is a's older neighbour and b's newer one: both read its new body through it.
    List<SiteDocument> edited =
        with(
            2,
            d ->
                new SiteDocument(
                    d.sourcePath(),
                    d.uri(),
                    d.type(),
                    d.title(),
                    d.date(),
                    d.date().plusDays(9),
                    d.tags(),
                    "<p>third, reworded</p>",
                    Map.of("description", "Reworded")));
    JBakeSite after =
        JBakeSite.after(
            last, edited, DATA, tags(edited), TemplateFiles.fingerprint(config), FORGETFUL);
    assertThat(after).isNotNull();
    Map<String, String> expected = pagesAndValues(fresh(config(), edited));
    assertThat(pagesAndValues(after)).isEqualTo(expected);
    assertThat(expected.get("essays/a.html")).contains("older c:", "third, reworded");
    assertThat(expected.get("essays/b.html")).contains("newer c:", "third, reworded");
  }

  /**
   * The values the page memo need not look up again in a site made from the last: the lists and the
   * neighbours, which that made alike; never a document's own field, a whole document, the data,
   * everything or the date, and only against the very site it was made from.
   */
  @Test
  void onlyTheListsAndNeighboursOfASiteMadeFromTheLastAreKnownAlike() throws Exception {
    SiteConfig config = config();
    JBakeSite last = fresh(config, DOCS);
    JBakeSite after =
        JBakeSite.after(
            last,
            with(2, d -> d.withFields(Map.of("description", "New"))),
            DATA,
            tags(DOCS),
            TemplateFiles.fingerprint(config),
            FORGETFUL);
    long earlier = last.generation();
    String a = "field\u0000d:essays/a.html\u0000";
    for (String alike :
        List.of(
            TemplateReads.STRUCTURE,
            TemplateReads.TAGS,
            TemplateReads.typeList("post"),
            a + "previousContent",
            a + "nextContent")) {
      assertThat(after.listedAsIn(earlier, alike)).as(alike).isTrue();
      assertThat(after.listedAsIn(earlier + 1, alike)).as(alike).isFalse();
      assertThat(after.listedAsIn(0, alike)).as(alike).isFalse();
      assertThat(last.listedAsIn(earlier, alike)).as("made afresh: " + alike).isFalse();
    }
    for (String looked :
        List.of(
            a + "body",
            a + "description",
            a + "previousContent\u0000title",
            "doc\u0000d:essays/c.html",
            TemplateReads.DATA,
            TemplateReads.EVERYTHING,
            TemplateReads.CLOCK,
            "path\u0000essays/c.html")) {
      assertThat(after.listedAsIn(earlier, looked)).as(looked).isFalse();
    }
  }

  @Test
  void anythingThatReordersOrRefilesAListIsMadeAfresh() throws Exception {
    SiteConfig config = config();
    String templates = TemplateFiles.fingerprint(config);
    List<List<SiteDocument>> refused =
        List.of(
            with(0, d -> copy(d, d.uri(), d.type(), d.date().plusDays(1), d.tags())),
            with(0, d -> copy(d, d.uri(), d.type(), d.date(), List.of("radio", "tv"))),
            with(0, d -> copy(d, d.uri(), "page", d.date(), d.tags())),
            with(0, d -> copy(d, "essays/z.html", d.type(), d.date(), d.tags())),
            DOCS.subList(0, 2));
    for (List<SiteDocument> docs : refused) {
      JBakeSite last = fresh(config, DOCS);
      assertThat(JBakeSite.after(last, docs, DATA, tags(DOCS), templates, FORGETFUL))
          .as(docs.toString())
          .isNull();
    }
    List<DataFile> otherData = List.of(new DataFile("people.yaml", Map.of("name", "Rowan")));
    assertThat(
            JBakeSite.after(fresh(config, DOCS), DOCS, otherData, tags(DOCS), templates, FORGETFUL))
        .isNull();
    List<TagInfo> otherTags =
        List.of(new TagInfo("radio", "RADIO", "tags/radio.html", "tags/radio.xml", List.of()));
    assertThat(JBakeSite.after(fresh(config, DOCS), DOCS, DATA, otherTags, templates, FORGETFUL))
        .isNull();
    assertThat(JBakeSite.after(fresh(config, DOCS), DOCS, DATA, tags(DOCS), "other", FORGETFUL))
        .isNull();
  }

  private static SiteDocument copy(
      SiteDocument d, String uri, String type, ZonedDateTime date, List<String> tags) {
    return new SiteDocument(
        d.sourcePath(), uri, type, d.title(), date, d.updated(), tags, d.body(), d.fields());
  }
}
