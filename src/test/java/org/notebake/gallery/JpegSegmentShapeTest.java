package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Arrays;
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
}
