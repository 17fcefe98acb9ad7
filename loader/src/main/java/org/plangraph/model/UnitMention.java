package org.plangraph.model;

/**
 * A government unit named in a document, as the text names it: an issuer, a recipient or a
 * responsible unit. Which agency it is the link stage decides ({@link AgencyIdentity}).
 *
 * @param mention    the name as written (simplified script), e.g. {@code 审批局}
 * @param name       the name written out where the text implies more, e.g. {@code 市审批局} (a distributed
 *                   prefix); may equal {@code mention}
 * @param alias      a second name given in brackets, e.g. {@code 市司法局} in {@code 市委依法治市办(市司法局)}; null if none
 * @param collective true for a group named together, e.g. {@code 市直有关部门}, {@code 各县(区)政府}
 */
public record UnitMention(String mention, String name, String alias, boolean collective) {

    public static UnitMention of(String name) {
        return new UnitMention(name, name, null, false);
    }
}
