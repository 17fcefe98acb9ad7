package org.plangraph.read;

/**
 * Turns the bytes of one format into lines of text, following the conventions of {@link SourceText}.
 * One implementation per format family; each names the library it delegates to.
 */
interface TextExtractor {
    /** What an extractor gives back: the text, the charset used if the format has one, and the file's own metadata. */
    record Extracted(String text, String encoding, PageMetadata page) {
    }

    /** The library and version, e.g. {@code PDFBox 3.0.8}; recorded with each graph. */
    String name();

    Extracted extract(String fileName, byte[] bytes) throws SourceRejectedException;
}
