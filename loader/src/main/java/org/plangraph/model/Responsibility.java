package org.plangraph.model;

/**
 * One unit's role on one task.
 *
 * @param role     what the note makes of the unit: lead, responsible, or (nothing printed) the issuer
 * @param unit     the unit as mentioned
 * @param inferred true when no note printed it: the duty falls to the document's issuer
 */
public record Responsibility(Role role, UnitMention unit, boolean inferred) {
}
