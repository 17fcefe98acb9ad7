package org.plangraph.model;

/**
 * One unit's role on one task.
 *
 * @param role     {@code lead} (牵头单位), {@code responsible} (责任单位, 配合单位, 参与单位) or {@code issuer}
 * @param unit     the unit as mentioned and, once linked, as identified
 * @param inferred true when no note printed it: the duty falls to the document's issuer
 */
public record Responsibility(String role, UnitMention unit, boolean inferred) {
}
