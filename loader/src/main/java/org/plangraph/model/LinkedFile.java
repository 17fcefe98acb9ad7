package org.plangraph.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file after the link stage: what segment and extract read from it, and what linking added to
 * each of its documents. Made only whole: every document has its links, and every unit a document
 * mentions has an identity, so the emitter never has to fall back on a bare name.
 *
 * @param parsed what was read
 * @param links  one per document, in document order
 */
public record LinkedFile(ParsedFile parsed, List<DocumentLinks> links) {
    public LinkedFile {
        links = List.copyOf(links);
        Map<String, DocumentLinks> byKey = new HashMap<>();
        for (DocumentLinks l : links) {
            byKey.put(l.documentKey(), l);
        }
        for (Document d : parsed.documents()) {
            DocumentLinks l = byKey.get(d.key());
            if (l == null) {
                throw new IllegalArgumentException("document " + d.key() + " of " + parsed.source().name() + " was not linked");
            }
            for (UnitMention u : d.unitMentions()) {
                if (!l.agencies().identifies(u)) {
                    throw new IllegalArgumentException("unit " + u.mention() + " of document " + d.key() + " of "
                            + parsed.source().name() + " has no identity");
                }
            }
        }
    }

    public SourceInfo source() {
        return parsed.source();
    }

    public List<Document> documents() {
        return parsed.documents();
    }

    public List<Finding> findings() {
        return parsed.findings();
    }

    /** What the link stage added to {@code d}, a document of this file. */
    public DocumentLinks linksOf(Document d) {
        for (DocumentLinks l : links) {
            if (l.documentKey().equals(d.key())) {
                return l;
            }
        }
        throw new IllegalArgumentException("document " + d.key() + " is not of " + parsed.source().name());
    }
}
