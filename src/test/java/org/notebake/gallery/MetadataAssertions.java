package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.photoshop.PhotoshopDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** The oracle: metadata-extractor must find nothing, and no canary byte may survive. */
final class MetadataAssertions {
  private MetadataAssertions() {}

  static Metadata metadata(byte[] bytes) throws Exception {
    return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
  }

  static void assertHasPrivateMetadata(byte[] bytes) throws Exception {
    assertThat(metadata(bytes).getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
    assertThat(contains(bytes, JpegSegments.CANARY)).isTrue();
  }

  static void assertNoPrivateMetadata(byte[] bytes) throws Exception {
    Metadata metadata = metadata(bytes);
    assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
    assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
    assertThat(metadata.getFirstDirectoryOfType(XmpDirectory.class)).isNull();
    assertThat(metadata.getFirstDirectoryOfType(IptcDirectory.class)).isNull();
    assertThat(metadata.getFirstDirectoryOfType(PhotoshopDirectory.class)).isNull();
    assertThat(contains(bytes, JpegSegments.CANARY)).as("canary bytes").isFalse();
    assertThat(contains(bytes, "GPSLatitude")).as("XMP GPS").isFalse();
    assertThat(contains(bytes, "FICTIONCAM")).as("camera make").isFalse();
  }

  static boolean contains(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
  }

  static BufferedImage decode(byte[] bytes) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  static byte[] sanitize(byte[] bytes, MetadataKeepList keep, SanitizedImage[] result)
      throws ImageException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result[0] = ImageSanitizer.create().sanitize("photo", bytes, out, keep);
    return out.toByteArray();
  }
}
