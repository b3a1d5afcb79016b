package org.notebake.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.SourceFile;
import org.notebake.vault.VaultScanner;

/**
 * A file's stamp, which memoised bodies are checked against, is its size and time as the vault scan
 * read them, in one read of its attributes: no later read of the disk mixes another time in.
 */
class FileStampTest {
  @TempDir Path vault;

  @Test
  void anAttachmentsStampIsTheSizeAndTimeTheScanRead() throws Exception {
    Path file = Files.write(vault.resolve("wall.png"), new byte[812]);
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_764_350_000_000L));
    SourceFile scanned = new VaultScanner().scan(vault, new Diagnostics()).attachments().get(0);
    // Saved again once the scan has read it: this build stamps the file it scanned.
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_764_360_000_000L));
    Attachment wall = new Attachment(scanned, "wall.png");
    SiteIndex index = SiteIndex.build(List.of(), key -> null, List.of(), List.of(wall), "");

    index.attachmentAt("", "wall.png");

    assertThat(wall.stamp()).isEqualTo("wall.png\0wall.png\0" + "812\0" + "1764350000000");
    assertThat(index.answer("attachmentAt\0\0wall.png")).isEqualTo("=" + wall.stamp());
  }
}
