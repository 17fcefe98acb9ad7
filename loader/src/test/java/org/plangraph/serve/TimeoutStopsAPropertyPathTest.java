package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryRunner;
import org.plangraph.store.PlanStore;

/**
 * A property path is evaluated whole from each start node, between two checks of ARQ's cancel signal:
 * without {@link CancellablePaths} this one, nested stars over a chain of a few hundred nodes (cubic),
 * runs for minutes whatever the timeout. With it, the SPARQL endpoint answers 503 and a named query
 * stops with its timeout, both soon after the timeout.
 */
class TimeoutStopsAPropertyPathTest {
    static final String P = "http://example.org/p";
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/n0> (<" + P + ">*/<" + P + ">*)* ?x }";
    static final long TIMEOUT = 300;
    /** Generous for a loaded machine, and far below what the query takes when nothing stops it. */
    static final long BOUND = 8_000;

    @TempDir
    static Path store;

    @BeforeAll
    static void chain() {
        try (PlanStore s = PlanStore.open(store)) {
            Node g = NodeFactory.createURI("http://example.org/graph");
            s.replaceGraph(g, sink -> {
                for (int i = 0; i < 600; i++) {
                    sink.quad(Quad.create(g, NodeFactory.createURI("http://example.org/n" + i), NodeFactory.createURI(P),
                            NodeFactory.createURI("http://example.org/n" + (i + 1))));
                }
            });
        }
    }

    @Test
    void theSparqlEndpointAnswers503SoonAfterTheTimeout() throws Exception {
        PlangraphServer server = PlangraphServer.builder().store(store).port(0).timeoutMillis(TIMEOUT).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "plans/sparql?query="
                    + URLEncoder.encode(SLOW, StandardCharsets.UTF_8))).timeout(Duration.ofMillis(BOUND * 4)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < BOUND, "stopped after " + ms + " ms");
            // the deadline was that query's: a later path query, well after it, answers
            Thread.sleep(TIMEOUT * 2);
            String quick = "SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/n0> <" + P + ">* ?x }";
            HttpResponse<String> later = http.send(HttpRequest.newBuilder(URI.create(server.url() + "plans/sparql?query="
                    + URLEncoder.encode(quick, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, later.statusCode(), later.body());
            assertTrue(later.body().contains("601"), later.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void aNamedQueryStopsSoonAfterTheTimeout() {
        try (PlanStore s = PlanStore.open(store)) {
            CancellablePaths.install(s.dataset().getContext());
            NamedQuery slow = NamedQuery.parse("slow", "# title: Slow\n" + SLOW);
            QueryRunner runner = new QueryRunner(s.dataset(), TIMEOUT);
            long t0 = System.nanoTime();
            assertThrows(QueryCancelledException.class, () -> runner.run(slow, Map.of(), QueryRunner.Format.CSV, java.io.OutputStream.nullOutputStream()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < BOUND, "stopped after " + ms + " ms");
        }
    }
}
