package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SPARQL 1.1 query and read-only Graph Store Protocol at /plans, through RDF4J and plain HTTP. */
class SparqlEndpointServesStandardClientsTest {
    static ServerFixture fx;
    static final String MEASURES = "PREFIX pg: <https://w3id.org/plangraph/def#> SELECT ?m ?h WHERE { ?m a pg:Measure ; pg:heading ?h } ORDER BY ?m";
    static final String CONSTRUCT = "PREFIX pg: <https://w3id.org/plangraph/def#> CONSTRUCT { ?m pg:heading ?h } WHERE { ?m a pg:Measure ; pg:heading ?h }";

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void rdf4jSparqlRepositoryReadsMeasuresFromTheUnionOfDocumentGraphs() {
        SPARQLRepository repo = new SPARQLRepository(fx.url("/plans/sparql"));
        repo.init();
        try (RepositoryConnection c = repo.getConnection(); TupleQueryResult r = c.prepareTupleQuery(MEASURES).evaluate()) {
            List<String> headings = new ArrayList<>();
            for (BindingSet b : r) {
                headings.add(b.getValue("h").stringValue());
            }
            assertTrue(headings.size() >= 20, "measures of the five samples: " + headings.size());
            assertTrue(headings.contains("做好行政复议应诉工作"), headings.toString());
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void rdf4jEvaluatesConstructQueries() {
        SPARQLRepository repo = new SPARQLRepository(fx.url("/plans"));
        repo.init();
        try (RepositoryConnection c = repo.getConnection()) {
            long n = c.prepareGraphQuery(CONSTRUCT).evaluate().stream().count();
            assertTrue(n >= 20, "constructed " + n);
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void selectAnswersJsonXmlCsvAndTsv() throws Exception {
        for (String type : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values")) {
            HttpResponse<String> r = fx.query(MEASURES, type);
            assertEquals(200, r.statusCode(), type);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type + " got " + r.headers().firstValue("Content-Type"));
            assertTrue(r.body().contains("做好行政复议应诉工作"), type);
        }
    }

    @Test
    void postedQueriesAreAnsweredLikeGets() throws Exception {
        HttpResponse<String> form = fx.postForm("/plans/sparql", "query=" + ServerFixture.enc(MEASURES), null);
        assertEquals(200, form.statusCode());
        HttpResponse<String> direct = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(fx.url("/plans/query")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(MEASURES, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("做好行政复议应诉工作"));
    }

    @Test
    void constructAnswersTurtleNTriplesAndJsonLd() throws Exception {
        for (var e : List.of(new Object[]{"text/turtle", RDFFormat.TURTLE}, new Object[]{"application/n-triples", RDFFormat.NTRIPLES})) {
            HttpResponse<String> r = fx.query(CONSTRUCT, (String) e[0]);
            assertEquals(200, r.statusCode(), (String) e[0]);
            Model m = Rio.parse(new StringReader(r.body()), "", (RDFFormat) e[1]);
            assertTrue(m.size() >= 20, e[0] + ": " + m.size());
        }
        // RDF4J's JSON-LD parser is not on the test classpath; Jena's reads it.
        HttpResponse<String> jsonld = fx.query(CONSTRUCT, "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(ServerFixture.parse(jsonld.body(), org.apache.jena.riot.Lang.JSONLD).size() >= 20);
        HttpResponse<String> describe = fx.query("DESCRIBE <" + ServerFixture.BASE + "doc/webpage-quanzhou/1/p/3.1>", "text/turtle");
        assertEquals(200, describe.statusCode());
        assertTrue(describe.body().contains("做好行政复议应诉工作"));
    }

    @Test
    void graphStoreProtocolReadsOneDocumentGraph() throws Exception {
        HttpResponse<String> r = fx.get("/plans/get?graph=" + ServerFixture.enc(ServerFixture.BASE + "graph/webpage-quanzhou"), "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Rio.parse(new StringReader(r.body()), "", RDFFormat.TURTLE);
        assertFalse(m.isEmpty());
    }

    @Test
    void noUpdateOrWriteEndpointWithoutAllowUpdate() throws Exception {
        assertEquals(404, fx.postForm("/plans/update", "update=" + ServerFixture.enc("DROP ALL"), null).statusCode());
        int viaDataset = fx.postForm("/plans", "update=" + ServerFixture.enc("DROP ALL"), null).statusCode();
        assertTrue(viaDataset >= 400, "update via /plans: " + viaDataset);
        HttpResponse<String> put = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(fx.url("/plans/get?default")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "GSP PUT: " + put.statusCode());
        assertTrue(fx.query(MEASURES, "text/csv").body().contains("做好行政复议应诉工作"), "data still there");
    }

    @Test
    void healthAndCorsForBrowserDashboards() throws Exception {
        assertEquals(200, fx.get("/$/ping", null).statusCode());
        HttpResponse<String> r = ServerFixture.HTTP.send(HttpRequest.newBuilder(URI.create(fx.url("/plans/sparql?query=" + ServerFixture.enc(MEASURES))))
                .header("Origin", "https://dashboard.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").map(v -> v.equals("false")).orElse(true), "no credentials across origins");
        HttpResponse<String> page = fx.get("/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/api/queries"));
    }
}
