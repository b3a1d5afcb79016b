package org.notebake.text;

/**
 * The {@code ../} and {@code ./} a relative path starts with, left out when only the rest of it
 * says where a file is: {@code ../../pics/a.png} is found as the file whose path ends in {@code
 * pics/a.png}, and a template writes it as {@code ${content.rootpath}pics/a.png}.
 *
 * <pre>{@code
 * DotSegments.dropLeading("./../pics/a.png"); // "pics/a.png"
 * DotSegments.dropLeading("notes/../a.png");  // "notes/../a.png": only those in front
 * }</pre>
 */
public final class DotSegments {
  private DotSegments() {}

  /**
   * {@code path} without the {@code ../} and {@code ./} in front of it; a {@code ..} or {@code .}
   * with no slash after it, and a name of more dots ({@code .../x}), stay.
   */
  public static String dropLeading(String path) {
    String rest = path;
    while (rest.startsWith("../") || rest.startsWith("./")) {
      rest = rest.substring(rest.indexOf('/') + 1);
    }
    return rest;
  }
}
