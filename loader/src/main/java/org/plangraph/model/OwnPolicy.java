package org.plangraph.model;

import java.util.List;
import java.util.Objects;

/**
 * The policy a document is, so that a chain of plans can be followed: a document that implements a
 * policy another loaded document is reaches that document.
 *
 * @param key       its identity key: its document number (a plan issued by a notice takes the notice's),
 *                  else its title key, or the IRI of the reference data that holds it
 * @param aliasKeys other keys of the same policy: its title key beside its number key, because a document
 *                  citing it may give only the title
 * @param title     the document's title
 * @param docNumber the number {@code key} is made of; null when the key is not a number
 * @param issuer    its issuers' names, joined by 、; null when it has none
 * @param level     the level of government it comes from
 */
public record OwnPolicy(String key, List<String> aliasKeys, String title, String docNumber, String issuer, PolicyLevel level) {
    public OwnPolicy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        aliasKeys = List.copyOf(aliasKeys);
    }
}
