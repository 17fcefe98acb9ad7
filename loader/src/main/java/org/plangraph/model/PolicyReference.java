package org.plangraph.model;

/**
 * A higher-level or peer policy a document names in 《》.
 *
 * @param title     the title in simplified script, ASCII brackets, without 《》
 * @param docNumber the document number repaired to its standard form with 〔〕; null if not given
 * @param issuer    the issuer the text names; null if none
 * @param level     national, provincial, municipal, county or unknown
 * @param relation  {@code implements} or {@code cites}
 * @param key       the policy's identity key (document number, else normalised title), set by the link stage
 * @param span      where the mention stands in the source
 */
public record PolicyReference(String title, String docNumber, String issuer, String level, String relation, String key,
        TextSpan span) {
}
