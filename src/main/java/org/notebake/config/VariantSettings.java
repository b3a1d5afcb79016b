package org.notebake.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How photos are turned into responsive variants ({@code gallery.*} keys, read by {@code
 * ConfigLoader}).
 *
 * <pre>{@code
 * new VariantSettings(List.of(480, 960, 1600, 2400), false, 100_000_000L, cacheFolder);
 * }</pre>
 *
 * @param widths the variant widths in pixels, ascending ({@code gallery.widths}); a photo is never
 *     upscaled, and one narrower than the largest width also gets a variant at its own width
 * @param originals whether the metadata-stripped original is published too ({@code
 *     gallery.originals})
 * @param maxPixels larger photos are refused before they are decoded ({@code gallery.max.pixels})
 * @param cache the folder of the persistent variant cache ({@code gallery.cache})
 * @param tidy whether a build deletes the cache's entries it did not use; false for a preview
 *     ({@code serve}) that shares the bake's cache
 */
public record VariantSettings(
    List<Integer> widths, boolean originals, long maxPixels, Path cache, boolean tidy) {
  public VariantSettings(List<Integer> widths, boolean originals, long maxPixels, Path cache) {
    this(widths, originals, maxPixels, cache, true);
  }

  public VariantSettings {
    widths = widths.stream().distinct().sorted().toList();
    if (widths.isEmpty() || widths.get(0) < 1) {
      throw new IllegalArgumentException("widths must be positive, at least one: " + widths);
    }
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
    }
    Objects.requireNonNull(cache, "cache");
  }

  /**
   * These settings with the variants kept in {@code cache} instead, a folder this build alone uses,
   * so it tidies it.
   */
  public VariantSettings withOwnCache(Path cache) {
    return new VariantSettings(widths, originals, maxPixels, cache, true);
  }

  /** The widths a photo {@code width} pixels wide gets: never wider than itself. */
  public List<Integer> widthsFor(int width) {
    List<Integer> fitting = new java.util.ArrayList<>();
    for (int w : widths) {
      if (w <= width) {
        fitting.add(w);
      }
    }
    if (width < widths.get(widths.size() - 1) && !fitting.contains(width)) {
      fitting.add(width);
    }
    return List.copyOf(fitting);
  }
}
