package org.plangraph.model;

import java.util.Objects;

/**
 * A policy a document names, with the identity the link stage gave it.
 *
 * @param reference how the document names it
 * @param key       the policy's identity key ({@code no:} and its document number, else {@code title:} and its
 *                  title key), or the IRI of the reference data that holds it (a national outline)
 * @param level     the reference's level, unless the reference data states the policy's own
 */
public record CitedPolicy(PolicyReference reference, String key, PolicyLevel level) {
    public CitedPolicy {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(level, "level");
    }
}
