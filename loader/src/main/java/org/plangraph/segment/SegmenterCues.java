package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;

/**
 * The cue phrases the segmenter works with, read from {@code ontology/cues/}: they change more often
 * than the code that applies them.
 */
record SegmenterCues(List<KindRule> kindRules, Pattern nonMeasureHeading, Pattern reportPlanHeading,
        List<String> headingVerbs, List<String> reportTopics, List<String> documentTypes, Pattern nationalIssuer,
        Pattern articleGeneralClause, Pattern publicBody, Pattern sanctionHeading, java.util.Set<String> ruleTypes) {

    record KindRule(String kind, String where, Pattern pattern) {
    }

    static SegmenterCues standard() {
        List<KindRule> kinds = new ArrayList<>();
        for (String[] row : DataFiles.readTable("cues/document-kinds.tsv")) {
            if (row.length < 3) {
                throw new IllegalStateException("ontology/cues/document-kinds.tsv: want KIND<TAB>WHERE<TAB>REGEX: " + String.join("\t", row));
            }
            kinds.add(new KindRule(row[0].strip(), row[1].strip(), Pattern.compile(row[2].strip())));
        }
        return new SegmenterCues(kinds, anyOf("cues/non-measure-headings.txt"), anyOf("cues/report-plan-headings.txt"),
                DataFiles.readList("cues/heading-verbs.txt"), DataFiles.readList("cues/report-topics.txt"),
                DataFiles.readList("cues/document-types.txt"), anyOf("cues/national-issuers.txt"),
                anyOf("cues/article-general-clauses.txt"), anyOf("cues/public-bodies.txt"),
                anyOf("cues/sanction-headings.txt"), java.util.Set.copyOf(DataFiles.readList("cues/rule-types.txt")));
    }

    private static Pattern anyOf(String file) {
        return Pattern.compile(String.join("|", DataFiles.readList(file)));
    }
}
