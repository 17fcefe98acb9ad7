package org.plangraph.model;

import java.util.Objects;

/**
 * Which agency a unit mention is, as the link stage decides: the same agency gets the same key in
 * every document of its jurisdiction and never shares one with another jurisdiction's.
 *
 * @param canonicalName the agency's full canonical name, abbreviations resolved ({@code 抚州市发展和改革委员会})
 * @param qualifiedName the name as the document writes it, with its jurisdiction written out ({@code 抚州市发改委})
 * @param jurisdiction  the jurisdiction the agency belongs to (e.g. {@code 抚州市}); null where neither its
 *                      name nor its document tells one
 * @param key           the agency's identity within its jurisdiction
 * @param collective    true for a group named together ({@code 市直有关部门}), by the mention or by its name
 */
public record AgencyIdentity(String canonicalName, String qualifiedName, String jurisdiction, String key, boolean collective) {
    public AgencyIdentity {
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(key, "key");
    }
}
