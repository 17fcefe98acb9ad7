package org.plangraph.model;

import java.util.List;

/**
 * A logical document read from a source file. A notice that issues a plan is two documents, the
 * notice {@code transmits} the plan.
 *
 * @param key             its position in the file, from 1; keys its IRI
 * @param kind            what it is: a notice, a plan, a report, an outline
 * @param documentType    the kind word the title ends with, as printed: 实施意见, 若干措施, 行动计划, 工作要点, 暂行办法 …;
 *                        null where the title ends with none
 * @param title           simplified script, without 《》; inferred where neither the text nor the page gives one
 * @param titleAsRead     as printed (or as the page states it); null when inferred
 * @param titleSource     where the title comes from
 * @param issuers         the issuing organs
 * @param issuerSource    where the issuers were read; null when it has none
 * @param recipients      the addressees (主送机关)
 * @param date            ISO date of signing or issue; null if absent
 * @param dateSource      where the date was read; null if no date
 * @param docNumber       文号 in standard form; null if none
 * @param jurisdiction    the administrative area the document governs, e.g. 抚州市; null if unknown or masked
 * @param province        the province-level area of the jurisdiction; null if unknown
 * @param periodStart     the first year a plan covers or a report reports on; null if none
 * @param periodEnd       the last such year; null if none
 * @param transmits       the keys of the documents a notice issues; empty otherwise
 * @param text            the whole document's text
 * @param provisions      its top-level numbered parts
 * @param targets         document-level goals (总体目标)
 * @param policies        the policies it names
 * @param figures         for reports, the figures it gives as achieved
 */
public record Document(String key, DocumentKind kind, String documentType, String title, String titleAsRead, TitleSource titleSource,
        List<UnitMention> issuers, IssuerSource issuerSource, List<UnitMention> recipients, String date, DateSource dateSource,
        String docNumber, String jurisdiction, String province, Integer periodStart, Integer periodEnd, List<String> transmits,
        TextSpan text, List<Provision> provisions, List<Target> targets, List<PolicyReference> policies,
        List<ReportedFigure> figures) {

    public Document {
        transmits = List.copyOf(transmits);
        issuers = List.copyOf(issuers);
        recipients = List.copyOf(recipients);
        provisions = List.copyOf(provisions);
        targets = List.copyOf(targets);
        policies = List.copyOf(policies);
        figures = List.copyOf(figures);
    }

    public Document withTransmits(List<String> keys) {
        return new Document(key, kind, documentType, title, titleAsRead, titleSource, issuers, issuerSource, recipients, date, dateSource,
                docNumber, jurisdiction, province, periodStart, periodEnd, keys, text, provisions, targets, policies, figures);
    }

    public Document withProvisions(List<Provision> p) {
        return new Document(key, kind, documentType, title, titleAsRead, titleSource, issuers, issuerSource, recipients, date, dateSource,
                docNumber, jurisdiction, province, periodStart, periodEnd, transmits, text, p, targets, policies, figures);
    }

    public Document withParties(List<UnitMention> newIssuers, List<UnitMention> newRecipients) {
        return new Document(key, kind, documentType, title, titleAsRead, titleSource, newIssuers, issuerSource, newRecipients, date, dateSource,
                docNumber, jurisdiction, province, periodStart, periodEnd, transmits, text, provisions, targets, policies, figures);
    }

    public Document withTargets(List<Target> t) {
        return new Document(key, kind, documentType, title, titleAsRead, titleSource, issuers, issuerSource, recipients, date, dateSource,
                docNumber, jurisdiction, province, periodStart, periodEnd, transmits, text, provisions, t, policies, figures);
    }

    public Document withPolicies(List<PolicyReference> p) {
        return new Document(key, kind, documentType, title, titleAsRead, titleSource, issuers, issuerSource, recipients, date, dateSource,
                docNumber, jurisdiction, province, periodStart, periodEnd, transmits, text, provisions, targets, p, figures);
    }

    public Document withFigures(List<ReportedFigure> f) {
        return new Document(key, kind, documentType, title, titleAsRead, titleSource, issuers, issuerSource, recipients, date, dateSource,
                docNumber, jurisdiction, province, periodStart, periodEnd, transmits, text, provisions, targets, policies, f);
    }

    /** Every unit it mentions: its issuers, its recipients and the unit of every responsibility, in that order. */
    public List<UnitMention> unitMentions() {
        List<UnitMention> out = new java.util.ArrayList<>(issuers);
        out.addAll(recipients);
        collectUnits(provisions, out);
        return out;
    }

    private static void collectUnits(List<Provision> ps, List<UnitMention> out) {
        for (Provision p : ps) {
            for (Task t : p.tasks()) {
                for (Responsibility r : t.responsibilities()) {
                    out.add(r.unit());
                }
            }
            collectUnits(p.children(), out);
        }
    }

    /** Every measure, depth first, in document order. */
    public List<Provision> measures() {
        List<Provision> out = new java.util.ArrayList<>();
        collectMeasures(provisions, out);
        return out;
    }

    private static void collectMeasures(List<Provision> ps, List<Provision> out) {
        for (Provision p : ps) {
            if (p.measure()) {
                out.add(p);
            }
            collectMeasures(p.children(), out);
        }
    }
}
