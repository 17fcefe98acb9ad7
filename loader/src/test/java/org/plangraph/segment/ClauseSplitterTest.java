package org.plangraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Clause;
import org.plangraph.model.ClauseKind;

class ClauseSplitterTest {
    private static List<Clause> split(String text) {
        return ClauseSplitter.standard().split(text, 0, text.length());
    }

    private static List<String> texts(String text, ClauseKind kind) {
        return split(text).stream().filter(c -> c.kind() == kind).map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void aSemicolonInsideANoteDoesNotEndASentence() {
        String text = "审查率达到100%。（牵头单位：市司法局；责任单位：市直各部门）";
        assertEquals(List.of("（牵头单位：市司法局；责任单位：市直各部门）"), texts(text, ClauseKind.LABELLED_NOTE));
        assertEquals(List.of("审查率达到100%"), texts(text, ClauseKind.STATEMENT));
    }

    @Test
    void aNoteIsASentenceOfItsOwnAndTheTextAfterItStartsAnother() {
        String text = "建立制度(责任单位:市司法局)完善机制,加强监督。";
        List<Clause> clauses = split(text);
        assertEquals(3, clauses.stream().map(Clause::sentence).distinct().count(), clauses.toString());
        assertEquals(List.of("建立制度", "完善机制", "加强监督"), texts(text, ClauseKind.STATEMENT));
    }

    @Test
    void aNotesOtherFieldIsAClauseInsideItAndNoUnit() {
        String text = "清理文件。(责任单位:市直各部门,完成时限:2024年12月底前)";
        Clause note = split(text).stream().filter(Clause::isNote).findFirst().orElseThrow();
        assertEquals("责任单位:市直各部门,完成时限:2024年12月底前", text.substring(note.contentStart(), note.contentEnd()));
        assertEquals(List.of("完成时限:2024年12月底前"), texts(text, ClauseKind.NOTE_FIELD));
    }

    @Test
    void aNoteInWordsIsAVerbNote() {
        String text = "推进项目建设。(由省发展改革委牵头,省财政厅配合)";
        assertEquals(List.of("(由省发展改革委牵头,省财政厅配合)"), texts(text, ClauseKind.VERB_NOTE));
    }

    @Test
    void aBoxRunsFromItsHeadingLineToTheEndAndIsNotTheMeasuresText() {
        String text = "推进外网建设。(责任单位:省通信管理局)\n专栏1  网络互联互通工程\n每年遴选20家企业。";
        assertEquals(List.of("专栏1  网络互联互通工程", "每年遴选20家企业"), texts(text, ClauseKind.BOX));
        assertEquals(List.of("推进外网建设"), texts(text, ClauseKind.STATEMENT));
    }

    @Test
    void commasInsideBracketsAndTitlesDoNotSplitAClause() {
        String text = "贯彻《关于加强法治建设,推进依法行政的意见》(含区县,乡镇)要求";
        assertEquals(1, split(text).size(), split(text).toString());
        assertTrue(split(text).stream().allMatch(c -> c.kind() == ClauseKind.STATEMENT));
    }

    @Test
    void aThousandsSeparatorIsNoClauseBreak() {
        assertEquals(List.of("受理案件1,250件", "同比增长12.1%"), texts("受理案件1,250件,同比增长12.1%。", ClauseKind.STATEMENT));
    }
}
