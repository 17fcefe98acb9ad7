package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server-rendered pages over the samples, read as HTML: what they say needs no script. */
class PagesForPeopleWorkWithoutJavaScriptTest {
    static ServerFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = fx.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void browsingDocumentsFiltersByJurisdictionKindAndYear() throws Exception {
        String ganzhou = page("/browse/documents?jurisdiction=" + ServerFixture.enc("赣州市"));
        assertTrue(ganzhou.contains("赣州市法治政府建设工作要点(2024年)"));
        assertTrue(!ganzhou.contains("泉州市2023年依法行政工作安排"), "only 赣州市's documents");
        String reports = page("/browse/documents?kind=annual-report&year=2024");
        assertTrue(reports.contains("2 documents") == false && reports.contains("1 documents"), "one annual report dated 2024");
        assertTrue(reports.contains("/api/queries/documents?kind=annual-report&amp;format=csv"), "the rows as CSV");
    }

    @Test
    void aMeasurePageNamesItsResponsibleUnitsAndNoPageSaysNoLabel() throws Exception {
        String measure = page("/id/doc/webpage-quanzhou/1/p/2.1");
        assertTrue(measure.contains("Responsible units · 责任单位") && measure.contains("泉州市生态环境局"), measure);
        String task = page("/id/doc/webpage-quanzhou/1/p/2.1/task/1");
        assertTrue(task.contains("<h1>一是动态调整市场主体轻微违法行为不予处罚清单"), "a task's label is its text");
        String responsibility = page("/id/doc/webpage-quanzhou/1/p/2.1/task/1/r/3");
        assertTrue(responsibility.contains("<h1>泉州市生态环境局 · shares 责任</h1>"), "unit and role");
        for (String p : EveryPageLoadsOnlyFromThisServerTest.pages()) {
            assertTrue(!page(p).contains("(no label)"), p);
        }
    }

    @Test
    void aDocumentPageListsItsPartsInNumberingOrderAndItsTextOnce() throws Exception {
        String doc = page("/id/doc/notice-plan-ganzhou/2");
        int one = doc.indexOf("id=\"p-一\""), two = doc.indexOf("id=\"p-二\""), three = doc.indexOf("id=\"p-三\"");
        assertTrue(one > 0 && one < two && two < three, "一, 二, 三 in that order");
        assertTrue(doc.indexOf("id=\"p-二-二-9\"") < doc.indexOf("id=\"p-二-二-10\""), "9 before 10");
        assertEquals(1, doc.split("经市委、市政府同意|为深入贯彻落实", -1).length - 1, "the source text once");
        assertTrue(doc.contains("<details class=\"source\">"), "collapsed");
    }

    @Test
    void anOutlineItemPageListsTheMeasuresThatCarryItOutByJurisdiction() throws Exception {
        String item = page("/ref/outline/fzzf-2021-2025/item/p2-i6");
        assertTrue(item.contains("持续优化法治化营商环境"));
        assertTrue(item.contains("<h2>赣州市"), "grouped by jurisdiction: " + item);
        assertTrue(item.contains("优化法治化营商环境") && item.contains("high"), "the measure with its confidence");
    }

    @Test
    void searchIsAPlainFormAndEscapesWhatItIsGiven() throws Exception {
        String hits = page("/search?q=" + ServerFixture.enc("應訴"));
        assertTrue(hits.contains("<mark>应诉</mark>"), "traditional input finds and marks simplified text");
        String hostile = page("/search?q=" + ServerFixture.enc("\"<script>x</script>\\"));
        assertTrue(!hostile.contains("<script>x"), "escaped");
    }
}
