package org.plangraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.plangraph.repair.RepairedText;
import org.plangraph.repair.TextRepairer;
import org.plangraph.testing.ProjectFiles;

/** Word files: format from content, tables as TAB rows that survive repair, numbering as Word prints it. */
class WordFilesAreReadByContentTest {
    private static final String TAB = String.valueOf(SourceText.CELL_SEPARATOR);
    private final SourceReader reader = new SourceReader();

    @TempDir
    Path work;

    @Test
    void aDocNamedFileThatIsReallyDocxIsReadAsDocx() throws Exception {
        byte[] docx = DocxFromSample.build(SampleParagraphs.read(ProjectFiles.sample("notice-plan-ganzhou.txt")));
        SourceText text = reader.read("赣市办字15号.doc", docx);
        assertEquals(SourceFormat.DOCX, text.format());
        assertTrue(text.extractor().startsWith("Apache POI ") && text.extractor().endsWith("(XWPF)"), text.extractor());
        assertTrue(text.text().contains("\n一、健全政府机构职能体系\n（一）推进政府职能优化协同高效\n1.持续深化"), text.text());
        // a template's or a program's title in the file properties is not the document's title
        assertEquals(null, text.page().title());
    }

    @Test
    void aDocxTableIsTabRowsWithMergedCellsRepeatedAndSurvivesRepair() throws Exception {
        SourceText text = reader.read("tasks.docx", docxWithTaskTable());
        List<String> expected = List.of(
                "重点任务分工",
                "序号" + TAB + "任务" + TAB + "牵头单位" + TAB + "责任单位",
                "1" + TAB + "推进政务公开 加强解读回应" + TAB + "市政府办公室" + TAB + "市直各部门",
                "2" + TAB + "规范行政执法" + TAB + "市政府办公室" + TAB + "各县（市、区）政府",
                "备注：各单位12月底前报送。",
                "以上任务按季度调度。");
        assertEquals(expected, text.text().lines().toList());
        RepairedText repaired = TextRepairer.standard().repair(text);
        assertTrue(repaired.text().contains("1\t推进政务公开 加强解读回应\t市政府办公室\t市直各部门\n"), repaired.text());
        assertTrue(repaired.text().contains("2\t规范行政执法\t市政府办公室\t各县(市、区)政府\n"), repaired.text());
    }

    @Test
    void aDocTableSavedByLibreOfficeIsTheSameTabRows() throws Exception {
        LibreOffice.sofficeOrSkip();
        SourceText text = reader.read("tasks.doc", LibreOffice.docxToDoc(docxWithTaskTable(), work));
        assertEquals(SourceFormat.DOC, text.format());
        assertTrue(text.extractor().endsWith("(HWPF)"), text.extractor());
        List<String> lines = text.text().lines().toList();
        assertTrue(lines.contains("1" + TAB + "推进政务公开 加强解读回应" + TAB + "市政府办公室" + TAB + "市直各部门"), text.text());
        assertTrue(lines.contains("2" + TAB + "规范行政执法" + TAB + "市政府办公室" + TAB + "各县（市、区）政府"), text.text());
        assertTrue(lines.contains("以上任务按季度调度。"), text.text());
    }

    @Test
    void wordNumberingIsPrintedAsWordPrintsItIncludingLevelsThatNeverRestart() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "第%1章");
            level(abstractNum, 1, STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, "%2");
            // legal numbering prints the chapter's count as a decimal too; the level never restarts
            CTLvl sections = level(abstractNum, 2, STNumberFormat.DECIMAL, "%1.%3");
            sections.addNewLvlRestart().setVal(BigInteger.ZERO);
            sections.addNewIsLgl();
            var numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum)));
            int[] levels = {0, 1, 1, 2, 2, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            for (int level : levels) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(level));
                p.createRun().setText("正文");
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        List<String> lines = reader.read("chapters.docx", docx).text().lines().toList();
        assertEquals(List.of("第一章 正文", "①正文", "②正文", "1.1 正文", "1.2 正文", "第二章 正文", "2.3 正文", "①正文", "第三章 正文",
                "第四章 正文", "第五章 正文", "第六章 正文", "第七章 正文", "第八章 正文", "第九章 正文", "第十章 正文", "第十一章 正文",
                "第十二章 正文"), lines);
    }

    private static CTLvl level(CTAbstractNum abstractNum, int index, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(index));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        return lvl;
    }

    /** A task table: a header row, a cell of two paragraphs, a lead unit merged down two rows, a note spanning the row. */
    private static byte[] docxWithTaskTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("重点任务分工");
            XWPFTable table = doc.createTable(4, 4);
            String[][] cells = {
                {"序号", "任务", "牵头单位", "责任单位"},
                {"1", "推进政务公开", "市政府办公室", "市直各部门"},
                {"2", "规范行政执法", "", "各县（市、区）政府"},
            };
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            table.getRow(1).getCell(1).addParagraph().createRun().setText("加强解读回应");
            table.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            XWPFTableRow note = table.getRow(3);
            note.getCell(0).setText("备注：各单位12月底前报送。");
            note.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
            for (int c = 3; c >= 1; c--) {
                note.removeCell(c);
            }
            doc.createParagraph().createRun().setText("以上任务按季度调度。");
            doc.write(out);
            return out.toByteArray();
        }
    }
}
