package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server with a 1 s timeout, a 5-row cap and update allowed for one user: what it refuses. */
class ProtectedEndpointRefusesAbuseTest {
    /**
     * For the requests the server refuses by closing their connection (too large a body, URI or header
     * block): on the fixture's shared client the closed connection could be handed to the next test's
     * request, which then fails with no answer at all.
     */
    private static final HttpClient REFUSED = HttpClient.newHttpClient();

    static ServerFixture fx;
    static final String USER = "editor";
    static final String PASSWORD = "s3cret-for-tests";

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b.timeoutMillis(1000).maxRows(5).allowUpdate(new UpdateCredentials(USER, PASSWORD)));
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anExpensiveQueryStopsWithAnErrorNotAnEmptyResult() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = fx.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out") || r.body().toLowerCase().contains("timeout"), r.body());
        assertTrue(ms < 10_000, "stopped after " + ms + " ms");
    }

    @Test
    void federatedServiceIsRefused() throws Exception {
        HttpResponse<String> r = fx.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void anonymousQueriesAreCappedAtMaxRows() throws Exception {
        HttpResponse<String> r = fx.query("SELECT ?s WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(1 + 5, r.body().strip().lines().count(), "header and 5 rows");
        assertEquals("5", r.headers().firstValue(QueryGuard.ROW_LIMIT_HEADER).orElse(""));
    }

    @Test
    void updateWithoutCredentialsIsRefused() throws Exception {
        String insert = "update=" + ServerFixture.enc("INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"anonymous\" } }");
        assertEquals(401, fx.postForm("/plans/update", insert, null).statusCode());
        assertEquals(401, fx.postForm("/plans/update", insert, basic(USER, "wrong")).statusCode());
        assertTrue(!fx.query("ASK { <urn:test:s> ?p \"anonymous\" }", "text/csv").body().contains("true"));
    }

    @Test
    void updateWithCredentialsWorksButLoadAndServiceAreRefused() throws Exception {
        String insert = "update=" + ServerFixture.enc("INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"editor\" } }");
        int status = fx.postForm("/plans/update", insert, basic(USER, PASSWORD)).statusCode();
        assertTrue(status == 200 || status == 204, "insert: " + status);
        HttpResponse<String> load = fx.postForm("/plans/update", "update=" + ServerFixture.enc("LOAD <http://example.org/data.ttl>"), basic(USER, PASSWORD));
        assertEquals(400, load.statusCode(), load.body());
        assertTrue(load.body().contains("LOAD"));
        HttpResponse<String> service = fx.postForm("/plans/update", "update=" + ServerFixture.enc(
                "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"), basic(USER, PASSWORD));
        assertEquals(400, service.statusCode(), service.body());
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        String big = "query=" + ServerFixture.enc("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(300_000));
        HttpResponse<String> tooLarge = REFUSED.send(HttpRequest.newBuilder(URI.create(fx.url("/plans/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode());
        HttpResponse<String> longGet = REFUSED.send(HttpRequest.newBuilder(URI.create(
                fx.url("/plans/sparql?query=" + ServerFixture.enc("SELECT * { ?s ?p ?o } #" + "y".repeat(20_000))))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(longGet.statusCode() == 414 || longGet.statusCode() == 431, "long GET: " + longGet.statusCode());
    }

    @Test
    void aCatastrophicRegexStopsAtTheTimeout() throws Exception {
        // Constant: ARQ evaluates it while planning, before its timeout alarm is set.
        assertTimesOut("ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){12}$\")) }");
        // Per row, inside EXISTS, through REPLACE and through fn:matches.
        assertTimesOut("SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { FILTER(REGEX(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", STR(?p), \"!\"), \"(.*a){12}$\")) } } LIMIT 1");
        assertTimesOut("SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){12}$\", \"x\") AS ?r) WHERE { ?s ?p ?o } LIMIT 1");
        assertTimesOut("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { ?s ?p ?o FILTER(fn:matches(CONCAT(STR(?p), \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"), \"(.*a){12}$\")) }");
    }

    @Test
    void regexAndReplaceStillAnswerAsBefore() throws Exception {
        HttpResponse<String> r = fx.query("SELECT (REPLACE(\"行政复议 Law\"@zh, \"l(a)w\", \"R$1\", \"i\") AS ?r) "
                + "(REGEX(\"ABC\", \"^a.c$\", \"i\") AS ?m) (REGEX(\"ABC\", \"^a\") AS ?n) WHERE {}", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("r,m,n\r\n行政复议 Ra,true,false", r.body().strip());
    }

    private static void assertTimesOut(String sparql) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = fx.query(sparql, "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), sparql + "\n" + r.body());
        assertTrue(ms < 5_000, "stopped after " + ms + " ms (timeout 1000 ms): " + sparql);
    }

    @Test
    void serviceInsideExistsIsRefusedBeforeItRuns() throws Exception {
        for (String q : new String[] {
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "SELECT (EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } AS ?x) WHERE { ?s ?p ?o }"}) {
            HttpResponse<String> r = fx.query(q, "application/sparql-results+json");
            assertEquals(400, r.statusCode(), q + "\n" + r.body());
            assertTrue(r.body().contains("SERVICE"), r.body());
        }
        HttpResponse<String> update = fx.postForm("/plans/update", "update=" + ServerFixture.enc(
                "INSERT { GRAPH <urn:test:g> { ?s <urn:test:p> \"via service\" } } WHERE { ?s ?p ?o "
                        + "FILTER NOT EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }"), basic(USER, PASSWORD));
        assertEquals(400, update.statusCode(), update.body());
        assertTrue(update.body().contains("SERVICE"), update.body());
        assertTrue(!fx.query("ASK { ?s <urn:test:p> \"via service\" }", "text/csv").body().contains("true"));
    }

    @Test
    void requestHeadersAreLimitedTo8KiB() throws Exception {
        String path = "/plans/sparql?query=" + ServerFixture.enc("ASK {}");
        HttpResponse<String> small = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(fx.url(path)))
                .header("X-Padding", "p".repeat(4 * 1024)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, small.statusCode());
        HttpResponse<String> large = REFUSED.send(HttpRequest.newBuilder(URI.create(fx.url(path)))
                .header("X-Padding", "p".repeat(16 * 1024)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(large.statusCode() == 431 || large.statusCode() == 400, "16 KiB of headers: " + large.statusCode());
    }
}
