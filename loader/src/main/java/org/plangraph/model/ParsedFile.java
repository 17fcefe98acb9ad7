package org.plangraph.model;

import java.util.List;

/** Everything read from one source file: the unit that becomes one named graph. */
public record ParsedFile(SourceInfo source, List<Document> documents) {
    public ParsedFile {
        documents = List.copyOf(documents);
    }

    public ParsedFile withDocuments(List<Document> newDocuments) {
        return new ParsedFile(source, newDocuments);
    }
}
