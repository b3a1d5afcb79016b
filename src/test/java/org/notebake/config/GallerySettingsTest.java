package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GallerySettingsTest {
  @TempDir Path dir;

  private Path vault(String properties) throws Exception {
    Path vault = Files.createDirectories(dir.resolve("Vault"));
    Files.writeString(vault.resolve("jbake.properties"), properties);
    return vault;
  }

  @Test
  void defaultsPutTheCacheBesideTheOutputOutsideTheVault() throws Exception {
    Path vault = vault("");
    SiteConfig config = ConfigLoader.load(vault, null);
    VariantSettings photos = config.photoVariants();

    assertThat(photos.widths()).containsExactly(480, 960, 1600, 2400);
    assertThat(photos.originals()).isFalse();
    assertThat(photos.maxPixels()).isEqualTo(100_000_000L);
    assertThat(photos.cache())
        .isEqualTo(config.output().resolveSibling(".notebake-cache").resolve("Vault-site/photos"));
    assertThat(photos.cache().startsWith(config.content())).isFalse();
    assertThat(photos.cache().startsWith(config.output())).isFalse();
  }

  @Test
  void keysAreReadAndWidthsSorted() throws Exception {
    Path vault =
        vault(
            "gallery.widths=1200, 320\ngallery.originals=true\ngallery.max.pixels=5000000\n"
                + "gallery.cache=../photo-cache\n");
    VariantSettings photos = ConfigLoader.load(vault, null).photoVariants();

    assertThat(photos.widths()).containsExactly(320, 1200);
    assertThat(photos.originals()).isTrue();
    assertThat(photos.maxPixels()).isEqualTo(5_000_000L);
    assertThat(photos.cache()).isEqualTo(dir.toRealPath().resolve("photo-cache"));
  }

  @Test
  void aCacheInsideTheVaultOrTheOutputIsRefused() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(vault("gallery.cache=.cache/photos\n"), null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("gallery.cache=")
        .hasMessageContaining("inside the vault");
    assertThatThrownBy(() -> ConfigLoader.load(vault("gallery.cache=../Vault-site/cache\n"), null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("inside the output folder");
  }

  @Test
  void badWidthsAndPixelLimitsNameTheKey() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(vault("gallery.widths=480,wide\n"), null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("gallery.widths=480,wide");
    assertThatThrownBy(() -> ConfigLoader.load(vault("gallery.max.pixels=-3\n"), null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("gallery.max.pixels=-3");
  }
}
