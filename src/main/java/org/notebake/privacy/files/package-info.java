/**
 * The text of a published file, for the privacy scan: plain text in strict UTF-8, a PDF's text,
 * metadata and outline (PDFBox), an Office or OpenDocument file's XML parts, and whether a photo
 * packed inside one carries a GPS position. A file whose text cannot be had is {@code Unreadable};
 * one too large or too deeply packed to read safely is {@code Refused}.
 */
package org.notebake.privacy.files;
