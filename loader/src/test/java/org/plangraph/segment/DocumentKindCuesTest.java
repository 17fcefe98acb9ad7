package org.plangraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.data.DataFiles;
import org.plangraph.model.DocumentKind;

class DocumentKindCuesTest {
    private static final String FILE = "ontology/cues/document-kinds.tsv";

    private static List<SegmenterCues.KindRule> read(String content) {
        return SegmenterCues.kindRules(DataFiles.rows(FILE, content));
    }

    @Test
    void aKindNoDocumentKindNamesIsRefusedNamingTheFileAndLine() {
        String content = "# kinds\n\nnotice\ttitle\t通知$\nmemo\ttitle\t备忘录$\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(content));
        assertTrue(e.getMessage().startsWith(FILE + " line 4:"), e.getMessage());
        assertTrue(e.getMessage().contains("'memo'"), e.getMessage());
    }

    @Test
    void aLineWithoutItsPatternIsRefusedNamingTheFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("notice\ttitle\n"));
        assertTrue(e.getMessage().startsWith(FILE + " line 1:"), e.getMessage());
    }

    @Test
    void eachKnownKindIsReadAsItsConstant() {
        List<SegmenterCues.KindRule> rules = read("annual-report\tbody\t报告如下\nwork-plan\ttitle\t工作要点\n");
        assertEquals(List.of(DocumentKind.ANNUAL_REPORT, DocumentKind.WORK_PLAN), rules.stream().map(SegmenterCues.KindRule::kind).toList());
    }

    @Test
    void theShippedFileGivesOnlyKnownKinds() {
        assertTrue(SegmenterCues.standard().kindRules().size() > 1);
    }
}
