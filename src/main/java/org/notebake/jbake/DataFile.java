package org.notebake.jbake;

import java.util.Map;

/**
 * A YAML data file ({@code data/links.yaml}) exposed to templates as JBake 2.7 does: {@code
 * ${data.get("links.yaml").github}}.
 *
 * @param name path relative to the data folder, '/' separated
 * @param values the file's top-level map (a top-level list is stored under {@code data})
 */
public record DataFile(String name, Map<String, Object> values) {}
