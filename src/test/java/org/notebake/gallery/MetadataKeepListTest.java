package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataKeepListTest {

  @Test
  void configNamesParseCaseInsensitively() {
    MetadataKeepList keep = MetadataKeepList.of(List.of("Camera", " exposure "));

    assertThat(keep.fields()).containsExactlyInAnyOrder(PhotoField.CAMERA, PhotoField.EXPOSURE);
    assertThat(keep.keeps(PhotoField.DATE)).isFalse();
  }

  @Test
  void gpsCanNeverBeKept() {
    assertThatThrownBy(() -> MetadataKeepList.of(List.of("gps")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("photo metadata \"gps\" can never be kept: GPS location is always removed");
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> MetadataKeepList.of(List.of("aperture")))
        .hasMessage(
            "unknown photo metadata \"aperture\"; use camera, lens, exposure, date or copyright");
  }
}
