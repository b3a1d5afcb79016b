package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's own template can reach through JBake's model: every list of documents and tags
 * holds published notes only, and what it prints from a data file is scanned like the page.
 */
class TemplateModelPrivacyTest {
  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org/
      site.title=Field notes
      site.author=Avery Quinn
      publish.folders=essays
      data.folder=data
      -- content/essays/hello.md --
      ---
      title: Hello
      date: 2025-07-01
      ---
      Hello.
      """;

  @TempDir Path dir;

  @Test
  void aTemplateListingEveryDocumentAndTagSeesNoPrivateNote() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("model"),
            SITE
                + """
                -- content/essays/opted-out.md --
                ---
                title: pmtitleoptedout
                publish: false
                tags: [pmtagoptedout]
                ---
                pmbodyoptedout
                -- content/essays/draft.md --
                ---
                title: pmtitledraft
                status: draft
                tags: [pmtagdraft]
                ---
                pmbodydraft
                -- content/essays/garden.md --
                ---
                title: pmtitlegarden
                dg-publish: false
                ---
                pmbodygarden
                -- content/essays/header.md --
                title=pmtitleheader
                status=draft
                type=post
                tags=pmtagheader
                ~~~~~~
                pmbodyheader
                -- templates/index.ftlh --
                <!doctype html><html><head><title>x</title></head><body><main>
                <#list all_content as c>[${c.title!} ${c.uri!} ${c.body!} ${c.status!}]</#list>
                <#list published_content as c>{${c.title!}}</#list>
                <#list published_posts as c>(${c.title!})</#list>
                <#list alltags as t>#${t}</#list>
                <#list tags as t>#${t.name}</#list>
                </main></body></html>
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("index.html")).contains("[Hello essays/hello.html");
    assertThat(site.everything()).doesNotContain("pmtitle", "pmtag", "pmbody");
  }

  @Test
  void aPhoneNumberADataFilePutsInAPageFailsTheBuild() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("data"),
            SITE
                + """
                -- data/contact.yaml --
                name: Avery Quinn
                phone: "912 555 0170"
                -- templates/index.ftlh --
                <!doctype html><html><head><title>x</title></head><body><main>
                <p>${data.get("contact.yaml").name} ${data.get("contact.yaml").phone}</p>
                </main></body></html>
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    // At the line that holds it, which no note does: a note's %%privacy:allow%% cannot allow it.
    assertThat(r.err())
        .containsPattern(
            "data/contact\\.yaml:2:9: error: phone number \"912 \\*\\*\\* \\*\\*70\" would be"
                + " published by a template that prints this file \\(id phone:[0-9a-f]+; first in"
                + " index\\.html\\); remove it, or allow it: add phone:[0-9a-f]+ to the file"
                + " privacy\\.allow beside jbake\\.properties\n");
    assertThat(Files.exists(site.output())).isFalse();
  }

  /** An address a site's own template writes out is reported at that template's line. */
  @Test
  void anAddressATemplateWritesIsReportedAtTheTemplatesLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("written"),
            SITE
                + """
                -- templates/index.ftlh --
                <!doctype html><html><head><title>x</title></head><body><main>
                <p>Write to avery.quinn@example.org</p>
                </main></body></html>
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern(
            "templates/index\\.ftlh:2:13: error: email address \"av\\*\\*\\*@example\\.org\"");
  }
}
