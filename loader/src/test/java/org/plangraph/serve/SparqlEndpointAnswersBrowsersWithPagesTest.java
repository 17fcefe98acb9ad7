package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /plans/sparql as a browser opens it (Accept: text/html), and unchanged for every other client. */
class SparqlEndpointAnswersBrowsersWithPagesTest {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String MEASURES = """
            PREFIX pg: <https://w3id.org/plangraph/def#>
            SELECT ?path ?heading WHERE { ?m a pg:Measure ; pg:path ?path ; pg:sortKey ?key . OPTIONAL { ?m pg:heading ?heading } } ORDER BY ?key""";
    static ServerFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b.maxRows(5));
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void withoutAQueryABrowserGetsTheQueryPage() throws Exception {
        HttpResponse<String> r = fx.get("/plans/sparql", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("/assets/yasgui.min.js"), "the query page");
    }

    @Test
    void withAQueryABrowserGetsAnHtmlTableUnderTheEndpointsRowCap() throws Exception {
        HttpResponse<String> r = fx.query(MEASURES, BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<table class=\"list results\">") && r.body().contains("<th>path</th>"), r.body());
        assertEquals(5, r.body().split("<tr><td>", -1).length - 1, "the anonymous row cap still applies");
        assertTrue(r.body().contains("at most 5"), "and the page says so");
    }

    @Test
    void clientsStillGetJsonXmlAndCsv() throws Exception {
        HttpResponse<String> json = fx.query(MEASURES, "application/sparql-results+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(json.body().contains("\"bindings\""));
        HttpResponse<String> xml = fx.query(MEASURES, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql"));
        HttpResponse<String> csv = fx.get("/plans/sparql?format=csv&query=" + ServerFixture.enc(MEASURES), BROWSER);
        assertTrue(csv.body().startsWith("path,heading"), "a named format wins over the browser's Accept: " + csv.body());
        HttpResponse<String> any = fx.query(MEASURES, "*/*");
        assertTrue(!any.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "a client that accepts anything gets data");
    }

    @Test
    void aRefusedQueryIsExplainedOnAPage() throws Exception {
        HttpResponse<String> r = fx.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", BROWSER);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
        assertTrue(r.body().contains("<!doctype html>"));
    }

    @Test
    void theQueryTextIsEscapedOnThePage() throws Exception {
        HttpResponse<String> r = fx.query("SELECT (\"<script>alert(1)</script>\" AS ?x) WHERE {}", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(!r.body().contains("<script>alert"), "query and values are escaped");
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
