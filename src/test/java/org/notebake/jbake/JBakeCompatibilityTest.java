package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/**
 * A site written for JBake 2.7 (key=value headers, .html and .md content, classic .ftl templates
 * using JBake's model variables) bakes unchanged.
 */
class JBakeCompatibilityTest {
  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://jbake.example.org
      render.tags=true
      render.sitemap=true
      template.post.file=post.ftl
      template.page.file=page.ftl
      template.masterindex.file=index.ftl
      template.archive.file=archive.ftl
      template.tag.file=tags.ftl
      template.feed.file=feed.ftl
      template.sitemap.file=sitemap.ftl
      render.tagsindex=false
      render.error404=false
      -- content/blog/2013/first-post.md --
      title=First Post
      date=2013-07-24
      type=post
      tags=blog, jbake
      status=published
      ~~~~~~
      Hello from **Markdown**.
      -- content/blog/2013/draft-post.md --
      title=Not yet
      date=2013-08-01
      type=post
      status=draft
      ~~~~~~
      JBAKE-DRAFT-CANARY
      -- content/about.html --
      title=About
      date=2013-07-20
      type=page
      status=published
      ~~~~~~
      <p>About <em>me</em>.</p>
      -- templates/header.ftl --
      <html><head><title><#if (content.title)??><#escape x as x?xml>${content.title}</#escape><#else>JBake</#if></title></head><body>
      -- templates/footer.ftl --
      <footer>&copy; ${published_date?string("yyyy")} | ${version}</footer></body></html>
      -- templates/post.ftl --
      <#include "header.ftl">
      <h1><#escape x as x?xml>${content.title}</#escape></h1>
      <p><em>${content.date?string("dd MMMM yyyy")}</em></p>
      <p>Tags: <#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a> </#list></p>
      ${content.body}
      <#include "footer.ftl">
      -- templates/page.ftl --
      <#include "header.ftl">
      <h1>${content.title}</h1>
      ${content.body}
      <#include "footer.ftl">
      -- templates/index.ftl --
      <#include "header.ftl">
      <#list posts as post><#if (post.status == "published")>
      <a href="${post.uri}">${post.title}</a> ${post.date?string("yyyy-MM-dd")}
      </#if></#list>
      <p>Older posts in <a href="${content.rootpath}${config.archive_file}">the archive</a>.</p>
      <#list tags as tag><a href="${content.rootpath}${tag.uri}">${tag.name} (${tag.tagged_posts?size})</a></#list>
      <#include "footer.ftl">
      -- templates/archive.ftl --
      <#include "header.ftl">
      <#list published_posts as post>${post.title};</#list>
      <#include "footer.ftl">
      -- templates/tags.ftl --
      <#include "header.ftl">
      <h1>Tag: ${tag}</h1>
      <#list tag_posts as post><a href="${content.rootpath}${post.uri}">${post.title}</a></#list>
      <p>${db.getPublishedPostsByTag(tag).size()} via db</p>
      <#include "footer.ftl">
      -- templates/feed.ftl --
      <?xml version="1.0"?><rss version="2.0"><channel><title>JBake</title><link>${config.site_host}</link>
      <#list published_posts as post><item><title><#escape x as x?xml>${post.title}</#escape></title><link>${config.site_host}/${post.uri}</link></item></#list>
      </channel></rss>
      -- templates/sitemap.ftl --
      <?xml version="1.0"?><urlset><#list published_content as content><url><loc>${config.site_host}/${content.uri}</loc></url></#list></urlset>
      """;

  /** The keys that leave out every page but the index and the notes' own. */
  private static final String NO_EXTRA_PAGES =
      """
      render.tags=false
      render.error404=false
      render.archive=false
      render.feed=false
      render.sitemap=false
      """;

  @TempDir Path dir;

  /**
   * A JBake site in {@code dir/name}: jbake.properties of {@code properties} and {@link
   * #NO_EXTRA_PAGES}, and {@code files}.
   */
  private SiteFixture jbakeSite(String name, String properties, String files)
      throws java.io.IOException {
    return SiteFixture.of(
        dir.resolve(name), "-- jbake.properties --\n" + properties + NO_EXTRA_PAGES + files);
  }

  /** A site of {@code files} (its index template among them) and one published page, about.html. */
  private SiteFixture indexSite(String name, String files) throws java.io.IOException {
    return jbakeSite(
        name,
        "template.masterindex.file=index.ftl\n",
        files
            + """
        -- content/about.md --
        title=About
        status=published
        type=page
        ~~~~~~
        Hello.
        """);
  }

  @Test
  void aJBakeSiteWithClassicTemplatesBakesUnchanged() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains(
            "index.html",
            "about.html",
            "blog/2013/first-post.html",
            "archive.html",
            "feed.xml",
            "sitemap.xml",
            "tags/blog.html",
            "tags/jbake.html");
    String post = site.read("blog/2013/first-post.html");
    assertThat(post)
        .contains("<title>First Post</title>")
        .contains("24 July 2013")
        .contains("<strong>Markdown</strong>")
        .contains("href=\"../../tags/jbake.html\"")
        .contains("| v2.7.0");
    assertThat(site.read("about.html")).contains("About <em>me</em>.");
    assertThat(site.read("index.html")).contains("blog/2013/first-post.html").contains("blog (1)");
    assertThat(site.read("tags/blog.html")).contains("Tag: blog").contains("1 via db");
    assertThat(site.read("feed.xml")).contains("<title>First Post</title>");
    assertThat(site.everything()).doesNotContain("JBAKE-DRAFT-CANARY").doesNotContain("draft-post");
  }

  /** A site of the built-in theme with one essay; {@code %s} is one more jbake.properties line. */
  private static final String THEME_ESSAY =
      """
      -- jbake.properties --
      site.host=https://avery.example.org
      site.title=Avery
      site.author=Avery Quinn
      %s
      -- content/essays/a.md --
      ---
      title: A
      date: 2026-01-02
      type: post
      publish: true
      ---
      Text.
      """;

  @Test
  void aFeedFileThatIsJsonIsTheSitesJsonFeedAndTheBuiltInOneStepsAside() throws Exception {
    // flowlogix/website: feed.file=feed.json with its own JSON template in the feed slot; the
    // built-in JSON feed beside it took the same name and the bake stopped on the collision.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE.replace("template.feed.file=feed.ftl", "template.feed.file=feed-json.ftl")
                    .replace(
                        "site.host=https://jbake.example.org",
                        "site.host=https://jbake.example.org\nfeed.file=feed.json")
                + """
                -- templates/feed-json.ftl --
                {"version": "https://jsonfeed.org/version/1.1", "items": [<#list published_posts as post>{"id": "${post.uri}"}<#sep>, </#list>]}
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("feed.json").strip())
        .isEqualTo(
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\":"
                + " [{\"id\": \"blog/2013/first-post.html\"}]}");
    assertThat(site.files()).doesNotContain("feed.xml");
  }

