package org.notebake.site;

/** A published note linking to another: shown under the target as "Linked from". */
record Backlink(String title, String uri, String context) {}
