package org.notebake.bench;

import java.util.Locale;

/**
 * What the notes of a benchmark vault look like.
 *
 * <ul>
 *   <li>{@code text}: 400-900 words of prose and blocks, a wikilink in about half the paragraphs,
 *       every note public (the original benchmark vault);
 *   <li>{@code heavy}: what a working vault looks like: about 1,100 words and 17 wikilinks a note,
 *       a pasted PNG screenshot in every note, and 30% of the notes private;
 *   <li>{@code greek}: {@code text} with its prose in Greek letters (titles, tags and code as in
 *       {@code text}): text a Java string holds at two bytes a character.
 * </ul>
 */
enum VaultShape {
  TEXT(400, 500, 0, false, 0, false),
  HEAVY(1_000, 200, 17, true, 30, false),
  GREEK(400, 500, 0, false, 0, true);

  final int minWords;
  final int extraWords;
  final int wikilinks;
  final boolean screenshot;
  final int privatePercent;
  final boolean greek;

  VaultShape(
      int minWords,
      int extraWords,
      int wikilinks,
      boolean screenshot,
      int privatePercent,
      boolean greek) {
    this.minWords = minWords;
    this.extraWords = extraWords;
    this.wikilinks = wikilinks;
    this.screenshot = screenshot;
    this.privatePercent = privatePercent;
    this.greek = greek;
  }

  static VaultShape named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "vault shape must be text, heavy or greek, was " + name, e);
    }
  }
}