  @Test
  void theBuiltInThemeWithAJsonFeedFileAdvertisesOneFeed() throws Exception {
    SiteFixture site =
        SiteFixture.of(dir.resolve("theme"), THEME_ESSAY.formatted("feed.file=feed.json"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("feed.json").doesNotContain("feed.xml");
    String index = site.read("index.html");
    assertThat(index).contains("href=\"feed.json\"").doesNotContain("application/feed+json");
  }

  @Test
  void theBuiltInThemeLinksHomeOnlyWhenTheSiteHasAHome() throws Exception {
    // flowlogix/website without its theme: render.index=false and no index page, and the
    // built-in header, 404 page and project pages linked to index.html, which failed the bake.
    String files =
        THEME_ESSAY.formatted("render.index=false")
            + """
        -- content/projects/p.md --
        ---
        title: P
        date: 2026-01-03
        type: project
        publish: true
        ---
        Built.
        """;
    SiteFixture bare = SiteFixture.of(dir.resolve("bare"), files);
    SiteFixture.Result r = bare.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(bare.files()).doesNotContain("index.html");
    assertThat(bare.everything()).doesNotContainPattern("href=\"(\\.\\./)*index\\.html[\"#]");
    assertThat(bare.read("essays/a.html")).contains("<span class=\"site-name\">Avery</span>");
    SiteFixture home =
        SiteFixture.of(
            dir.resolve("home"),
            files
                + """
                -- content/index.md --
                ---
                title: Welcome
                type: page
                publish: true
                ---
                Hello.
                """);
    r = home.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(home.read("essays/a.html"))
        .contains("<a class=\"site-name\" href=\"../index.html\"");
    assertThat(home.read("404.html")).contains("index.html\">");
  }

  @Test
  void aJBakePageKeepsTheAddressJBakeGaveIt() throws Exception {
    // Links from elsewhere to blog/2017-09-16_Zion.html must still work after the move.
    SiteFixture site =
        SiteFixture.of(dir.resolve("site"), SITE)
            .add(
                """
                -- content/blog/2017-09-16_Zion.html --
                title=Zion
                date=2017-09-16
                type=post
                status=published
                ~~~~~~
                <p>Canyon.</p>
                -- content/blog/Point Lobos.html --
                title=Point Lobos
                date=2017-09-17
                type=post
                status=published
                ~~~~~~
                <p>See <a href="2017-09-16_Zion.html">Zion</a>.</p>
                -- content/Obsidian Note.md --
                ---
                publish: true
                ---
                Links [[2017-09-16_Zion]].
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("blog/2017-09-16_Zion.html", "blog/point-lobos.html", "obsidian-note.html")
        .doesNotContain("blog/2017-09-16_zion.html");
    assertThat(site.read("obsidian-note.html")).contains("href=\"blog/2017-09-16_Zion.html\"");
  }

  @Test
  void aSlugLineInAJBakeHeaderDoesNotMoveThePage() throws Exception {
    // JBake 2.7 reads no slug: links from elsewhere point at notes/install_notes.html.
    SiteFixture site =
        SiteFixture.of(dir.resolve("site"), SITE)
            .add(
                """
                -- content/notes/install_notes.md --
                title=Install notes
                date=2014-09-01
                slug=install-notes
                status=published
                type=post
                ~~~~~~
                See [the first post](../blog/2013/first-post.html).
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("notes/install_notes.html")
        .doesNotContain("notes/install-notes.html");
    assertThat(r.out() + r.err()).doesNotContain("slug");
  }

  @Test
  void aPaginatedIndexIsSplitAsJBakeSplitsIt() throws Exception {
    StringBuilder posts = new StringBuilder();
    for (int n = 1; n <= 5; n++) {
      posts.append("-- content/blog/post-" + n + ".md --\n");
      posts.append("title=Post " + n + "\ndate=2024-0" + n + "-01\ntype=post\nstatus=published\n");
      posts.append("~~~~~~\nPost " + n + ".\n");
    }
    SiteFixture site =
        jbakeSite(
            "paged",
            """
            site.host=https://jbake.example.org
            index.paginate=true
            index.posts_per_page=2
            template.masterindex.file=index.ftl
            template.post.file=post.ftl
            """,
            """
            -- templates/post.ftl --
            <html><body>${content.body}</body></html>
            -- templates/index.ftl --
            <html><body>page ${currentPageNumber} of ${numberOfPages};\
            <#list published_posts as post> ${post.title};</#list>\
            <#if previousFileName??> <a href="${content.rootpath}${previousFileName}">newer</a></#if>\
            <#if nextFileName??> <a href="${content.rootpath}${nextFileName}">older</a></#if>\
            </body></html>
            """
                + posts);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.read("index.html"))
        .contains("page 1 of 3; Post 5; Post 4;")
        .contains("<a href=\"2/\">older</a>")
        .doesNotContain("newer");
    assertThat(site.read("2/index.html"))
        .contains("page 2 of 3; Post 3; Post 2;")
        .contains("<a href=\"../\">newer</a>")
        .contains("<a href=\"../3/\">older</a>");
    assertThat(site.read("3/index.html"))
        .contains("page 3 of 3; Post 1;")
        .contains("<a href=\"../2/\">newer</a>")
        .doesNotContain("older");
  }

  /**
   * Every read-only query of JBake's store answers as JBake's does: a JBake theme calling {@code
   * db.getAllContent("post", true)} failed the bake (the template view had only the one-argument
   * form), and so did {@code db.getDocumentByUri}. A private post stays out of each.
   */
  @Test
  void everyReadOnlyQueryOfJBakesStoreAnswersInATemplate() throws Exception {
    StringBuilder posts = new StringBuilder();
    for (int n = 1; n <= 5; n++) {
      posts.append("-- content/blog/post-" + n + ".md --\n");
      posts.append("title=Post " + n + "\ndate=2024-0" + n + "-01\ntype=post\nstatus=published\n");
      posts.append("~~~~~~\nPost " + n + ".\n");
    }
    posts.append(
        "-- content/blog/hidden.md --\ntitle=Hidden Post\ndate=2024-06-01\ntype=post\n"
            + "status=draft\n~~~~~~\nNot yet.\n");
    SiteFixture site =
        jbakeSite(
            "queries",
            """
            site.host=https://jbake.example.org
            index.paginate=true
            index.posts_per_page=2
            template.masterindex.file=index.ftl
            template.post.file=post.ftl
            """,
            """
            -- templates/post.ftl --
            <html><body>${content.body}</body></html>
            -- templates/index.ftl --
            <html><body>page ${currentPageNumber}:\
            <#list db.getPublishedPosts(true) as p> paged ${p.title};</#list>\
            <#list db.getAllContent("post", true) as p> all-paged ${p.title};</#list>\
            all ${db.getAllContent("post", false)?size}; posts ${db.getPublishedPosts(false)?size};\
            <#list db.getDocumentByUri("blog/post-3.md") as d> by-uri ${d.title};</#list>\
            <#list db.getDocumentStatus("blog/post-3.md") as d> status ${d.status};</#list>\
            none ${db.getDocumentByUri("blog/hidden.md")?size};\
            unrendered ${db.getUnrenderedContent()?size};\
            start ${db.getStart()} limit ${db.getLimit()} active ${db.isActive()?c}\
            </body></html>
            """
                + posts);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.read("index.html"))
        .contains("page 1: paged Post 5; paged Post 4; all-paged Post 5; all-paged Post 4;")
        .contains("all 5; posts 5;")
        .contains("by-uri Post 3; status published;")
        .contains("none 0;")
        .contains("unrendered 0;")
        .contains("start 0 limit 2 active true");
    assertThat(site.read("2/index.html"))
        .contains("page 2: paged Post 3; paged Post 2; all-paged Post 3; all-paged Post 2;")
        .contains("start 2 limit 2");
    assertThat(site.everything()).doesNotContain("Hidden Post").doesNotContain("Not yet.");
  }

  @Test
  void withoutPostsAPaginatedIndexIsOnePage() throws Exception {
    SiteFixture site =
        jbakeSite(
            "empty",
            """
            index.paginate=true
            template.masterindex.file=index.ftl
            """,
            """
            -- templates/index.ftl --
            <html><body>pages: ${numberOfPages!"none"}</body></html>
            -- content/draft.md --
            title=Draft
            status=draft
            ~~~~~~
            Not yet.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("index.html")).contains("pages: none");
    assertThat(site.files()).doesNotContain("2/index.html");
  }

  /**
   * JBake wraps {@code data} with a plain BeansWrapper, so a data file's keys are Java strings a
   * template may call methods on, as Apache Shiro's site feed does ({@code key.contains(" ")}).
   */
  @Test
  void dataFilesReachTemplatesAsJBakeWrapsThem() throws Exception {
    SiteFixture site =
        indexSite(
            "data",
            """
            -- data/authors.yaml --
            authors:
              Avery Quinn:
                twitter: avery_q
              robin:
                twitter: robin_r
            -- templates/index.ftl --
            <#assign authors = data.get('authors.yaml').authors>
            <html><body><#list authors?keys?filter(key -> key.contains(" ")) as name>\
            ${name} ${authors[name].twitter} ${name.toUpperCase()};</#list></body></html>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("index.html"))
        .contains("Avery Quinn avery_q AVERY QUINN;")
        .doesNotContain("robin");
  }

  /**
   * Templates reach Java objects (data, db, documents) but never a class: through {@code
   * getClass()} a template printed the jar's path, and a home folder with it, into a page.
   */
  @Test
  void noTemplateReachesAClass() throws Exception {
    SiteFixture site =
        indexSite(
            "classes",
            """
            -- data/x.yaml --
            a: 1
            -- templates/index.ftl --
            <html><body>
            [<#attempt>${data.getClass().getProtectionDomain()}<#recover>blocked</#attempt>]
            [<#attempt>${data.class.protectionDomain}<#recover>blocked</#attempt>]
            (${data.class})
            [<#attempt>${data.get("x.yaml").getClass()}<#recover>blocked</#attempt>]
            [<#attempt>${db.getClass()}<#recover>blocked</#attempt>]
            [<#attempt>${"x"?new()}<#recover>blocked</#attempt>]
            [${data.get("x.yaml").a}]
            </body></html>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String index = site.read("index.html");
    assertThat(index.split("\\[blocked]", -1)).hasSize(6);
    assertThat(index)
        .contains("[1]")
        .contains("({})") // data.get("class"), as JBake's data answers any name
        .doesNotContain(".jar")
        .doesNotContain("DataFileUtil");
  }

  /** A site of Groovy templates (a real JBake blog's) lost its look without a word. */
  @Test
  void templatesOfAnotherEngineOnlyAreSaidToBeReplacedByTheBuiltInTheme() throws Exception {
    String site =
        """
        -- jbake.properties --
        site.host=https://blog.example.org
        -- templates/index.gsp --
        <% published_posts.each { post -> %>${post.title}<% } %>
        -- templates/post.gsp --
        ${content.body}
        -- templates/partials/menu.gsp --
        <nav></nav>
        -- content/blog/first.md --
        title=First
        date=2017-03-01
        type=post
        status=published
        ~~~~~~
        Hello.
        """;
    SiteFixture groovy = SiteFixture.of(dir.resolve("groovy"), site);
    SiteFixture.Result r = groovy.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "templates: warning: holds 3 templates for JBake's Groovy engine (index.gsp,"
                + " partials/menu.gsp, post.gsp) and none for FreeMarker")
        .contains("built-in theme");
    assertThat(groovy.read("blog/first.html")).contains("Hello.");

    SiteFixture mixed =
        SiteFixture.of(
            dir.resolve("mixed"),
            site + "-- templates/post.ftl --\n<html><body>${content.body}</body></html>\n");
    SiteFixture.Result m = mixed.bake();
    assertThat(m.exitCode()).as(m.toString()).isZero();
    assertThat(m.err()).doesNotContain("Groovy engine");
  }

  /**
   * A broken link a site's template writes is reported at the template's line, where it is fixed,
   * not at each generated page (Apache Shiro's site: 23 errors at news.html, a page nobody wrote):
   * the page's template and what it includes first, however another template sorts; two places
   * writing the address on one page are two errors.
   */
  @Test
  void aBrokenLinkATemplateWritesIsReportedAtTheTemplate() throws Exception {
    SiteFixture site =
        jbakeSite(
            "menu",
            """
            template.masterindex.file=index.ftl
            template.page.file=page.ftl
            """,
            """
            -- templates/menu.ftl --
            <nav>
              <a href="${content.rootpath!}about.html">About</a>
              <a href="${content.rootpath!}get-started.html">Start</a>
            </nav>
            -- templates/a-download.ftl --
            <p>First read <a href="get-started.html">this</a>.</p>
            -- templates/index.ftl --
            <html><body><#include "parts/head.ftl"><a href="get-started.html">Again</a></body></html>
            -- templates/parts/head.ftl --
            <#if false><#include "/index.ftl"><#include "../../outside.ftl"></#if><#include "/menu.ftl">
            -- templates/page.ftl --
            <html><body><#include "menu.ftl">${content.body}</body></html>
            -- content/about.md --
            title=About
            status=published
            type=page
            ~~~~~~
            Hello.
            -- content/docs/deep.md --
            title=Deep
            status=published
            type=page
            ~~~~~~
            Deeper.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err())
        .contains(
            "templates/menu.ftl:3:32: error: link \"get-started.html\" on page about.html points"
                + " to no page of the site; fix the link or publish its target (this place writes 3"
                + " of them: 2 addresses on 3 pages)\n")
        .contains(
            "templates/index.ftl:1:49: error: link \"get-started.html\" on page index.html points")
        .doesNotContain("a-download.ftl")
        .doesNotContain("index.html:2:")
        .doesNotContain("the note's text does not hold it");
    assertThat(r.err().lines().filter(l -> l.contains("menu.ftl:"))).hasSize(1);
  }

  /**
   * A broken link a menu writes on a note's page is the menu's, even when the note's text happens
   * to hold the address's last segment in another address (ProfBlog: the menu's
   * blog/2017/programming-promises.html was pinned on a post quoting
   * http://.../2007/01/programming-promises.html).
   */
  @Test
  void aTemplatesBrokenLinkIsNotPinnedOnANoteQuotingItsFileName() throws Exception {
    SiteFixture site =
        jbakeSite(
            "quoted",
            """
            template.masterindex.file=index.ftl
            template.post.file=post.ftl
            """,
            """
            -- templates/menu.ftl --
            <nav>
              <a href="${content.rootpath}blog/2017/promises.html">Promises</a>
            </nav>
            -- templates/index.ftl --
            <html><body>home</body></html>
            -- templates/post.ftl --
            <html><body><#include "menu.ftl">${content.body}</body></html>
            -- content/blog/2007/old.md --
            title=Old
            date=2007-01-26
            type=post
            status=published
            ~~~~~~
            As [another post](https://blog.example.org/2007/01/promises.html) says.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "templates/menu.ftl:2:31: error: link \"../../blog/2017/promises.html\" on page"
                + " blog/2007/old.html points to no page of the site")
        .doesNotContain("old.md:");
  }

  /**
   * Real content (a blog whose Russian edition is built apart, into /ru): the menu's link to {@code
   * /ru} was reported at the letters "ru" of a post's {@code enabled="true"}.
   */
  @Test
  void aTemplatesBrokenLinkIsNotPinnedOnLettersInsideAWordOfANote() throws Exception {
    SiteFixture site =
        jbakeSite(
            "word",
            """
            template.masterindex.file=index.ftl
            template.post.file=post.ftl
            """,
            """
            -- templates/menu.ftl --
            <nav><a href="${content.rootpath}index.html">Home</a>
            <a href="/ru">ru</a></nav>
            -- templates/index.ftl --
            <html><body>home</body></html>
            -- templates/post.ftl --
            <html><body><#include "menu.ftl">${content.body}</body></html>
            -- content/settings.md --
            title=Settings
            date=2024-01-02
            type=post
            status=published
            ~~~~~~

            Set `enabled="true"` and the rules apply.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("templates/menu.ftl:2:")
        .contains("link \"/ru\" on page settings.html points to no page of the site")
        .doesNotContain("settings.md:");
  }

  /**
   * Real content (a blog whose Russian edition another build writes into /ru, served beside it):
   * every link there was an error with no way out. {@code links.outside} names such folders.
   */
  @Test
  void linksIntoAFolderAnotherBuildServesAreNotChecked() throws Exception {
    SiteFixture site =
        jbakeSite(
            "outside",
            """
            site.host=https://blog.example.org/
            template.masterindex.file=index.ftl
            template.post.file=post.ftl
            links.outside=/ru/, docs/v1
            """,
            """
            -- templates/index.ftl --
            <html><body><a href="/ru">ru</a></body></html>
            -- templates/post.ftl --
            <html><body><a href="${content.rootpath}ru/">ru</a>${content.body}</body></html>
            -- content/post.md --
            title=Post
            date=2024-01-02
            type=post
            status=published
            ~~~~~~
            See [the Russian post](https://blog.example.org/ru/post.html), [the old
            docs](/docs/v1/intro.html#setup) and [a page of ours](/rules.html).
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("rules.html\" on page post.html points to no page of the site")
        .doesNotContain("\"/ru")
        .doesNotContain("ru/post.html")
        .doesNotContain("docs/v1");
    assertThat(r.err().lines().filter(l -> l.contains("error:"))).hasSize(1);
  }

  @Test
  void aLinksOutsideFolderThatClimbsIsAnErrorAtItsLine() throws Exception {
    SiteFixture site =
        jbakeSite(
            "climbs",
            "template.masterindex.file=index.ftl\nlinks.outside=/ru, ../admin\n",
            """
            -- templates/index.ftl --
            <html><body>home</body></html>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err())
        .contains("jbake.properties:2:")
        .contains("links.outside=../admin must be a folder of the site's address");
  }

  /**
   * A JBake 2.3 site made its tags index from a page, content/tags/index.md of a type of its own;
   * beside notebake's tags index the error is the page's, and says how to keep either.
   */
  @Test
  void aNoteAtTheTagsIndexsAddressIsToldHowToKeepEither() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("tagindex"),
            """
            -- jbake.properties --
            render.tags=true
            render.tagsindex=true
            -- content/tags/index.md --
            title=Tags Index
            date=2015-06-07
            type=page
            status=published
            ~~~~~~
            Tags.
            -- content/blog/a.md --
            title=A
            date=2015-06-08
            type=post
            tags=java
            status=published
            ~~~~~~
            A.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "content/tags/index.md: error: writes tags/index.html, which the site's tags index"
                + " (tags-index.ftlh) writes too; give the note another address (a slug in its front"
                + " matter), or set render.tagsindex=false to keep it there\n")
        .doesNotContain("template tags-index.ftlh: error");

    java.nio.file.Files.writeString(
        site.root().resolve("jbake.properties"), "render.tags=true\nrender.tagsindex=false\n");
    SiteFixture.Result kept = site.bake();
    assertThat(kept.exitCode()).as(kept.toString()).isZero();
    assertThat(site.read("tags/index.html")).contains("Tags.");
  }

  /**
   * A note's link written from the site's root ({@code /2013/02/20/kernel/}, an Octopress habit) is
   * made relative to the page; a broken one is reported where the note writes it, not as a link
   * "the note's text does not hold".
   */
  @Test
  void aBrokenLinkWrittenFromTheRootIsFoundInTheNote() throws Exception {
    SiteFixture site =
        jbakeSite(
            "rooted",
            """
            template.post.file=post.ftl
            """,
            """
            render.index=false
            -- templates/post.ftl --
            <html><body>${content.body}</body></html>
            -- content/blog/2013/kernel.md --
            title=Kernel
            date=2013-06-02
            type=post
            status=published
            ~~~~~~
            See [the new kernel](/2013/02/20/precise-hardware-enablement/).
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "content/blog/2013/kernel.md:6:22: error: link"
                + " \"/2013/02/20/precise-hardware-enablement/\" on page blog/2013/kernel.html"
                + " points to no page of the site")
        .doesNotContain("does not hold it");
  }

  /**
   * A template's broken link is one error, however many pages it breaks on: a footer's link on
   * every page of a site (174 errors on one real blog) says how many pages and names the first.
   */
  @Test
  void aTemplatesBrokenLinkOnManyPagesIsOneError() throws Exception {
    StringBuilder pages = new StringBuilder();
    for (int n = 1; n <= 4; n++) {
      pages.append("-- content/p" + n + ".md --\ntitle=P" + n + "\nstatus=published\ntype=page\n");
      pages.append("~~~~~~\nPage " + n + ".\n");
    }
    SiteFixture site =
        jbakeSite(
            "footer",
            """
            template.masterindex.file=index.ftl
            template.page.file=page.ftl
            """,
            """
            -- templates/footer.ftl --
            <footer><a href="/manifest.json">app</a></footer>
            -- templates/index.ftl --
            <html><body>home<#include "footer.ftl"></body></html>
            -- templates/page.ftl --
            <html><body>${content.body}<#include "footer.ftl"></body></html>
            """
                + pages);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "templates/footer.ftl:1:18: error: link \"/manifest.json\" on 5 pages (index.html,"
                + " p1.html and 3 more) points to no page of the site; fix the link or publish its"
                + " target\n");
    assertThat(r.toString()).contains(" 1 error, ");
  }

