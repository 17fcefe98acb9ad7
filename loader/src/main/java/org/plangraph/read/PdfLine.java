package org.plangraph.read;

/**
 * One line of text as laid out on a PDF page, in the page's reading direction (y grows downwards).
 *
 * @param text     the line's text
 * @param left     where its first glyph starts
 * @param right    where its last glyph ends
 * @param baseline how far down the page it sits
 * @param fontSize the size its glyphs are set in, in points
 */
record PdfLine(String text, float left, float right, float baseline, float fontSize) {
}
