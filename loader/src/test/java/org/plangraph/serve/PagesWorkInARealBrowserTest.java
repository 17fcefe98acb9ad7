package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages for people, opened in headless Chromium with no network, over the samples: what a person
 * sees is there, charts are drawn, nothing is asked of another host and the console has no errors.
 * Screenshots go to target/screenshots/.
 */
class PagesWorkInARealBrowserTest {
    static ServerFixture fx;
    static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start();
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private static String open(String path) {
        chromium.driver.get(fx.url(path));
        return chromium.driver.findElement(By.tagName("body")).getText();
    }

    /** How many pixels of the first canvas inside ELEMENTID are not transparent. */
    private static long paintedPixels(String elementId) {
        Object n = chromium.driver.executeScript("""
                const c = document.querySelector('#' + arguments[0] + ' canvas');
                if (!c) return 0;
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let painted = 0;
                for (let i = 3; i < d.length; i += 4) if (d[i] > 0) painted++;
                return painted;
                """, elementId);
        return ((Number) n).longValue();
    }

    private static void waitFor(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(chromium.driver, Duration.ofSeconds(30)).until(d -> condition.get());
    }

    @Test
    void homePageSaysWhatIsLoadedAndSearches() throws Exception {
        String text = open("/");
        assertTrue(text.contains("7 documents"), text);
        assertTrue(text.contains("赣州市") && text.contains("工作要点") && text.contains("2024"), "by jurisdiction, kind and year: " + text);
        assertTrue(text.contains("法治政府建设实施纲要(2021—2025年)") && text.contains("items carried out"), "outline coverage: " + text);
        chromium.assertCleanAndSave("home");
        WebElement box = chromium.driver.findElement(By.cssSelector("form.bigsearch input[name=q]"));
        box.sendKeys("行政复议", Keys.ENTER);
        waitFor(() -> chromium.driver.getCurrentUrl().contains("/search"));
        assertTrue(chromium.driver.findElements(By.cssSelector(".hits li")).size() > 0, "the search box leads to results");
    }

