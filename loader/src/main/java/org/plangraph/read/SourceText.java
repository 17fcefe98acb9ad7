package org.plangraph.read;

/**
 * A source file turned into text: the first stage's output. Whatever the format, the text is lines:
 * a paragraph or a line break of the source is a line; a table row is one line whose cells are
 * separated by TAB (U+0009), a cell's own line breaks folded to spaces. Spans in the graph index
 * into this text.
 *
 * @param name      the file's name (no folder), which keys its graph and IRIs
 * @param sha256    hex SHA-256 of the file's bytes, recorded in the graph's provenance
 * @param format    the format detected from the file's content
 * @param extractor the library (and version) that turned the file into text, e.g. {@code jsoup 1.22.1}
 * @param encoding  the charset text bytes were decoded with ({@code UTF-8}, {@code GB18030}, {@code Big5} …);
 *                  null for formats that carry no byte encoding of their own (PDF, DOCX, DOC)
 * @param text      the text with any byte-order mark removed
 * @param page      what the file states about the document outside its text (a page's metadata block, file properties)
 */
public record SourceText(String name, String sha256, SourceFormat format, String extractor, String encoding, String text,
        PageMetadata page) {
    /** Tables put this between the cells of a row. */
    public static final char CELL_SEPARATOR = '\t';
}
