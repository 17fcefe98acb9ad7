package org.plangraph.model;

/**
 * A higher-level or peer policy a document names in 《》 (or 〈〉, <>).
 *
 * @param title     the title in simplified script, ASCII brackets, without 《》
 * @param docNumber the document number repaired to its standard form with 〔〕; null if not given
 * @param issuer    the issuer the text names; null if none
 * @param level     national, provincial, municipal, county or unknown
 * @param relation  {@code implements} or {@code cites}; {@code realizes} for the policy identity of the
 *                  document itself (set by the link stage, so that a chain of plans can be followed)
 * @param key       the policy's identity key (document number, else normalised title), set by the link
 *                  stage; an IRI when the policy is reference data (a national outline)
 * @param notice    the title of the notice that issued the policy when the text names it that way
 *                  ({@code 《关于印发<X>的通知》} names both); null otherwise
 * @param span      where the mention stands in the source
 */
public record PolicyReference(String title, String docNumber, String issuer, String level, String relation, String key,
        String notice, TextSpan span) {

    public PolicyReference withKey(String newKey) {
        return new PolicyReference(title, docNumber, issuer, level, relation, newKey, notice, span);
    }

    public PolicyReference withTitleAndKey(String newTitle, String newKey) {
        return new PolicyReference(newTitle, docNumber, issuer, level, relation, newKey, notice, span);
    }
}