    @Test
    void searchInSimplifiedScriptHighlightsTheMatchWithItsDocumentAndPath() throws Exception {
        open("/search?q=" + ServerFixture.enc("行政复议"));
        List<WebElement> hits = chromium.driver.findElements(By.cssSelector(".hits li"));
        assertTrue(hits.size() >= 2, "hits: " + hits.size());
        String all = chromium.driver.findElement(By.cssSelector(".hits")).getText();
        assertTrue(all.contains("泉州市2023年依法行政工作安排"), "the document a hit belongs to: " + all);
        assertTrue(all.contains("三/(一)"), "the path of the measure: " + all);
        List<String> marked = chromium.driver.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("行政复议"), "the match is highlighted: " + marked);
        chromium.assertCleanAndSave("search-simplified");
    }

    @Test
    void searchInTraditionalScriptFindsSimplifiedText() throws Exception {
        open("/search?q=" + ServerFixture.enc("行政復議"));
        String all = chromium.driver.findElement(By.cssSelector(".hits")).getText();
        assertTrue(all.contains("泉州市2023年依法行政工作安排"), "a simplified-script plan found by traditional input: " + all);
        assertTrue(all.contains("宜春市法治政府建设示范创建实施方案"), "and the traditional-script one: " + all);
        List<String> marked = chromium.driver.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("行政复议") && marked.contains("行政復議"), "matches marked in both scripts: " + marked);
        chromium.assertCleanAndSave("search-traditional");
    }

    @Test
    void documentPageShowsContentsInNumberingOrderWhoDoesWhatAndTheSourceOnceCollapsed() throws Exception {
        String text = open("/id/doc/notice-plan-ganzhou/2");
        assertTrue(text.contains("赣州市法治政府建设工作要点(2024年)"));
        assertTrue(text.contains("中共赣州市委办公室") && text.contains("2024-03-08"), "issuers and date: " + text);
        assertTrue(text.contains("Came with the notice"), "the notice it came with");
        assertTrue(text.contains("法治政府建设实施纲要(2021—2025年)") && text.contains("中发〔2021〕33号"), "the national outline it implements");
        String toc = chromium.driver.findElement(By.cssSelector("ul.toc")).getText();
        assertTrue(toc.indexOf("一/(一)/1") < toc.indexOf("二 ") && toc.indexOf("二 ") < toc.indexOf("三 "), "parts in numbering order: " + toc);
        assertTrue(toc.indexOf("二/(二)/9") < toc.indexOf("二/(二)/10"), "9 before 10: " + toc);
        WebElement measure = chromium.driver.findElement(By.id("p-二-二-10"));
        assertTrue(measure.getText().contains("lead 牵头") && measure.getText().contains("赣州市司法局"), measure.getText());
        assertTrue(measure.getText().contains("落实率达到100%"), "its target: " + measure.getText());
        WebElement source = chromium.driver.findElement(By.cssSelector("details.source"));
        assertEquals(null, source.getAttribute("open"), "the source text is collapsed");
        assertEquals(1, chromium.driver.findElements(By.cssSelector("details.source")).size(), "the source text once");
        chromium.assertCleanAndSave("document");
    }

    @Test
    void agencyPageListsItsTasksWithTextRoleDocumentAndCounts() throws Exception {
        open("/browse/agencies?jurisdiction=" + ServerFixture.enc("赣州市"));
        chromium.driver.findElement(By.linkText("赣州市司法局")).click();
        waitFor(() -> chromium.driver.getCurrentUrl().contains("/id/agency/"));
        String text = chromium.driver.findElement(By.tagName("body")).getText();
        assertTrue(text.contains("合法性审查率达到100%"), "a task's text: " + text);
        assertTrue(text.contains("lead 牵头") && text.contains("shares 责任"), "roles: " + text);
        assertTrue(text.contains("赣州市法治政府建设工作要点(2024年)"), "the document");
        assertTrue(text.contains("Tasks by role") && text.contains("Tasks by year"), "counts");
        assertTrue(!text.contains("(no label)") && !text.contains("prov:agent"), "words, not bare IRIs: " + text);
        chromium.assertCleanAndSave("agency");
    }

    @Test
    void dashboardDrawsEveryChartFromTheNamedQueries() throws Exception {
        open("/dashboard");
        for (String chart : List.of("obligations", "deadlines", "figures", "coverage")) {
            waitFor(() -> paintedPixels(chart) > 1000);
        }
        Select jurisdiction = new Select(chromium.driver.findElement(By.id("jurisdiction")));
        assertTrue(jurisdiction.getOptions().stream().anyMatch(o -> o.getText().equals("赣州市")), "jurisdictions to filter by");
        chromium.assertCleanAndSaveWholePage("dashboard");
        jurisdiction.selectByVisibleText("泉州市");
        waitFor(() -> chromium.driver.findElement(By.cssSelector("#obligations-panel a.csv")).getAttribute("href").contains("jurisdiction="));
        waitFor(() -> paintedPixels("obligations") > 1000);
        assertTrue(chromium.driver.findElement(By.cssSelector("#obligations-panel a.csv")).getAttribute("href").contains("/api/queries/agency-workload"),
                "the chart links to its rows");
        chromium.assertCleanAndSave("dashboard-quanzhou");
    }

    @Test
    void sparqlEndpointOpenedInABrowserShowsTheQueryPageAndResultTables() throws Exception {
        open("/plans/sparql");
        waitFor(() -> !chromium.driver.findElements(By.cssSelector(".yasqe")).isEmpty());
        waitFor(() -> !chromium.driver.findElements(By.cssSelector("#examples button")).isEmpty());
        chromium.driver.findElements(By.cssSelector("#examples button")).stream().filter(b -> b.getText().equals("Measures")).findFirst()
                .orElseThrow().click();
        chromium.driver.findElements(By.cssSelector(".yasqe_queryButton")).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        waitFor(() -> chromium.driver.findElements(By.cssSelector(".yasr table tbody tr")).size() > 5);
        String answer = chromium.driver.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(answer.contains("heading") && answer.contains("持续深化“放管服”改革"), "YASGUI ran the Measures query here: " + answer);
        chromium.assertCleanAndSave("query-page");
        String text = open("/plans/sparql?query=" + ServerFixture.enc("""
                PREFIX pg: <https://w3id.org/plangraph/def#>
                SELECT ?path ?heading WHERE { ?m a pg:Measure ; pg:path ?path ; pg:sortKey ?key ; pg:heading ?heading } ORDER BY ?key"""));
        assertTrue(text.contains("rows") && text.contains("做好行政复议应诉工作"), text);
        assertTrue(chromium.driver.findElements(By.cssSelector("table.results tbody tr")).size() > 10);
        chromium.assertCleanAndSave("sparql-results");
    }
}