  /**
   * {@code <a href="${post.uri}">} in a paginated index works on its first page and breaks on every
   * other ({@code 2/index.html}), as JBake bakes it too (a real blog: 4,920 errors): one error at
   * the template's line, which says to write {@code content.rootpath} in front.
   */
  @Test
  void aDocumentsUriWrittenWithoutRootpathIsOneErrorAtTheTemplate() throws Exception {
    StringBuilder posts = new StringBuilder();
    for (int n = 1; n <= 5; n++) {
      posts.append("-- content/blog/post-" + n + ".md --\n");
      posts.append("title=Post " + n + "\ndate=2024-0" + n + "-01\ntype=post\nstatus=published\n");
      posts.append("~~~~~~\nPost " + n + ".\n");
    }
    SiteFixture site =
        jbakeSite(
            "paged-uri",
            """
            index.paginate=true
            index.posts_per_page=2
            template.masterindex.file=index.ftl
            template.post.file=post.ftl
            """,
            """
            -- templates/post.ftl --
            <html><body>${content.body}</body></html>
            -- templates/index.ftl --
            <html><body>
            <#list posts as post>
              <a href="${post.uri}">${post.title}</a>
            </#list>
            <a href="${content.rootpath}${config.archive_file!'archive.html'}">all</a>
            </body></html>
            """
                + posts);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "templates/index.ftl:3:12: error: link \"blog/post-1.html\" on page 2/index.html points"
                + " to no page of the site; read from the site's root it names one: write"
                + " ${content.rootpath} in front of it in the template, or make it relative to this"
                + " page (this place writes 10 of them: 5 addresses on 2 pages)\n");
    assertThat(r.err().lines().filter(l -> l.contains("error:"))).hasSize(2);
  }

  /** FreeMarker's "Failed to transform element" says where; its cause says what. */
  @Test
  void anErrorInsideALambdaSaysWhatFailed() throws Exception {
    SiteFixture site =
        indexSite(
            "lambda",
            """
            -- templates/index.ftl --
            <#list ["a b"]?filter(k -> k.nope) as x>${x}</#list>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.toString())
        .contains("templates/index.ftl:1:")
        .contains("Failed to transform element: ")
        .contains("Expected a hash");
  }

  @Test
  void uriNoExtensionWritesFoldersUnderItsPrefixAsJBakeDoes() throws Exception {
    SiteFixture site =
        jbakeSite(
            "pretty",
            """
            site.host=https://jbake.example.org
            uri.noExtension=true
            uri.noExtension.prefix=/blog/
            template.post.file=post.ftl
            template.page.file=post.ftl
            """,
            """
            render.index=false
            -- templates/post.ftl --
            <html><body><p>uri=${content.uri} pretty=${content.noExtensionUri!"none"} \
            root=${content.rootpath}</p>${content.body}</body></html>
            -- content/blog/2013/first-post.md --
            title=First Post
            date=2013-07-24
            type=post
            status=published
            ~~~~~~
            See [[about]].
            -- content/about.md --
            title=About
            type=page
            status=published
            ~~~~~~
            Back to [[first-post]].
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.files()).contains("blog/2013/first-post/index.html", "about.html");
    assertThat(site.read("blog/2013/first-post/index.html"))
        .contains("uri=blog/2013/first-post/index.html pretty=blog/2013/first-post/")
        .contains("root=../../../")
        .contains("href=\"../../../about.html\"");
    assertThat(site.read("about.html"))
        .contains("pretty=about.html")
        .contains("href=\"blog/2013/first-post/index.html\"");
  }
}
