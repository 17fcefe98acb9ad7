package org.plangraph.model;

/**
 * A government unit named in a document: an issuer, a recipient or a responsible unit.
 *
 * @param mention       the name as written (simplified script), e.g. {@code 审批局}
 * @param name          the name written out in full where the text implies it, e.g. {@code 市审批局}
 *                      (a distributed prefix); may equal {@code mention}
 * @param alias         a second name given in brackets, e.g. {@code 市司法局} in {@code 市委依法治市办(市司法局)}; null if none
 * @param collective    true for a group named together, e.g. {@code 市直有关部门}, {@code 各县(区)政府}
 * @param canonicalName the agency's canonical name within its jurisdiction, set by the link stage
 * @param jurisdiction  the jurisdiction the unit belongs to (e.g. {@code 抚州市}), set by the link stage; null if unknown
 * @param key           a stable identity key within the jurisdiction, set by the link stage
 */
public record UnitMention(String mention, String name, String alias, boolean collective, String canonicalName,
        String jurisdiction, String key) {

    public static UnitMention of(String name) {
        return new UnitMention(name, name, null, false, null, null, null);
    }

    public UnitMention linked(String newCanonicalName, String newJurisdiction, String newKey, boolean isCollective) {
        return new UnitMention(mention, name, alias, isCollective, newCanonicalName, newJurisdiction, newKey);
    }
}
