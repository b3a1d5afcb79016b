package org.notebake.markdown.obsidian.heading.internal;

import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.notebake.markdown.obsidian.heading.HeadingSlugger;

/**
 * Sets {@code id} on every heading. One instance per render call (commonmark creates attribute
 * providers per render), so ids are deduplicated per note and rendering stays thread-safe.
 */
public final class HeadingIdAttributeProvider implements AttributeProvider {

  private final HeadingSlugger slugger = new HeadingSlugger();

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Heading heading && tagName.startsWith("h")) {
      String slug = slugger.slug(heading);
      if (!slug.isEmpty()) {
        attributes.put("id", slug);
      }
    }
  }
}
