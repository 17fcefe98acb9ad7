package org.plangraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.plangraph.model.AlignedFile;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.testing.ProjectFiles;

class RdfEmitterTest {
    private static final String SAMPLE = "notice-plan-ganzhou.txt";

    private DatasetGraph emit(Pipeline pipeline) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        pipeline.load(ProjectFiles.sample(SAMPLE), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static Set<String> iris(DatasetGraph dsg) {
        Set<String> iris = new TreeSet<>();
        dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                }
            }
        });
        return iris;
    }

    @Test
    void theSameFileGivesTheSameIris() throws Exception {
        assertEquals(iris(emit(Pipeline.standard())), iris(emit(Pipeline.standard())));
    }

    @Test
    void iriBaseIsConfigurable() throws Exception {
        Set<String> iris = iris(emit(Pipeline.builder().baseIri("https://example.org/plans/").build()));
        assertTrue(iris.stream().anyMatch(i -> i.startsWith("https://example.org/plans/doc/")));
        assertFalse(iris.stream().anyMatch(i -> i.startsWith("http://localhost:3030/id/")));
    }

    @Test
    void everyQuadIsInTheFilesOwnGraphWithItsProvenance() throws Exception {
        DatasetGraph dsg = emit(Pipeline.standard());
        Set<Node> graphs = new java.util.HashSet<>();
        dsg.find().forEachRemaining(q -> graphs.add(q.getGraph()));
        assertEquals(1, graphs.size());
        String ask = """
                PREFIX pg: <https://w3id.org/plangraph/def#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                ASK { GRAPH ?g { ?g a pg:SourceGraph ; prov:generatedAtTime ?t ; prov:wasDerivedFrom ?f ;
                                    prov:wasGeneratedBy [ pg:loaderVersion ?v ] .
                                 ?f pg:sha256 ?h ; <http://purl.org/dc/terms/identifier> "notice-plan-ganzhou.txt" } }""";
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(ask).build()) {
            assertTrue(qe.execAsk());
        }
    }

    @Test
    void everySpanGivesBackTheTextAsPrinted() throws Exception {
        DatasetGraph dsg = emit(Pipeline.standard());
        String source = Files.readString(ProjectFiles.sample(SAMPLE), StandardCharsets.UTF_8);
        int[] checked = {0};
        String select = """
                PREFIX pg: <https://w3id.org/plangraph/def#>
                SELECT ?text ?start ?end { GRAPH ?g { ?s pg:textAsRead ?text ; pg:spanStart ?start ; pg:spanEnd ?end } }""";
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(select).build()) {
            qe.execSelect().forEachRemaining(row -> {
                int start = row.getLiteral("start").getInt();
                int end = row.getLiteral("end").getInt();
                int from = source.offsetByCodePoints(0, start);
                int to = source.offsetByCodePoints(0, end);
                assertEquals(row.getLiteral("text").getString(), source.substring(from, to));
                checked[0]++;
            });
        }
        assertTrue(checked[0] > 10, "spans checked: " + checked[0]);
    }

    @Test
    void rdf4jReadsTheTrigTheLoaderWrites() throws Exception {
        DatasetGraph dsg = emit(Pipeline.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.TRIG);
        Model model = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.TRIG);
        long quads = dsg.stream().count();
        assertEquals(quads, model.size());
        assertEquals(1, model.contexts().size());
    }

    @Test
    void aNoticeLinksToThePlanItTransmits() throws Exception {
        AlignedFile parsed = Pipeline.standard().parse(ProjectFiles.sample(SAMPLE));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Pipeline.standard().emitter().emit(parsed, OffsetDateTime.now(), StreamRDFLib.dataset(dsg));
        long transmits = dsg.stream().filter(q -> q.getPredicate().getURI().equals(Vocab.PG + "transmits")).count();
        assertEquals(1, transmits);
        assertTrue(dsg.stream().map(Quad::getPredicate).anyMatch(p -> p.getURI().equals(Vocab.ELI + "passed_by")));
    }
}
