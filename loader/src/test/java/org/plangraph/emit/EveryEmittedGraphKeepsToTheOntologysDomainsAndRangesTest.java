package org.plangraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.plangraph.data.DataFiles;
import org.plangraph.testing.EmittedGraphs;
import org.plangraph.testing.RdfsDomainRangeCheck;

/**
 * Every graph the loader emits (samples, and the shared seeds and corpus where present) agrees with
 * the ontology's rdfs:domain and rdfs:range: an RDFS reasoner infers no type the data does not
 * already give (before 0.2.0 every reported figure became a pg:Target through pg:targetText).
 */
class EveryEmittedGraphKeepsToTheOntologysDomainsAndRangesTest {
    private static final String PG = Vocab.PG;

    private static Model typeKnowledge() {
        Model m = ModelFactory.createDefaultModel();
        m.add(DataFiles.readTurtle("schemes.ttl"));
        m.add(DataFiles.readTurtle("reference/outlines.ttl"));
        return m;
    }

    @Test
    void emittedGraphsHaveNoDomainOrRangeViolations() {
        DatasetGraph emitted = EmittedGraphs.of(EmittedGraphs.sourceFolders());
        Model data = ModelFactory.createModelForGraph(emitted.getUnionGraph());
        assertTrue(data.size() > 1000, "emitted triples: " + data.size());
        Model reference = DataFiles.readTurtle("reference/outlines.ttl");
        RdfsDomainRangeCheck check = new RdfsDomainRangeCheck(DataFiles.readTurtle("plangraph.ttl"));
        List<String> violations = new java.util.ArrayList<>(check.violations(data, typeKnowledge()));
        violations.addAll(check.violations(reference, typeKnowledge()));
        assertEquals(List.of(), violations.stream().limit(20).toList(), violations.size() + " violations");
    }

    @Test
    void aFigureWithTargetTextIsFlaggedAsATargetByDomain() {
        Model data = ModelFactory.createDefaultModel();
        Resource figure = data.createResource("http://example.org/figure/1")
                .addProperty(org.apache.jena.vocabulary.RDF.type, data.createResource(PG + "ReportedFigure"));
        figure.addProperty(data.createProperty(PG + "targetText"), "依法受理44件");
        figure.addProperty(data.createProperty(PG + "order"), data.createTypedLiteral("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring));
        List<String> violations = new RdfsDomainRangeCheck(DataFiles.readTurtle("plangraph.ttl")).violations(data, typeKnowledge());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("domain of targetText")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("range of order")), violations.toString());
    }
}
