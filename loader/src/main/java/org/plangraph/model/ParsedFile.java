package org.plangraph.model;

import java.util.List;

/**
 * Everything read from one source file by the segment and extract stages: the unit that becomes one
 * named graph.
 *
 * @param findings what the file held that looked like structure but was not used (not emitted to the graph)
 */
public record ParsedFile(SourceInfo source, List<Document> documents, List<Finding> findings) {
    public ParsedFile {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }

    /** A file as segmented, before anything was found unused in it. */
    public ParsedFile(SourceInfo source, List<Document> documents) {
        this(source, documents, List.of());
    }

    public ParsedFile withDocuments(List<Document> newDocuments) {
        return new ParsedFile(source, newDocuments, findings);
    }

    public ParsedFile withFindings(List<Finding> newFindings) {
        return new ParsedFile(source, documents, newFindings);
    }
}
