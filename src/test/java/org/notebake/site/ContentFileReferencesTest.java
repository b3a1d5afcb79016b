package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files referenced from a note's HTML, and root-relative paths in Markdown, are published and
 * resolved like embeds; files nothing points at stay private.
 */
class ContentFileReferencesTest {
  @TempDir Path dir;

  static byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void aNotesHtmlNamingAFileByNameFindsItAsAnEmbedWould() throws Exception {
    // unkokaeru/kintsugi-zuihitsu-quartz's home: <img src="chillin sushi guy.svg"> for a file in
    // attached/files/, which Obsidian and Quartz show.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/home.md --
                # Home

                <img src="sushi guy.png" alt="A sushi chef">
                -- content/essays/attached/files/other.txt --
                UNREFERENCED-CANARY
                """);
    Files.write(site.root().resolve("content/essays/attached/files/sushi guy.png"), png());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("sushi");
    assertThat(site.read("essays/home.html"))
        .contains("<img src=\"../essays/attached/files/sushi-guy")
        .contains("alt=\"A sushi chef\"");
    assertThat(site.files()).anyMatch(f -> f.startsWith("essays/attached/files/sushi-guy"));
    assertThat(site.everything()).doesNotContain("UNREFERENCED-CANARY");
  }

  @Test
  void filesTheHtmlOfAPageNamesArePublishedAndTheRestStayPrivate() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            -- content/about.html --
            title=About
            type=page
            status=published
            ~~~~~~
            <img src="about/Logo One.png" alt="Logo"><a href="files/cv.pdf?v=2#page=1">CV</a>
            <video poster="media/poster.png" controls><source src="media/clip.mp4" type="video/mp4"></video>
            <a href="/files/cv.pdf">again</a> <a href="https://example.org/about/logo.png">remote</a>
            -- content/about/secret-plan.txt --
            UNREFERENCED-CANARY
            -- content/files/cv.pdf --
            %PDF-1.4 fictional
            -- content/media/clip.mp4 --
            not really a video
            """);
    Files.write(site.root().resolve("content/about/Logo One.png"), png());
    Files.write(site.root().resolve("content/media/poster.png"), png());
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.files())
        .contains(
            "about/logo-one-png-2w.jpg",
            "files/cv.pdf",
            "media/clip.mp4",
            "media/poster-png-2w.jpg")
        .doesNotContain("about/secret-plan.txt");
    assertThat(site.read("about.html"))
        .contains("<img src=\"about/logo-one-png-2w.jpg\" alt=\"Logo\"")
        .contains("<a href=\"files/cv.pdf?v=2#page=1\">CV</a>")
        .contains("<video poster=\"media/poster-png-2w.jpg\" controls=\"\">")
        .contains("<source src=\"media/clip.mp4\" type=\"video/mp4\">")
        .contains("<a href=\"files/cv.pdf\">again</a>")
        .contains("href=\"https://example.org/about/logo.png\"");
    assertThat(site.everything()).doesNotContain("UNREFERENCED-CANARY");
  }

  @Test
  void encodedAndDecomposedNamesFindTheFileAndNoPathLeavesTheContentFolder() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("odd"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            -- content/menu.html --
            title=Menu
            type=page
            status=published
            ~~~~~~
            <a href="files/Cafe%CC%81%20Menu.pdf">menu</a> <a href="files/ok.txt?x=%ZZ">ok</a>
            <img src="../../../../etc/hostname">
            -- content/files/Café Menu.pdf --
            %PDF-1.4 fictional
            -- content/files/ok.txt --
            plain
            -- content/etc/hostname --
            OUTSIDE-CANARY
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.err())
        .contains(
            "content/menu.html:6:11: error: src \"../../../../etc/hostname\" on page menu.html"
                + " leads outside the site; make it relative to the page or absolute");
    assertThat(site.root().resolve("content/files/Café Menu.pdf")).exists();
    site.add(
        "-- content/menu.html --\ntitle=Menu\ntype=page\nstatus=published\n~~~~~~\n"
            + "<a href=\"files/Cafe%CC%81%20Menu.pdf\">menu</a> <a href=\"files/ok.txt?x=%ZZ\">ok</a>\n");
    SiteFixture.Result fixed = site.bake();
    assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
    assertThat(site.read("menu.html"))
        .contains("<a href=\"files/caf%C3%A9-menu.pdf\">menu</a>")
        .contains("<a href=\"files/ok.txt?x=%ZZ\">ok</a>");
    assertThat(site.everything()).doesNotContain("OUTSIDE-CANARY");
  }

  @Test
  void rawHtmlInMarkdownReferencesFilesRelativeToTheNote() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("md"),
            """
            -- jbake.properties --
            publish.folders=blog
            -- content/blog/post.md --
            # Post

            <img src="../shared/diagram.png" width="40">
            -- content/shared/unused.png --
            """);
    Files.write(site.root().resolve("content/shared/diagram.png"), png());
    Files.write(site.root().resolve("content/shared/unused.png"), png());
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("shared/diagram-png-2w.jpg")
        .noneMatch(file -> file.startsWith("shared/unused"));
    assertThat(site.read("blog/post.html"))
        .contains("<img src=\"../shared/diagram-png-2w.jpg\" width=\"40\"");
  }

  @Test
  void rootRelativeMarkdownPathsResolveAgainstAssetsThenContent() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("root"),
            """
            -- jbake.properties --
            site.host=https://x.example.org
            publish.folders=blog
            -- content/blog/post.md --
            ![beach](/img/beach.png) and [cv](/files/cv.pdf) and [all posts](/archive.html#main)
            -- content/files/cv.pdf --
            %PDF-1.4 fictional
            """);
    Files.createDirectories(site.root().resolve("assets/img"));
    Files.write(site.root().resolve("assets/img/beach.png"), png());
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("warning: link").doesNotContain("error");
    assertThat(site.read("blog/post.html"))
        .contains("<img src=\"../img/beach.png\" alt=\"beach\"")
        .contains("<a class=\"internal-link\" href=\"../files/cv.pdf\">cv</a>")
        .contains("<a class=\"internal-link\" href=\"../archive.html#main\">all posts</a>");
    assertThat(site.files()).contains("img/beach.png", "files/cv.pdf");
  }

  @Test
  void aBrokenRootRelativeLinkIsReportedWhereTheLinkIsNotWhereItsWordIs() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("word"),
            """
            -- jbake.properties --
            publish.folders=posts
            -- content/posts/p.md --
            ---
            description: "How I sort my photos"
            ---
            Intro.

            See [my page](/photos) for more, or (photos) there.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("content/posts/p.md:6:16: error: link \"/photos\" on page posts/p.html");
  }

  @Test
  void aRootRelativePathThatExistsNowhereIsAnError() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("nowhere"),
            """
            -- jbake.properties --
            publish.folders=blog
            -- content/blog/post.md --
            [cv](/files/missing.pdf)

            ![x](/img/missing.png)
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "content/blog/post.md:1:6: error: link \"/files/missing.pdf\" on page blog/post.html"
                + " points to no page of the site; fix the link or publish its target")
        .contains(
            "content/blog/post.md:3:1: warning: embedded file \"/img/missing.png\" is not in the"
                + " vault");
  }

  /**
   * Real content (a Hugo site's post three folders deep): a broken link written from the site's
   * root was quoted as its page holds it, {@code "../../../examples/fir/fir.ino"}, which a search
   * of the vault does not find. It is quoted as the note writes it.
   */
  @Test
  void aBrokenLinkFromTheRootIsQuotedAsTheNoteWritesIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.host=https://x.example.org/
            publish.folders=posts
            -- content/posts/2019/deep/note.md --
            ---
            title: Deep
            date: 2024-01-01
            ---
            See [the example](/examples/fir/fir.ino) for details.

            And <a href="../../../examples/other.ino">the other</a> as the page would hold it.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "content/posts/2019/deep/note.md:5:19: error: link \"/examples/fir/fir.ino\" on page")
        .contains(
            "content/posts/2019/deep/note.md:7:14: error: link \"../../../examples/other.ino\" on"
                + " page")
        .doesNotContain("\"../../../examples/fir");
  }
}
