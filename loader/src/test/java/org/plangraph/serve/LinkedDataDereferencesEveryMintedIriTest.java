package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /id/…, /def… and /ref/… answer with the resource's description in each format, or 404. */
class LinkedDataDereferencesEveryMintedIriTest {
    static ServerFixture fx;
    static final String MEASURE_PATH = "/id/doc/webpage-quanzhou/1/p/3.1";
    static final String MEASURE = ServerFixture.BASE + "doc/webpage-quanzhou/1/p/3.1";
    static final String PARENT = ServerFixture.BASE + "doc/webpage-quanzhou/1/p/3";

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void htmlPageShowsLabelsSourceTextAndLinks() throws Exception {
        HttpResponse<String> r = fx.get(MEASURE_PATH, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        String html = r.body();
        assertTrue(html.contains("<h1>做好行政复议应诉工作</h1>"), "heading as the title");
        assertTrue(html.contains("行政复议案件在法定期限内审结率达到100%"), "source text span");
        assertTrue(html.contains("href=\"/id/doc/webpage-quanzhou/1/p/3\""), "links to the resources it names, on this server");
        assertTrue(html.contains("href=\"/def#Measure\""), "links into the ontology");
        assertTrue(html.contains("Measure") || html.contains("措施"));
    }

    @Test
    void turtleGivesTriplesBothWays() throws Exception {
        HttpResponse<String> r = fx.get(MEASURE_PATH, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = Rio.parse(new StringReader(r.body()), "", RDFFormat.TURTLE);
        assertTrue(m.contains(Values.iri(MEASURE), null, null), "outgoing");
        assertTrue(m.contains(Values.iri(PARENT), null, Values.iri(MEASURE)), "incoming");
    }

    @Test
    void jsonLdAndNTriplesGiveTheSameDescription() throws Exception {
        Graph ttl = ServerFixture.parse(fx.get(MEASURE_PATH, "text/turtle").body(), Lang.TURTLE);
        for (var e : List.of(new Object[]{"application/ld+json", Lang.JSONLD}, new Object[]{"application/n-triples", Lang.NTRIPLES})) {
            HttpResponse<String> r = fx.get(MEASURE_PATH, (String) e[0]);
            assertEquals(200, r.statusCode(), (String) e[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith((String) e[0]));
            Graph g = ServerFixture.parse(r.body(), (Lang) e[1]);
            assertTrue(g.isIsomorphicWith(ttl), e[0] + " differs from Turtle");
        }
        Model nt = Rio.parse(new StringReader(fx.get(MEASURE_PATH, "application/n-triples").body()), "", RDFFormat.NTRIPLES);
        assertTrue(nt.size() > 5);
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<String> r = fx.get(MEASURE_PATH + "?format=nt", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void unknownIrisAnswer404() throws Exception {
        assertEquals(404, fx.get("/id/doc/no-such-file/1", "text/turtle").statusCode());
        assertEquals(404, fx.get("/id/doc/no-such-file/1", "text/html").statusCode());
        assertEquals(404, fx.get("/def/kind/no-such-kind", "text/turtle").statusCode());
    }

    @Test
    void theOntologyAndItsConceptsAreServedAtTheirNamespace() throws Exception {
        HttpResponse<String> onto = fx.get("/def", "text/turtle");
        assertEquals(200, onto.statusCode());
        Graph g = ServerFixture.parse(onto.body(), Lang.TURTLE);
        Node measure = NodeFactory.createURI("https://w3id.org/plangraph/def#Measure");
        assertTrue(g.contains(measure, Node.ANY, Node.ANY), "the hash terms are in the ontology document");
        HttpResponse<String> concept = fx.get("/def/kind/notice", "text/turtle");
        assertEquals(200, concept.statusCode());
        assertTrue(concept.body().contains("skos:Concept") || concept.body().contains("Concept"));
        assertEquals(200, fx.get("/def/kind", "text/html").statusCode());
        assertEquals(200, fx.get("/ref/outline/fzzf-2021-2025", "text/html").statusCode());
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<String> r = fx.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = ServerFixture.parse(r.body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(fx.url("/.well-known/void#plangraph"));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"), NodeFactory.createURI(fx.url("/plans/sparql"))));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://rdfs.org/ns/void#uriSpace"), NodeFactory.createLiteralString(ServerFixture.BASE)));
    }
}
