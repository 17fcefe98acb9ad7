package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/queries and /api/queries/NAME: listing, JSON and CSV answers, errors, and injection as plain data. */
class NamedQueryApiBindsParametersAsDataTest {
    static ServerFixture fx;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String INJECTION = "\"} ; DROP ALL #";

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static int rows(String path) throws Exception {
        HttpResponse<String> r = fx.get(path, null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings").size();
    }

    @Test
    void listsEveryQueryWithItsHeader() throws Exception {
        HttpResponse<String> r = fx.get("/api/queries", null);
        assertEquals(200, r.statusCode());
        JsonNode list = JSON.readTree(r.body());
        JsonNode measures = null;
        for (JsonNode q : list) {
            if (q.path("name").asText().equals("measures")) {
                measures = q;
            }
        }
        assertTrue(measures != null, r.body());
        assertEquals("Measures", measures.path("title").asText());
        assertEquals("doc", measures.path("parameters").get(0).path("name").asText());
        assertEquals("iri", measures.path("parameters").get(0).path("kind").asText());
        assertTrue(measures.path("columns").toString().contains("heading"));
        assertTrue(!measures.path("description").asText().isEmpty());
    }

    @Test
    void runsAQueryAsJsonByDefault() throws Exception {
        HttpResponse<String> r = fx.get("/api/queries/measures", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json"));
        assertTrue(JSON.readTree(r.body()).path("results").path("bindings").size() >= 20);
    }

    @Test
    void answersCsvByAcceptOrFormat() throws Exception {
        HttpResponse<String> byAccept = fx.get("/api/queries/measures", "text/csv");
        assertTrue(byAccept.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(byAccept.body().startsWith("doc,measure,path,heading"), byAccept.body());
        HttpResponse<String> byParam = fx.get("/api/queries/measures?format=csv", null);
        assertEquals(byAccept.body(), byParam.body());
    }

    @Test
    void aParameterNarrowsTheAnswer() throws Exception {
        int all = rows("/api/queries/measures");
        int one = rows("/api/queries/measures?doc=" + ServerFixture.enc(ServerFixture.BASE + "doc/webpage-quanzhou/1"));
        assertTrue(one > 0 && one < all, one + " of " + all);
    }

    @Test
    void unknownQueryIs404AndUnknownParameterIs400WithJsonErrors() throws Exception {
        HttpResponse<String> missing = fx.get("/api/queries/no-such-query", null);
        assertEquals(404, missing.statusCode());
        assertTrue(JSON.readTree(missing.body()).has("error"));
        HttpResponse<String> badParam = fx.get("/api/queries/measures?colour=red", null);
        assertEquals(400, badParam.statusCode());
        assertTrue(JSON.readTree(badParam.body()).path("error").asText().contains("colour"));
    }

    @Test
    void injectedSparqlIsPlainData() throws Exception {
        int before = rows("/api/queries/measures");
        HttpResponse<String> asIri = fx.get("/api/queries/measures?doc=" + ServerFixture.enc(INJECTION), null);
        assertEquals(400, asIri.statusCode(), "an IRI parameter refuses it");
        assertEquals(0, rows("/api/queries/documents?jurisdiction=" + ServerFixture.enc(INJECTION)), "a string parameter matches nothing");
        assertEquals(0, rows("/api/queries/documents?kind=" + ServerFixture.enc("x\") || true || STR(\"")), "no way out of the literal");
        assertEquals(before, rows("/api/queries/measures"), "nothing was dropped");
    }
}
