package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server with a 1 s timeout, a 5-row cap and update allowed for one user: what it refuses. */
class ProtectedEndpointRefusesAbuseTest {
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
        assertEquals(413, fx.postForm("/plans/sparql", big, null).statusCode());
        HttpResponse<String> longGet = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(
                fx.url("/plans/sparql?query=" + ServerFixture.enc("SELECT * { ?s ?p ?o } #" + "y".repeat(20_000))))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(longGet.statusCode() == 414 || longGet.statusCode() == 431, "long GET: " + longGet.statusCode());
    }
}
