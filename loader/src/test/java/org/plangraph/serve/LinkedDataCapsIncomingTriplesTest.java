package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server whose linked-data descriptions list at most 3 triples pointing at a resource: a document
 * its measures point at gets 3 of them and a pointer to SPARQL; a resource pointed at once is whole.
 */
class LinkedDataCapsIncomingTriplesTest {
    static ServerFixture fx;
    static final String DOC_PATH = "/id/doc/webpage-quanzhou/1";
    static final Node DOC = NodeFactory.createURI(ServerFixture.BASE + "doc/webpage-quanzhou/1");
    static final String MEASURE_PATH = "/id/doc/webpage-quanzhou/1/p/3.1";
    static final Node MEASURE = NodeFactory.createURI(ServerFixture.BASE + "doc/webpage-quanzhou/1/p/3.1");

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b.maxIncoming(3));
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static int incomingInStore(Node o) throws Exception {
        HttpResponse<String> r = fx.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p <" + o.getURI() + "> } } }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Integer.parseInt(r.body().strip().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void rdfAnswerHoldsOnlyTheCappedSet() throws Exception {
        assertTrue(incomingInStore(DOC) > 3, "the sample document is pointed at more than 3 times");
        HttpResponse<String> r = fx.get(DOC_PATH, "application/n-triples");
        assertEquals(200, r.statusCode());
        Graph g = ServerFixture.parse(r.body(), Lang.NTRIPLES);
        assertEquals(3, g.find(Node.ANY, Node.ANY, DOC).toList().size(), r.body());
        assertTrue(g.contains(DOC, Node.ANY, Node.ANY), "its own triples are all there");
        assertEquals("3", r.headers().firstValue(LinkedDataServlet.INCOMING_LIMIT_HEADER).orElse(""));
    }

    @Test
    void htmlPageSaysThereIsMoreAndWhereToFindIt() throws Exception {
        HttpResponse<String> r = fx.get(DOC_PATH, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("…and more: see <a href=\"/plans/sparql?query="), r.body());
        assertTrue(r.body().contains("only the first 3 are listed"));
    }

    @Test
    void aResourceUnderTheCapIsDescribedWhole() throws Exception {
        int incoming = incomingInStore(MEASURE);
        assertTrue(incoming > 0 && incoming <= 3, "pointed at " + incoming + " times");
        HttpResponse<String> r = fx.get(MEASURE_PATH, "application/n-triples");
        Graph g = ServerFixture.parse(r.body(), Lang.NTRIPLES);
        assertEquals(incoming, g.find(Node.ANY, Node.ANY, MEASURE).toList().size());
        assertTrue(r.headers().firstValue(LinkedDataServlet.INCOMING_LIMIT_HEADER).isEmpty());
        HttpResponse<String> page = fx.get(MEASURE_PATH, "text/html");
        assertFalse(page.body().contains("…and more"));
    }
}
