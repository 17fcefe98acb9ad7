package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.DocumentKind;

/**
 * The cue phrases the segmenter works with, read from {@code ontology/cues/}: they change more often
 * than the code that applies them.
 */
record SegmenterCues(List<KindRule> kindRules, Pattern nonMeasureHeading, Pattern reportPlanHeading,
        List<Pattern> headingVerbs, List<String> reportTopics, List<String> documentTypes, Pattern nationalIssuer,
        Pattern articleGeneralClause, Pattern publicBody, Pattern sanctionHeading, java.util.Set<String> ruleTypes) {

    record KindRule(DocumentKind kind, String where, Pattern pattern) {
    }

    static SegmenterCues standard() {
        return new SegmenterCues(kindRules(DataFiles.readRows("cues/document-kinds.tsv")), anyOf("cues/non-measure-headings.txt"), anyOf("cues/report-plan-headings.txt"),
                DataFiles.readPatterns("cues/heading-verbs.txt"), DataFiles.readList("cues/report-topics.txt"),
                DataFiles.readList("cues/document-types.txt"), anyOf("cues/national-issuers.txt"),
                anyOf("cues/article-general-clauses.txt"), anyOf("cues/public-bodies.txt"),
                anyOf("cues/sanction-headings.txt"), java.util.Set.copyOf(DataFiles.readList("cues/rule-types.txt")));
    }

    /** The rules of {@code document-kinds.tsv}; a kind that is not a {@link DocumentKind} is refused with its line. */
    static List<KindRule> kindRules(List<DataFiles.Row> rows) {
        List<KindRule> kinds = new ArrayList<>();
        for (DataFiles.Row row : rows) {
            row.requireFields(3, "KIND<TAB>WHERE<TAB>REGEX");
            kinds.add(new KindRule(row.notation(0, DocumentKind.class), row.field(1), row.parsed(2, Pattern::compile)));
        }
        return kinds;
    }

    private static Pattern anyOf(String file) {
        return DataFiles.readAlternation(file);
    }
}
