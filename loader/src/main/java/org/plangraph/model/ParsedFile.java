package org.plangraph.model;

import java.util.List;

/**
 * Everything read from one source file: the unit that becomes one named graph.
 *
 * @param findings   what the file held that looked like structure but was not used (not emitted to the graph)
 * @param alignments its measures aligned to the items of the national outlines they carry out (align stage)
 */
public record ParsedFile(SourceInfo source, List<Document> documents, List<Finding> findings, List<Alignment> alignments) {
    public ParsedFile {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        alignments = List.copyOf(alignments);
    }

    public ParsedFile(SourceInfo source, List<Document> documents, List<Finding> findings) {
        this(source, documents, findings, List.of());
    }

    /** A file as segmented, before anything was found unused in it. */
    public ParsedFile(SourceInfo source, List<Document> documents) {
        this(source, documents, List.of(), List.of());
    }

    public ParsedFile withDocuments(List<Document> newDocuments) {
        return new ParsedFile(source, newDocuments, findings, alignments);
    }

    public ParsedFile withFindings(List<Finding> newFindings) {
        return new ParsedFile(source, documents, newFindings, alignments);
    }

    public ParsedFile withAlignments(List<Alignment> newAlignments) {
        return new ParsedFile(source, documents, findings, newAlignments);
    }
}
