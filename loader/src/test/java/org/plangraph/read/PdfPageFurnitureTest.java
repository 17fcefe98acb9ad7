package org.plangraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfPageFurnitureTest {
    @Test
    void pageNumbersInTheFormsGovernmentPdfsPrintThem() {
        for (String n : List.of("— 3 —", "- 3 -", "-3-", "－3－", "3", "第3页", "第 3 页 共 12 页", "共12页 第3页", "3/12", "3 / 12", "Page 3 of 12", "— ３ —")) {
            assertTrue(PdfPageFurniture.isPageNumber(n), n);
        }
        for (String text : List.of("2024年", "一、总体要求", "3.加强培训", "（三）注重宣传引导", "第三章 总则")) {
            assertFalse(PdfPageFurniture.isPageNumber(text), text);
        }
    }

    @Test
    void aLineAtTheTopOfMostPagesIsARunningHeaderButABodyLineThatRepeatsInsideAPageStays() {
        String[] subjects = {"行政执法", "政务服务", "决策程序", "规范性文件"};
        List<List<PdfLine>> pages = new ArrayList<>();
        List<List<String>> body = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            String subject = subjects[p - 1];
            List<String> text = List.of("推进" + subject + "改革。", "（责任单位：市司法局）", "完善" + subject + "制度。", "加强" + subject + "监督。");
            body.add(text);
            List<PdfLine> page = new ArrayList<>();
            page.add(line("赣州市人民政府公报 2024年第" + p + "期", 40));
            for (int i = 0; i < text.size(); i++) {
                page.add(line(text.get(i), 100 + 30 * i));
            }
            page.add(line("— " + p + " —", 800));
            pages.add(page);
        }
        List<List<PdfLine>> kept = PdfPageFurniture.remove(pages);
        for (int p = 0; p < 4; p++) {
            assertEquals(body.get(p), kept.get(p).stream().map(PdfLine::text).toList());
        }
    }

    private static PdfLine line(String text, float baseline) {
        return new PdfLine(text, 79, 79 + 16 * text.length(), baseline, 16);
    }
}
