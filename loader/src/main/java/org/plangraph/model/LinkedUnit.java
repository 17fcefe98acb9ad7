package org.plangraph.model;

import java.util.Objects;

/** A unit mention with the agency the link stage found it to be. */
public record LinkedUnit(UnitMention mention, AgencyIdentity identity) {
    public LinkedUnit {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(identity, "identity");
    }
}
