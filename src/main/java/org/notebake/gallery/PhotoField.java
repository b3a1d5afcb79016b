package org.notebake.gallery;

import java.util.Locale;

/**
 * A group of photo facts a site may choose to keep for captions. Location is deliberately not one
 * of them: GPS coordinates are always removed.
 *
 * <pre>{@code
 * PhotoField.parse("exposure"); // EXPOSURE: exposure time, f-number, ISO, focal length
 * }</pre>
 */
public enum PhotoField {
  /** Camera make and model. */
  CAMERA,
  /** Lens model. */
  LENS,
  /** Exposure time, f-number, ISO and focal length. */
  EXPOSURE,
  /** When the photo was taken. */
  DATE,
  /** The copyright notice. */
  COPYRIGHT;

  /** The name used in the site config, lower case. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for an unknown name, with a message that lists the known ones
   *     and explains that location can never be kept
   */
  public static PhotoField parse(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (PhotoField field : values()) {
      if (field.configName().equals(wanted)) {
        return field;
      }
    }
    if (wanted.startsWith("gps") || wanted.contains("location")) {
      throw new IllegalArgumentException(
          "photo metadata \"" + name + "\" can never be kept: GPS location is always removed");
    }
    throw new IllegalArgumentException(
        "unknown photo metadata \"" + name + "\"; use camera, lens, exposure, date or copyright");
  }
}
