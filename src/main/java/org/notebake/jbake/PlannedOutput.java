package org.notebake.jbake;

/**
 * One file the templates will produce, planned before anything is rendered so the site knows every
 * path it will write (for link checks and collisions) before the first page exists.
 *
 * @param path site-relative output path
 * @param sourcePath the content file behind it, or null for list pages (index, tags, feeds)
 * @param type the JBake document type it renders as (post, page, masterindex, tag, feed, ...)
 * @param template the template that renders it
 * @param html true for HTML pages (they go through the HTML passes), false for XML
 */
public record PlannedOutput(
    String path, String sourcePath, String type, String template, boolean html) {}
