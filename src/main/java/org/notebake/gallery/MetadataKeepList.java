package org.notebake.gallery;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which photo facts survive into captions. Empty by default: a published photo carries no metadata
 * at all unless the site asks for it.
 *
 * <pre>{@code
 * MetadataKeepList keep = MetadataKeepList.of(List.of("camera", "exposure")); // from site config
 * }</pre>
 */
public final class MetadataKeepList {
  private static final MetadataKeepList NONE =
      new MetadataKeepList(EnumSet.noneOf(PhotoField.class));

  private final Set<PhotoField> fields;

  private MetadataKeepList(Set<PhotoField> fields) {
    this.fields = Set.copyOf(fields);
  }

  public static MetadataKeepList none() {
    return NONE;
  }

  public static MetadataKeepList of(PhotoField... fields) {
    EnumSet<PhotoField> set = EnumSet.noneOf(PhotoField.class);
    set.addAll(Arrays.asList(fields));
    return new MetadataKeepList(set);
  }

  /**
   * @throws IllegalArgumentException for an unknown name or an attempt to keep GPS
   */
  public static MetadataKeepList of(Collection<String> names) {
    EnumSet<PhotoField> set = EnumSet.noneOf(PhotoField.class);
    names.forEach(name -> set.add(PhotoField.parse(name)));
    return new MetadataKeepList(set);
  }

  public boolean keeps(PhotoField field) {
    return fields.contains(field);
  }

  public Set<PhotoField> fields() {
    return fields;
  }
}
