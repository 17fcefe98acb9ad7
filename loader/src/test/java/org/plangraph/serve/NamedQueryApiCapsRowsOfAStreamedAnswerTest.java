package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server whose named queries answer at most 3 rows: JSON and CSV stop there and say so in X-Plangraph-Row-Limit. */
class NamedQueryApiCapsRowsOfAStreamedAnswerTest {
    static ServerFixture fx;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b.namedQueryMaxRows(3));
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void jsonAnswerStopsAtTheCapAndSaysSo() throws Exception {
        HttpResponse<String> r = fx.get("/api/queries/measures", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, JSON.readTree(r.body()).path("results").path("bindings").size(), r.body());
        assertEquals("3", r.headers().firstValue(QueryGuard.ROW_LIMIT_HEADER).orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
    }

    @Test
    void csvAnswerStopsAtTheCapAndSaysSo() throws Exception {
        HttpResponse<String> r = fx.get("/api/queries/measures?format=csv", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("doc,measure,path,heading"), r.body());
        assertEquals(1 + 3, r.body().strip().lines().count(), "header and 3 rows");
        assertEquals("3", r.headers().firstValue(QueryGuard.ROW_LIMIT_HEADER).orElse(""));
    }

    @Test
    void errorsBeforeTheAnswerAreStillJsonWithoutTheHeader() throws Exception {
        HttpResponse<String> r = fx.get("/api/queries/measures?colour=red", null);
        assertEquals(400, r.statusCode());
        assertTrue(JSON.readTree(r.body()).path("error").asText().contains("colour"));
        assertTrue(r.headers().firstValue(QueryGuard.ROW_LIMIT_HEADER).isEmpty());
    }
}
