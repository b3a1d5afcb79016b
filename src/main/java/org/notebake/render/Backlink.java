package org.notebake.render;

/** A published note linking to another: shown under the target as "Linked from". */
public record Backlink(String title, String uri, String context) {}
