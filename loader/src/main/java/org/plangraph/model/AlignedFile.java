package org.plangraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A file after the align stage, as the emitter writes it: the linked file, and its measures aligned
 * to the items of the national outlines they carry out.
 *
 * @param linked     what was read and linked
 * @param alignments the alignments the align stage scored or a curator decided
 */
public record AlignedFile(LinkedFile linked, List<Alignment> alignments) {
    public AlignedFile {
        Objects.requireNonNull(linked, "linked");
        alignments = List.copyOf(alignments);
    }

    public SourceInfo source() {
        return linked.source();
    }

    public List<Document> documents() {
        return linked.documents();
    }

    public List<Finding> findings() {
        return linked.findings();
    }

    /** What the link stage added to {@code d}, a document of this file. */
    public DocumentLinks linksOf(Document d) {
        return linked.linksOf(d);
    }
}
