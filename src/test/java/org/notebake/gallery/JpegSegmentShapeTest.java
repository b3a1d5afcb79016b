package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JpegSegmentShapeTest {
  @ParameterizedTest
  @ValueSource(
      ints = {
        ColorSpace.CS_sRGB,
        ColorSpace.CS_LINEAR_RGB,
        ColorSpace.CS_GRAY,
        ColorSpace.CS_PYCC,
        ColorSpace.CS_CIEXYZ
      })
  void realProfilesAreWhole(int space) {
    assertThat(JpegSegmentShape.isWholeIccProfile(ICC_Profile.getInstance(space).getData()))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 1000, 3000, 5000})
  void aProfileWithBytesCutOutAndOthersSwallowedIsNot(int cutAt) {
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    byte[] shifted = new byte[icc.length];
    System.arraycopy(icc, 0, shifted, 0, cutAt);
    System.arraycopy(icc, cutAt + 49, shifted, cutAt, icc.length - cutAt - 49);
    byte[] comment =
        "comment CANARY-7f3a-PRIVATE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(comment, 0, shifted, icc.length - 49, comment.length);

    assertThat(JpegSegmentShape.isWholeIccProfile(shifted)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1, 100})
  void aProfileWhoseHeaderSizeIsWrongIsNot(int delta) {
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    assertThat(JpegSegmentShape.isWholeIccProfile(Arrays.copyOf(icc, icc.length + delta)))
        .isFalse();
  }

  @Test
  void aCompactProfileWithAShortCopyrightTextIsWhole() {
    // The compact sRGB profiles photo apps and social sites embed carry a copyright "text" tag of
    // 11 bytes ("text", four reserved bytes, "IX" and its NUL); one was refused as damaged.
    assertThat(JpegSegmentShape.isWholeIccProfile(profileWithText("IX"))).isTrue();
    assertThat(JpegSegmentShape.isWholeIccProfile(profileWithText(""))).isTrue();
  }

  @Test
  void aTagWithNoDataAfterItsTypeIsNot() {
    byte[] icc = profileWithText("IX");
    java.nio.ByteBuffer.wrap(icc).putInt(132 + 8, 8); // the tag's size: its type and reserved bytes
    byte[] cut = Arrays.copyOf(icc, 144 + 8);
    java.nio.ByteBuffer.wrap(cut).putInt(0, cut.length);
    assertThat(JpegSegmentShape.isWholeIccProfile(cut)).isFalse();
  }

  /** A 128-byte header, one tag: "cprt" as a "text" of {@code text} and its NUL. */
  private static byte[] profileWithText(String text) {
    int size = 144 + 8 + text.length() + 1;
    java.nio.ByteBuffer icc = java.nio.ByteBuffer.allocate(size);
    icc.putInt(0, size);
    icc.put(36, "acsp".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    icc.putInt(128, 1);
    icc.put(132, "cprt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    icc.putInt(136, 144);
    icc.putInt(140, 8 + text.length() + 1);
    icc.put(144, "text".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    icc.put(152, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return icc.array();
  }
}
