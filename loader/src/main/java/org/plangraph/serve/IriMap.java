package org.plangraph.serve;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.plangraph.emit.Vocab;

/**
 * Which local paths stand for which IRIs: the loader's base (e.g. {@code /id/…} for
 * {@code http://localhost:3030/id/…}), the ontology's namespace ({@code /def…} for
 * {@code https://w3id.org/plangraph/def…}) and the reference data ({@code /ref/…}). Paths are
 * matched whatever the host, so a server on another port or behind a proxy still dereferences.
 */
final class IriMap {
    static final String ONTOLOGY = "https://w3id.org/plangraph/def";

    record Mount(String localPrefix, String iriPrefix) {
    }

    private final List<Mount> mounts;

    IriMap(String base) {
        String basePath = URI.create(base).getRawPath();
        if (basePath == null || basePath.isEmpty() || basePath.equals("/")) {
            throw new IllegalArgumentException("the base IRI needs a path of its own (e.g. …/id/) to be served: " + base);
        }
        this.mounts = List.of(new Mount(basePath, base), new Mount("/def", ONTOLOGY), new Mount("/ref/", Vocab.PG_REF));
    }

    List<Mount> mounts() {
        return mounts;
    }

    Optional<String> iriFor(String localPath) {
        for (Mount m : mounts) {
            if (localPath.startsWith(m.localPrefix())) {
                return Optional.of(m.iriPrefix() + localPath.substring(m.localPrefix().length()));
            }
        }
        return Optional.empty();
    }

    /** The path on this server that describes IRI, when it is one of ours. */
    Optional<String> localFor(String iri) {
        for (Mount m : mounts) {
            if (iri.startsWith(m.iriPrefix())) {
                return Optional.of(m.localPrefix() + iri.substring(m.iriPrefix().length()));
            }
        }
        return Optional.empty();
    }
}
