package org.plangraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.plangraph.data.DataFiles;

/**
 * Every concept of the unit scheme is of the type that the range of pg:unit, and of every property
 * pg:unit is a sub-property of, requires; so a reasoner infers no type a unit concept lacks. Before
 * 0.2.0 pg:unit was a sub-property of qudt:unit, whose range is qudt:Unit, which the concepts are not.
 */
class UnitConceptsAreWhatPgUnitPromisesTest {
    /** Ranges as the standard vocabularies declare them (QUDT schema: http://qudt.org/schema/qudt/unit rdfs:range qudt:Unit). */
    private static final Map<String, String> STANDARD_RANGES = Map.of(
            "http://qudt.org/schema/qudt/unit", "http://qudt.org/schema/qudt/Unit");

    @Test
    void unitConceptsHaveTheTypeOfEveryRangeOfPgUnit() {
        Model ontology = DataFiles.readTurtle("plangraph.ttl");
        Model schemes = DataFiles.readTurtle("schemes.ttl");
        Resource unit = ontology.createResource(Vocab.PG + "unit");
        List<String> ranges = new ArrayList<>();
        ontology.listObjectsOfProperty(unit, RDFS.range).forEachRemaining(r -> ranges.add(r.asResource().getURI()));
        ontology.listObjectsOfProperty(unit, RDFS.subPropertyOf).forEachRemaining(sup -> {
            String standard = STANDARD_RANGES.get(sup.asResource().getURI());
            if (standard != null) {
                ranges.add(standard);
            }
        });
        List<String> untyped = new ArrayList<>();
        for (Resource concept : schemes.listSubjectsWithProperty(RDF.type, schemes.createResource(Vocab.SKOS + "Concept")).toList()) {
            if (!concept.getURI().startsWith(Vocab.PG_DEF + "unit/")) {
                continue;
            }
            for (String range : ranges) {
                if (!concept.hasProperty(RDF.type, schemes.createResource(range))) {
                    untyped.add(concept.getLocalName() + " is not a " + range);
                }
            }
        }
        assertEquals(List.of(), untyped);
    }

    /** Every counted unit the cue file lists is one the shapes accept on a target and on a figure. */
    @Test
    void everyUnitTheExtractorsCanPrintIsOneTheShapesAccept() {
        Model schemes = DataFiles.readTurtle("schemes.ttl");
        Model shapes = DataFiles.readTurtle("shapes.ttl");
        org.apache.jena.rdf.model.Property skosNotation = schemes.createProperty(Vocab.SKOS + "notation");
        org.apache.jena.rdf.model.Property skosAltLabel = schemes.createProperty(Vocab.SKOS + "altLabel");
        org.apache.jena.rdf.model.Property shIn = shapes.createProperty("http://www.w3.org/ns/shacl#in");
        org.apache.jena.rdf.model.Property shPath = shapes.createProperty("http://www.w3.org/ns/shacl#path");
        List<List<String>> accepted = new ArrayList<>();
        for (Resource shape : shapes.listSubjectsWithProperty(shPath, shapes.createResource(Vocab.PG + "unit")).toList()) {
            if (shape.hasProperty(shIn)) {
                accepted.add(shape.getPropertyResourceValue(shIn).as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream()
                        .map(n -> n.asResource().getURI()).toList());
            }
        }
        assertEquals(2, accepted.size(), "a unit list on targets and on figures");
        List<String> refused = new ArrayList<>();
        for (String listed : DataFiles.readList("cues/quantity-units.tsv")) {
            // the repair stage folds full-width forms before any unit is read: ％ arrives as %
            String printed = java.text.Normalizer.normalize(listed, java.text.Normalizer.Form.NFKC);
            List<Resource> concepts = new ArrayList<>(schemes.listSubjectsWithProperty(skosNotation, printed).toList());
            concepts.addAll(schemes.listSubjectsWithProperty(skosAltLabel, schemes.createLiteral(printed, "zh")).toList());
            if (concepts.isEmpty()) {
                refused.add(printed + " has no unit concept");
                continue;
            }
            for (List<String> list : accepted) {
                if (!list.contains(concepts.get(0).getURI())) {
                    refused.add(printed + " (" + concepts.get(0).getLocalName() + ") is not accepted by a shape");
                }
            }
        }
        assertEquals(List.of(), refused);
    }
}
