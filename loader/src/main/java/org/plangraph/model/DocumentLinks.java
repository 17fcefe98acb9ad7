package org.plangraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What the link stage adds to one document: which agency each unit it mentions is, which policy each
 * it names is, and which policy it is itself.
 *
 * @param documentKey   the document's key
 * @param agencies      an identity for every unit the document mentions
 * @param citedPolicies the policies it names, in the order it names them
 * @param ownPolicy     the policy it is
 */
public record DocumentLinks(String documentKey, AgencyIdentities agencies, List<CitedPolicy> citedPolicies, OwnPolicy ownPolicy) {
    public DocumentLinks {
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(agencies, "agencies");
        Objects.requireNonNull(ownPolicy, "ownPolicy");
        citedPolicies = List.copyOf(citedPolicies);
    }

    /** The mention with its agency. */
    public LinkedUnit unit(UnitMention mention) {
        return agencies.of(mention);
    }
}
