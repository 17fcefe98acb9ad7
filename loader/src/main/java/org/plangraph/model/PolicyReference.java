package org.plangraph.model;

/**
 * A higher-level or peer policy a document names in 《》 (or 〈〉, <>), as the text names it. Which
 * policy it is the link stage decides ({@link CitedPolicy}).
 *
 * @param title     the title in simplified script, ASCII brackets, without 《》
 * @param docNumber the document number repaired to its standard form with 〔〕; null if not given
 * @param issuer    the issuer the text names; null if none
 * @param level     the level of government the text shows it comes from
 * @param relation  whether the document carries it out or only names it
 * @param notice    the title of the notice that issued the policy when the text names it that way
 *                  ({@code 《关于印发<X>的通知》} names both); null otherwise
 * @param span      where the mention stands in the source
 */
public record PolicyReference(String title, String docNumber, String issuer, PolicyLevel level, PolicyRelation relation,
        String notice, TextSpan span) {
}
