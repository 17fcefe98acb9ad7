package org.plangraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.plangraph.data.DataFiles;
import org.plangraph.testing.EmittedGraphs;

/**
 * The reported figures of every emitted report, with the data structure of the ontology, pass the
 * W3C Data Cube integrity constraints IC-1 to IC-12 (test resource datacube/integrity-constraints.rq,
 * copied from the recommendation) after the recommendation's normalization.
 */
class ReportedFiguresMeetTheDataCubeIntegrityConstraintsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportedFiguresMeetTheDataCubeIntegrityConstraintsTest.class.getResourceAsStream("/datacube/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** IC name → ASK query, prefixes prepended. */
    private static Map<String, String> constraints() throws IOException {
        String text = resource("integrity-constraints.rq");
        String[] blocks = text.split("(?m)^(?=# IC-)");
        String prefixes = String.join("\n", blocks[0].lines().filter(l -> l.startsWith("PREFIX")).toList());
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 1; i < blocks.length; i++) {
            out.put(blocks[i].lines().findFirst().orElseThrow(), prefixes + "\n" + blocks[i]);
        }
        return out;
    }

    private static List<String> broken(Model data) throws IOException {
        Model cube = ModelFactory.createDefaultModel();
        cube.add(data);
        cube.add(DataFiles.readTurtle("plangraph.ttl"));
        UpdateAction.parseExecute(resource("normalize-phase1.ru"), cube);
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> ic : constraints().entrySet()) {
            try (QueryExecution qe = QueryExecution.model(cube).query(ic.getValue()).build()) {
                if (qe.execAsk()) {
                    broken.add(ic.getKey());
                }
            }
        }
        return broken;
    }

    @Test
    void theConstraintFileHoldsIc1ToIc12() throws IOException {
        assertEquals(12, constraints().size(), constraints().keySet().toString());
    }

    @Test
    void emittedReportsBreakNoIntegrityConstraint() throws IOException {
        Model data = ModelFactory.createModelForGraph(EmittedGraphs.of(EmittedGraphs.sourceFolders()).getUnionGraph());
        long figures = data.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, data.createResource(Vocab.PG + "ReportedFigure")).toList().size();
        assertTrue(figures > 0, "no reported figures emitted: the samples include a report");
        assertEquals(List.of(), broken(data));
    }

    @Test
    void aFigureWithoutItsIndicatorBreaksIc11() throws IOException {
        Model data = ModelFactory.createDefaultModel();
        String ttl = """
                @prefix pg: <https://w3id.org/plangraph/def#> .
                @prefix qb: <http://purl.org/linked-data/cube#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <http://example.org/r/figures> a qb:DataSet ; qb:structure pg:reportedFigureStructure .
                <http://example.org/r/figure/1> a pg:ReportedFigure ; qb:dataSet <http://example.org/r/figures> ;
                    pg:year "2023"^^xsd:gYear ; pg:value "25"^^xsd:decimal .
                """;
        data.read(new java.io.StringReader(ttl), null, "TTL");
        assertEquals(List.of("# IC-11. All dimensions required: every qb:Observation has a value for each dimension declared in its associated qb:DataStructureDefinition."),
                broken(data));
    }
}
