package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Red team: a favicon's PNG kept its author, a comment with a phone number and an {@code eXIf} GPS
 * position, since an icon was published as it is.
 */
class IcoStripperTest {
  private static byte[] image(byte[] ico, int index) {
    ByteBuffer directory = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
    int size = directory.getInt(6 + 16 * index + 8);
    int offset = directory.getInt(6 + 16 * index + 12);
    return Arrays.copyOfRange(ico, offset, offset + size);
  }

  @Test
  void anIconsPngLosesItsMetadataAndItsBitmapAndDirectoryStayWhole() throws Exception {
    byte[] ico = PhotoFixtures.icoWithEverything();
    MetadataAssertions.assertHasPrivateMetadata(image(ico, 0));

    byte[] stripped = ImageStripper.iconWithoutMetadata("favicon.ico", ico);

    assertThat(Arrays.copyOf(stripped, 6)).isEqualTo(Arrays.copyOf(ico, 6));
    byte[] png = image(stripped, 0);
    MetadataAssertions.assertNoPrivateMetadata(png);
    assertThat(
            JpegSanitizingTest.samePixels(
                MetadataAssertions.decode(image(ico, 0)), MetadataAssertions.decode(png)))
        .isTrue();
    assertThat(image(stripped, 1)).isEqualTo(image(ico, 1));
    assertThat(stripped.length).isEqualTo(6 + 32 + png.length + image(ico, 1).length);
    assertThat(MetadataAssertions.contains(stripped, JpegSegments.CANARY)).isFalse();
  }

  @Test
  void anIconWhoseImageLiesOutsideItOrIsNeitherPngNorBitmapIsRefused() {
    byte[] ico = PhotoFixtures.icoWithEverything();
    byte[] outside = ico.clone();
    ByteBuffer.wrap(outside).order(ByteOrder.LITTLE_ENDIAN).putInt(6 + 8, ico.length);
    assertThatThrownBy(() -> ImageStripper.iconWithoutMetadata("favicon.ico", outside))
        .hasMessageContaining("image 1 lies outside the file")
        .hasMessageEndingWith("the icon is not published");
    byte[] profiled = ico.clone();
    int bitmap = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN).getInt(6 + 16 + 12);
    profiled[bitmap] = 124; // BITMAPV5HEADER, which may carry a colour profile
    assertThatThrownBy(() -> ImageStripper.iconWithoutMetadata("favicon.ico", profiled))
        .hasMessageContaining("image 2 in the icon is neither a PNG nor a plain bitmap");
  }

  @Test
  void anIconWhoseImagesShareBytesIsRefusedNotCopiedOverAndOver() {
    // Red team: 100 entries for one bitmap made a 1 MB icon 100 MB; 65,535 ran out of memory.
    byte[] ico = PhotoFixtures.icoWithEverything();
    int count = 2_000;
    ByteBuffer bomb =
        ByteBuffer.allocate(6 + 16 * count + ico.length).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer source = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
    int size = source.getInt(6 + 16 + 8);
    int offset = source.getInt(6 + 16 + 12);
    bomb.putShort((short) 0).putShort((short) 1).putShort((short) count);
    int at = 6 + 16 * count;
    for (int i = 0; i < count; i++) {
      bomb.put(Arrays.copyOfRange(ico, 6 + 16, 6 + 16 + 8)).putInt(size).putInt(at);
    }
    bomb.put(Arrays.copyOfRange(ico, offset, offset + size));
    byte[] bytes = Arrays.copyOf(bomb.array(), at + size);

    assertThatThrownBy(() -> ImageStripper.iconWithoutMetadata("favicon.ico", bytes))
        .hasMessageContaining("two of its images share the same bytes");
  }
}
