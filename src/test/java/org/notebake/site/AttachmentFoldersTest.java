package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments where Obsidian stores them (issue 11, item 17). */
class AttachmentFoldersTest {
  @TempDir Path dir;

  private static byte[] png(int rgb) throws Exception {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, rgb);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static void image(SiteFixture site, String path, int rgb) throws Exception {
    Path file = site.root().resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, png(rgb));
  }

  @Test
  void dotSlashAttachmentsIsTheAttachmentsFolderNextToEachNote() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=.
            -- .obsidian/app.json --
            {"attachmentFolderPath": "./attachments"}
            -- Projects/Solar.md --
            ![[wiring.png]]
            -- Garden/Beds.md --
            ![[wiring.png]]
            """);
    image(site, "Projects/attachments/wiring.png", 0x112233);
    image(site, "Garden/attachments/wiring.png", 0x445566);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("matches several files");
    assertThat(site.read("projects/solar.html"))
        .contains("src=\"../projects/attachments/wiring-png-2w.jpg\"");
    assertThat(site.read("garden/beds.html"))
        .contains("src=\"../garden/attachments/wiring-png-2w.jpg\"");
    assertThat(site.files())
        .contains("projects/attachments/wiring-png-2w.jpg", "garden/attachments/wiring-png-2w.jpg");
  }

  @Test
  void anAmbiguousEmbedIsAWarningNamingBothFiles() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=.
            -- Home.md --
            Before.
            ![[diagram.png]]
            """);
    image(site, "Alpha/diagram.png", 0x112233);
    image(site, "Beta/diagram.png", 0x445566);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Home.md:2:1: warning: \"diagram.png\" matches several files; using Beta/diagram.png"
                + " (shortest path), not Alpha/diagram.png. Write the folder in the link to choose"
                + " another");
  }

  @Test
  void attachmentsWhoseCleanNamesCollideGetDistinctNames() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=.
            -- Inverter.md --
            ![[Power Inverter.png]] ![[Power Inverter'.png]]
            """);
    image(site, "Power Inverter.png", 0x112233);
    image(site, "Power Inverter'.png", 0x445566);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("power-inverter-png-2w.jpg", "power-inverter-2-png-2w.jpg");
    assertThat(site.read("inverter.html"))
        .contains("src=\"power-inverter-png-2w.jpg\"", "src=\"power-inverter-2-png-2w.jpg\"");
  }

  @Test
  void aVaultsAssetsFolderHoldsAttachmentsNotThemeFiles() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=.
            -- .obsidian/app.json --
            {"attachmentFolderPath": "assets"}
            -- Home.md --
            ![[used.png]]
            """);
    image(site, "assets/used.png", 0x112233);
    image(site, "assets/unreferenced.png", 0x445566);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("assets/used-png-2w.jpg")
        .noneMatch(file -> file.startsWith("assets/unreferenced"));
  }

  @Test
  void anAssetFolderNamedByTheVaultsPropertiesIsThemeAndNotScanned() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=.
            asset.folder=Theme
            -- Theme/css/extra.css --
            body { color: #123; }
            -- Theme/Readme.md --
            THEME-NOTE-CANARY
            -- Home.md --
            Hello.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("css/extra.css", "home.html");
    assertThat(site.files()).noneMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("theme"));
  }
}
