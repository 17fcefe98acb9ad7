package org.plangraph.model;

/**
 * A government unit named in a document: an issuer, a recipient or a responsible unit.
 *
 * @param mention       the name as written (simplified script), e.g. {@code 审批局}
 * @param name          the name written out where the text implies more, e.g. {@code 市审批局} (a distributed
 *                      prefix); may equal {@code mention}
 * @param alias         a second name given in brackets, e.g. {@code 市司法局} in {@code 市委依法治市办(市司法局)}; null if none
 * @param collective    true for a group named together, e.g. {@code 市直有关部门}, {@code 各县(区)政府}
 * @param canonicalName the agency's full canonical name, abbreviations resolved ({@code 抚州市发展和改革委员会}); set by the link stage
 * @param qualifiedName the name as the document writes it, with its jurisdiction written out ({@code 抚州市发改委}); set by the link stage
 * @param jurisdiction  the jurisdiction the unit belongs to (e.g. {@code 抚州市}); set by the link stage, null if unknown
 * @param key           the agency's identity within its jurisdiction; set by the link stage
 */
public record UnitMention(String mention, String name, String alias, boolean collective, String canonicalName,
        String qualifiedName, String jurisdiction, String key) {

    public static UnitMention of(String name) {
        return new UnitMention(name, name, null, false, null, null, null, null);
    }

    public UnitMention linked(String newCanonicalName, String newQualifiedName, String newJurisdiction, String newKey,
            boolean isCollective) {
        return new UnitMention(mention, name, alias, isCollective, newCanonicalName, newQualifiedName, newJurisdiction, newKey);
    }
}
