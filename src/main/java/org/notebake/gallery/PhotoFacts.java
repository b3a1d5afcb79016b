package org.notebake.gallery;

import java.time.LocalDateTime;

/**
 * What a photo's metadata says that a caption might show, read before the metadata is stripped.
 * Every field but the size may be null. There is no location field on purpose.
 *
 * <pre>{@code
 * PhotoFacts facts = sanitized.facts(); // only the fields the keep list allows are non-null
 * String caption = facts.cameraModel() + ", " + facts.exposureTime() + " s, f/" + facts.fNumber();
 * }</pre>
 *
 * @param cameraMake "FUJIFILM"
 * @param cameraModel "X100V"
 * @param lens "XF23mmF2 R WR"
 * @param exposureTime seconds as written by photographers, "1/250" or "2"
 * @param fNumber 2.8
 * @param iso 400
 * @param focalLengthMm 23.0
 * @param dateTaken local time on the camera's clock, no zone
 * @param copyright "© 2025 A. Example"
 * @param width displayed width in pixels, after orientation
 * @param height displayed height in pixels, after orientation
 */
public record PhotoFacts(
    String cameraMake,
    String cameraModel,
    String lens,
    String exposureTime,
    Double fNumber,
    Integer iso,
    Double focalLengthMm,
    LocalDateTime dateTaken,
    String copyright,
    int width,
    int height) {

  /** A copy with every field the keep list does not name set to null. */
  public PhotoFacts keepOnly(MetadataKeepList keep) {
    boolean camera = keep.keeps(PhotoField.CAMERA);
    boolean exposure = keep.keeps(PhotoField.EXPOSURE);
    return new PhotoFacts(
        camera ? cameraMake : null,
        camera ? cameraModel : null,
        keep.keeps(PhotoField.LENS) ? lens : null,
        exposure ? exposureTime : null,
        exposure ? fNumber : null,
        exposure ? iso : null,
        exposure ? focalLengthMm : null,
        keep.keeps(PhotoField.DATE) ? dateTaken : null,
        keep.keeps(PhotoField.COPYRIGHT) ? copyright : null,
        width,
        height);
  }

  /** The same facts for the image as displayed, once its orientation has been applied. */
  PhotoFacts withSize(int width, int height) {
    return new PhotoFacts(
        cameraMake,
        cameraModel,
        lens,
        exposureTime,
        fNumber,
        iso,
        focalLengthMm,
        dateTaken,
        copyright,
        width,
        height);
  }
}
