package org.notebake.text;

import java.nio.charset.StandardCharsets;

/**
 * How long a file's name may be: Linux, macOS and Windows file systems hold names of up to 255
 * bytes (or UTF-16 units). Every output path notebake plans is held to it, so that a name no disk
 * can hold is told at its source while planning, not as a failed write at the end.
 *
 * <pre>{@code
 * FileNames.tooLong("essays/" + "a".repeat(251) + ".html"); // "aaa….html" (256 bytes)
 * FileNames.tooLong("essays/short.html");                    // null
 * }</pre>
 */
public final class FileNames {
  /** The longest name, in UTF-8 bytes, a file or folder may have. */
  public static final int MAX_BYTES = 255;

  private FileNames() {}

  /** The first name in {@code path} (a folder's or the file's) too long to write, or null. */
  public static String tooLong(String path) {
    if (path.length() < 64) {
      return null;
    }
    for (String name : path.split("/")) {
      // Under 64 characters no name can reach 255 bytes (UTF-8 takes at most 4 a character).
      if (name.length() > 63 && bytes(name) > MAX_BYTES) {
        return name;
      }
    }
    return null;
  }

  /**
   * What a diagnostic says of a name {@link #tooLong} found: "300 bytes, over the 255 a file name
   * may have on most file systems".
   */
  public static String overLimit(String name) {
    return bytes(name)
        + " bytes, over the "
        + MAX_BYTES
        + " a file name may have on most file systems";
  }

  /** The device names Windows reserves, with or without an extension. */
  private static final java.util.regex.Pattern RESERVED =
      java.util.regex.Pattern.compile(
          "(?i)(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?:[ .].*)?");

  /**
   * The first name in {@code path} that Windows reserves for a device ({@code con.html}, {@code
   * nul/}, {@code aux.txt}: {@code NUL.txt} and {@code NUL.tar.gz} are {@code NUL} to it), or null.
   * A Windows checkout of the site, and hosts that build there, cannot hold such a file.
   */
  public static String reservedOnWindows(String path) {
    for (String name : path.split("/")) {
      if (name.length() >= 3 && RESERVED.matcher(name).matches()) {
        return name;
      }
    }
    return null;
  }

  /** The length of {@code name} in UTF-8 bytes, as a file system counts it. */
  public static int bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }
}
