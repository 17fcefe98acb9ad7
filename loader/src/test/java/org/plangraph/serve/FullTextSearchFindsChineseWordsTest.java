package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** jena-text with the Chinese analyzer: words inside longer text, across traditional and simplified script. */
class FullTextSearchFindsChineseWordsTest {
    static ServerFixture fx;
    /** A measure of samples/webpage-quanzhou.txt, written in simplified script. */
    static final String QUANZHOU_MEASURE = ServerFixture.BASE + "doc/webpage-quanzhou/1/p/3.1";
    /** A measure of samples/plan-traditional-big5.txt, written in traditional script. */
    static final String YICHUN_MEASURE = ServerFixture.BASE + "doc/plan-traditional-big5/2/p/2.3.5";

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static String measuresMatching(String phrase) throws Exception {
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX pg:   <https://w3id.org/plangraph/def#>
                SELECT ?m WHERE { (?m ?score) text:query (pg:textAsRead '"%s"' 1000) . ?m a pg:Measure }
                """.formatted(phrase);
        HttpResponse<String> r = fx.query(q, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void aTwoCharacterWordFindsTheMeasuresContainingIt() throws Exception {
        String hits = measuresMatching("复议");
        assertTrue(hits.contains(QUANZHOU_MEASURE), hits);
        assertTrue(hits.contains(YICHUN_MEASURE), "traditional 復議 is indexed as 复议: " + hits);
    }

    @Test
    void aLongerTermIsFoundInsideLongerText() throws Exception {
        String hits = measuresMatching("行政复议");
        assertTrue(hits.contains(QUANZHOU_MEASURE), hits);
        assertTrue(!measuresMatching("营商环境").contains(QUANZHOU_MEASURE), "a phrase query is not an OR of its words");
    }

    @Test
    void aTraditionalScriptQueryFindsSimplifiedText() throws Exception {
        String hits = measuresMatching("應訴");
        assertTrue(hits.contains(QUANZHOU_MEASURE), hits);
        assertTrue(measuresMatching("行政復議").contains(QUANZHOU_MEASURE));
    }

    @Test
    void titlesAndAgencyNamesAreSearchableToo() throws Exception {
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dct:  <http://purl.org/dc/terms/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s WHERE { { (?s ?sc) text:query (dct:title '"法治政府"' 100) } UNION { (?s ?sc) text:query (skos:prefLabel '"司法局"' 100) } }
                """;
        HttpResponse<String> r = fx.query(q, "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/policy/") || r.body().contains("/doc/") || r.body().contains("/ref/"), r.body());
        assertTrue(r.body().contains("/agency/"), r.body());
    }
}
