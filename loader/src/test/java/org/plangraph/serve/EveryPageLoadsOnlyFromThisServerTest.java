package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline, every page must render: no page makes the browser load a script, style sheet, image,
 * frame or font from another host, and no style sheet or script of the project's own names one.
 * (Links a person may follow, such as an ontology's namespace, are not loads and are allowed; what
 * the bundled YASGUI and ECharts request is checked in a real browser by PagesWorkInARealBrowserTest.)
 */
class EveryPageLoadsOnlyFromThisServerTest {
    static ServerFixture fx;
    /** Attributes through which HTML makes the browser load something. */
    private static final Pattern LOADING = Pattern.compile(
            "<(script|link|img|iframe|source|audio|video|embed|object)\\b[^>]*?\\b(src|href|data)\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("(url\\(\\s*[\"']?|@import\\s+[\"'])(https?:)?//", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_URL = Pattern.compile("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    static List<String> pages() {
        return List.of("/", "/search?q=" + ServerFixture.enc("行政复议"), "/browse/documents", "/browse/documents?jurisdiction=" + ServerFixture.enc("赣州市"),
                "/browse/agencies", "/browse/outline", "/dashboard", "/query", "/plans/sparql",
                "/plans/sparql?query=" + ServerFixture.enc("SELECT * WHERE { ?s ?p ?o } LIMIT 5"),
                "/id/doc/notice-plan-ganzhou/2", "/id/doc/webpage-quanzhou/1/p/3.1", "/id/doc/webpage-quanzhou/1/p/2.1/task/1",
                "/ref/outline/fzzf-2021-2025/item/p2-i6", "/def", "/def/kind");
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws Exception {
        List<String> external = new ArrayList<>();
        for (String page : pages()) {
            HttpResponse<String> r = fx.get(page, "text/html");
            assertEquals(200, r.statusCode(), page);
            Matcher m = LOADING.matcher(r.body());
            int loads = 0;
            while (m.find()) {
                loads++;
                String target = m.group(3);
                if (target.startsWith("//") || target.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !target.startsWith("data:")) {
                    external.add(page + " → " + target);
                }
            }
            assertTrue(loads > 0, page + " loads its style sheet");
            assertTrue(!CSS_URL.matcher(r.body()).find(), page + " has an inline style that loads from another host");
        }
        assertEquals(List.of(), external);
    }

    @Test
    void theProjectsOwnStyleSheetsAndScriptsNameNoOtherHost() throws Exception {
        for (String asset : List.of("site.css", "dashboard.js")) {
            HttpResponse<String> r = fx.get("/assets/" + asset, null);
            assertEquals(200, r.statusCode(), asset);
            Matcher m = ANY_URL.matcher(r.body());
            assertTrue(!m.find(), asset + " names another host: " + (m.hitEnd() ? "" : m.group()));
        }
        HttpResponse<String> css = fx.get("/assets/yasgui.min.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(!CSS_URL.matcher(css.body()).find(), "YASGUI's style sheet loads nothing from elsewhere");
    }

    @Test
    void theBundledLibrariesAreServedHereAndNothingElseUnderAssets() throws Exception {
        for (String asset : List.of("yasgui.min.js", "echarts.min.js")) {
            HttpResponse<String> r = fx.get("/assets/" + asset, null);
            assertEquals(200, r.statusCode(), asset);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), asset);
            assertTrue(r.body().length() > 100_000, asset + " is the bundle itself");
        }
        int outside = fx.get("/assets/../../pom.xml", null).statusCode();
        assertTrue(outside == 400 || outside == 404, "no way out of the asset list: " + outside);
        assertEquals(404, fx.get("/assets/yasgui.html", null).statusCode(), "only the listed files, not the WebJar's demo page (it loads a web font)");
    }
}
