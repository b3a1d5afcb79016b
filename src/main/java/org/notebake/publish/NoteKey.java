package org.notebake.publish;

/**
 * A note's identity: its path relative to the content folder. Maps of notes are keyed by it, not by
 * the {@link Note} record, whose equality would compare (and hash) the whole body.
 *
 * <pre>{@code
 * Map<NoteKey, NoteFacts> facts = ...;
 * facts.get(note.key());
 * }</pre>
 *
 * @param path the note's path relative to the content folder, '/' separated
 */
public record NoteKey(String path) {}
