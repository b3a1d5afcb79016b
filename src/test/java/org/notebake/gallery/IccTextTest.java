package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.gallery.MetadataAssertions.contains;
import static org.notebake.gallery.MetadataAssertions.decode;
import static org.notebake.gallery.MetadataAssertions.sanitize;

import com.drew.metadata.icc.IccDirectory;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Red team (repro-04): a colour profile's description held an e-mail address, which a photo
 * published as it is (an original, a {@code data:} image) kept; a profile keeps its colours now and
 * loses its words.
 */
class IccTextTest {
  private static final String ADDRESS = "j@example.org";
  private final SanitizedImage[] result = new SanitizedImage[1];

  /** Java's sRGB profile (ICC v2), its description ({@code desc}) saying {@link #ADDRESS}. */
  static byte[] describedProfile() {
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    ByteBuffer b = ByteBuffer.wrap(icc);
    for (int i = 0; i < b.getInt(128); i++) {
      int entry = 132 + 12 * i;
      if (new String(icc, entry, 4, StandardCharsets.ISO_8859_1).equals("desc")) {
        int at = b.getInt(entry + 4) + 12;
        int count = b.getInt(at - 4);
        Arrays.fill(icc, at, at + count, (byte) 0);
        byte[] text = ADDRESS.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, icc, at, Math.min(text.length, count - 1));
      }
    }
    return icc;
  }

  /** A v4 profile of a header and one {@code mluc} copyright in UTF-16: "© j@example.org". */
  static byte[] localizedProfile() {
    byte[] text = ("\u00a9 " + ADDRESS).getBytes(StandardCharsets.UTF_16BE);
    int tag = 16 + 12 + text.length;
    int size = 144 + tag;
    ByteBuffer icc = ByteBuffer.allocate(size);
    icc.putInt(0, size);
    icc.put(36, "acsp".getBytes(StandardCharsets.US_ASCII));
    Arrays.fill(icc.array(), 84, 100, (byte) 7); // a profile ID
    icc.putInt(128, 1);
    icc.put(132, "cprt".getBytes(StandardCharsets.US_ASCII));
    icc.putInt(136, 144);
    icc.putInt(140, tag);
    icc.put(144, "mluc".getBytes(StandardCharsets.US_ASCII));
    icc.putInt(152, 1).putInt(156, 12);
    icc.put(160, "enUS".getBytes(StandardCharsets.US_ASCII));
    icc.putInt(164, text.length).putInt(168, 28);
    icc.put(172, text);
    return icc.array();
  }

  @Test
  void aProfilesTextIsEmptiedAndItsColoursKept() {
    byte[] described = describedProfile();
    assertThat(contains(described, ADDRESS)).as("the fixture").isTrue();

    byte[] clean = IccText.withoutText(described);

    assertThat(contains(clean, ADDRESS)).isFalse();
    assertThat(clean).hasSameSizeAs(described);
    assertThat(JpegSegmentShape.isWholeIccProfile(clean)).isTrue();
    float[] red = {0.8f, 0.1f, 0.05f};
    assertThat(new ICC_ColorSpace(ICC_Profile.getInstance(clean)).toCIEXYZ(red))
        .containsExactly(new ICC_ColorSpace(ICC_Profile.getInstance(described)).toCIEXYZ(red));

    byte[] localized = localizedProfile();
    byte[] cleanLocalized = IccText.withoutText(localized);
    assertThat(new String(cleanLocalized, StandardCharsets.UTF_16BE)).doesNotContain(ADDRESS);
    assertThat(Arrays.copyOfRange(cleanLocalized, 84, 100)).as("the profile ID").containsOnly(0);
    assertThat(IccText.withoutText(cleanLocalized))
        .as("nothing left to empty")
        .isSameAs(cleanLocalized);
    assertThat(IccText.withoutText(Arrays.copyOf(localized, 140))).as("not a profile").isNull();
  }

  @Test
  void aJpegsProfileInTwoPartsLosesItsText() throws Exception {
    byte[] plain =
        JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "jpeg");
    byte[] icc = describedProfile();
    byte[] iso = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    int half = 400; // the description lies across the two parts
    byte[] source =
        ExifBuilder.concat(
            new byte[] {(byte) 0xFF, (byte) 0xD8},
            JpegSegments.segment(
                0xE2, ExifBuilder.concat(iso, new byte[] {1, 2}, Arrays.copyOf(icc, half))),
            JpegSegments.segment(
                0xE2,
                ExifBuilder.concat(
                    iso, new byte[] {2, 2}, Arrays.copyOfRange(icc, half, icc.length))),
            Arrays.copyOfRange(plain, 2, plain.length));
    assertThat(contains(source, ADDRESS)).as("the fixture").isTrue();

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertThat(contains(out, ADDRESS)).isFalse();
    assertThat(MetadataAssertions.metadata(out).getFirstDirectoryOfType(IccDirectory.class))
        .isNotNull();
    assertThat(JpegSanitizingTest.samePixels(decode(source), decode(out))).isTrue();
  }

  @Test
  void aPngsProfileLosesItsNameAndText() throws Exception {
    byte[] plain = JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "png");
    java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.DeflaterOutputStream(compressed)) {
      z.write(describedProfile());
    }
    byte[] iccp =
        ExifBuilder.concat(
            ("Jo's display " + ADDRESS + "\0\0").getBytes(StandardCharsets.ISO_8859_1),
            compressed.toByteArray());
    int afterHeader = 8 + 12 + 13;
    byte[] source =
        ExifBuilder.concat(
            Arrays.copyOf(plain, afterHeader),
            OtherFormatsSanitizingTest.chunk("iCCP", iccp),
            Arrays.copyOfRange(plain, afterHeader, plain.length));
    assertThat(
            MetadataAssertions.metadata(source)
                .getFirstDirectoryOfType(IccDirectory.class)
                .getDescription(IccDirectory.TAG_TAG_desc))
        .as("the fixture")
        .contains(ADDRESS);

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertThat(contains(out, ADDRESS)).isFalse();
    assertThat(contains(out, "Jo's display")).isFalse();
    IccDirectory profile =
        MetadataAssertions.metadata(out).getFirstDirectoryOfType(IccDirectory.class);
    assertThat(profile).isNotNull();
    assertThat(profile.getDescription(IccDirectory.TAG_TAG_desc)).doesNotContain(ADDRESS);
    assertThat(JpegSanitizingTest.samePixels(decode(plain), decode(out))).isTrue();

    byte[] broken =
        ExifBuilder.concat(
            Arrays.copyOf(plain, afterHeader),
            OtherFormatsSanitizingTest.chunk("iCCP", "name\0\0not zlib " + ADDRESS),
            Arrays.copyOfRange(plain, afterHeader, plain.length));
    byte[] withoutProfile = sanitize(broken, MetadataKeepList.none(), result);
    assertThat(contains(withoutProfile, "iCCP")).as("a damaged profile is left out").isFalse();
  }

  @Test
  void aWebpsProfileLosesItsText() throws Exception {
    byte[] lossless =
        Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    byte[] icc = describedProfile();
    byte[] body =
        ExifBuilder.concat(
            "WEBP".getBytes(StandardCharsets.ISO_8859_1),
            riff("VP8X", new byte[] {0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
            riff("ICCP", icc),
            Arrays.copyOfRange(lossless, 12, lossless.length));
    byte[] source =
        ExifBuilder.concat("RIFF".getBytes(StandardCharsets.ISO_8859_1), le(body.length), body);

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertThat(contains(out, ADDRESS)).isFalse();
    assertThat(out[20] & 0x20).as("VP8X ICC flag").isEqualTo(0x20);
    assertThat(decode(out).getWidth()).isEqualTo(1);

    byte[] cut = Arrays.copyOf(icc, 200);
    byte[] damagedBody =
        ExifBuilder.concat(
            "WEBP".getBytes(StandardCharsets.ISO_8859_1),
            riff("VP8X", new byte[] {0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
            riff("ICCP", cut),
            Arrays.copyOfRange(lossless, 12, lossless.length));
    byte[] damaged =
        sanitize(
            ExifBuilder.concat(
                "RIFF".getBytes(StandardCharsets.ISO_8859_1), le(damagedBody.length), damagedBody),
            MetadataKeepList.none(),
            result);
    assertThat(contains(damaged, "ICCP")).isFalse();
    assertThat(damaged[20] & 0x20).as("VP8X ICC flag cleared").isZero();
  }

  private static byte[] riff(String type, byte[] data) {
    return ExifBuilder.concat(
        type.getBytes(StandardCharsets.ISO_8859_1),
        le(data.length),
        data,
        data.length % 2 == 1 ? new byte[] {0} : new byte[0]);
  }

  private static byte[] le(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }
}
