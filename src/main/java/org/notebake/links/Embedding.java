package org.notebake.links;

import org.notebake.publish.Note;

/**
 * One step of a chain of embeds: {@code note} is being rendered (all of it, or only the section
 * under the heading {@code fragment}) and embeds the next note of the chain at {@code line}.
 *
 * @param fragment the heading whose section is kept, as the embed wrote it; null for the whole note
 * @param line the 1-based line of the embed leading on
 */
public record Embedding(Note note, String fragment, int line) {}
