package org.plangraph.model;

/**
 * A higher-level or peer policy a document names in 《》 (or 〈〉, <>).
 *
 * @param title     the title in simplified script, ASCII brackets, without 《》
 * @param docNumber the document number repaired to its standard form with 〔〕; null if not given
 * @param issuer    the issuer the text names; null if none
 * @param level     national, provincial, municipal, county or unknown
 * @param relation  {@code implements} or {@code cites} for a policy the document names; for the policy
 *                  identity of the document itself (set by the link stage, so that a chain of plans can
 *                  be followed) {@link #IS} for the one IRI it is, {@link #ALIAS} for another IRI of
 *                  the same policy (its title key beside its number key)
 * @param key       the policy's identity key (document number, else normalised title), set by the link
 *                  stage; an IRI when the policy is reference data (a national outline)
 * @param notice    the title of the notice that issued the policy when the text names it that way
 *                  ({@code 《关于印发<X>的通知》} names both); null otherwise
 * @param span      where the mention stands in the source
 */
public record PolicyReference(String title, String docNumber, String issuer, String level, String relation, String key,
        String notice, TextSpan span) {
    /** The relation of a document's own policy identity: the document is this policy. */
    public static final String IS = "is";
    /** The relation of a second identity key of the document's own policy: the same policy, another IRI. */
    public static final String ALIAS = "alias";

    /** Whether this is the document's own identity rather than a policy it names. */
    public boolean ownIdentity() {
        return IS.equals(relation) || ALIAS.equals(relation);
    }

    public PolicyReference withKey(String newKey) {
        return new PolicyReference(title, docNumber, issuer, level, relation, newKey, notice, span);
    }
}
