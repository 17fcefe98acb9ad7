package org.plangraph.read;

/**
 * A source file decoded to text: the first stage's output.
 *
 * @param name     the file's name (no folder), which keys its graph and IRIs
 * @param sha256   hex SHA-256 of the file's bytes, recorded in the graph's provenance
 * @param encoding the charset the bytes were decoded with, e.g. {@code UTF-8}, {@code GB18030}, {@code Big5}
 * @param text     the decoded text with any byte-order mark removed; spans in the graph index into it
 */
public record SourceText(String name, String sha256, String encoding, String text) {
}
