package org.notebake.bench;

import java.util.Locale;

/**
 * What the notes of a benchmark vault look like.
 *
 * <ul>
 *   <li>{@code text}: 400-900 words of prose and blocks, a wikilink in about half the paragraphs,
 *       every note public (the original benchmark vault);
 *   <li>{@code heavy}: what a working vault looks like: about 1,100 words and 17 wikilinks a note,
 *       a pasted PNG screenshot in every note, and 30% of the notes private.
 * </ul>
 */
enum VaultShape {
  TEXT(400, 500, 0, false, 0),
  HEAVY(1_000, 200, 17, true, 30);

  final int minWords;
  final int extraWords;
  final int wikilinks;
  final boolean screenshot;
  final int privatePercent;

  VaultShape(int minWords, int extraWords, int wikilinks, boolean screenshot, int privatePercent) {
    this.minWords = minWords;
    this.extraWords = extraWords;
    this.wikilinks = wikilinks;
    this.screenshot = screenshot;
    this.privatePercent = privatePercent;
  }

  static VaultShape named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("vault shape must be text or heavy, was " + name, e);
    }
  }
}
