package org.plangraph.model;

/**
 * What is known of the file a graph is made from.
 *
 * @param name     the file name without folders; it keys the file's graph and IRIs
 * @param sha256   hex SHA-256 of the file's bytes
 * @param encoding the charset the file was decoded with
 * @param script   {@code simplified} or {@code traditional}
 */
public record SourceInfo(String name, String sha256, String encoding, String script) {
}
