package org.notebake.markdown.obsidian;

/**
 * One link or embed the renderer needs resolved, exactly as the note wrote it.
 *
 * <p>{@code [[Other Note#Intro|read this]]} at line 3, column 5 becomes {@code new
 * LinkRequest("Other Note", "Intro", "read this", true, 3, 5)}; {@code [cv](files/my%20cv.pdf)}
 * becomes {@code new LinkRequest("files/my cv.pdf", null, "cv", false, line, column)}.
 *
 * @param target decoded note or file reference as written ("Other Note", "Other Note.md", "img/a
 *     b.png"), or "" for the same note ({@code [[#Heading]]}, {@code [t](#Heading)})
 * @param fragment text after '#', without it ("Heading", "^block-id"); null when there is none
 * @param alias for a wikilink the text after '|' (shown text, or an embed option like "300",
 *     "300x200", "alt text"); for a standard link its plain text or image alt text; may be null
 * @param wiki true for {@code [[..]]} syntax, false for standard Markdown links and images
 * @param line 1-based line of the {@code [[}, {@code ![[}, {@code [} or {@code !}, or 0 when the
 *     parser was built without source spans
 * @param column 1-based column of that character, or 0 when unknown
 */
public record LinkRequest(
    String target, String fragment, String alias, boolean wiki, int line, int column) {}
