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
    assertThat(r.err())
        .containsPattern("index\\.html: error: phone number \"912 \\*\\*\\* \\*\\*70\"");
    assertThat(Files.exists(site.output())).isFalse();
  }
}
