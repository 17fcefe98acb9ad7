package org.plangraph.model;

import org.plangraph.read.SourceFormat;

/**
 * What is known of the file a graph is made from.
 *
 * @param name      the file name without folders; it keys the file's graph and IRIs
 * @param sha256    hex SHA-256 of the file's bytes
 * @param format    the format detected from its content
 * @param extractor the library that turned it into text
 * @param encoding  the charset the file was decoded with; null for PDF and Word files
 * @param script    {@code simplified} or {@code traditional}
 */
public record SourceInfo(String name, String sha256, SourceFormat format, String extractor, String encoding, String script) {
}
