package org.plangraph.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.plangraph.emit.Vocab;

/**
 * The data sets of the summary graph (RDF Data Cube): each one's structure in the ontology, its
 * dimension and measure properties, and the aggregation that tallies what one file's graph (or,
 * unbound, every graph) contributes to it. Every entity counted here lives in exactly one file's
 * graph, so the store's counts are the sums of the graphs' counts and a file's reload can be
 * applied as a difference.
 */
enum SummaryCube {
    /** Tasks per agency × role × whether the responsibility was inferred from the issuer. */
    AGENCY_WORKLOAD("agency-workload", "agencyWorkloadStructure",
            List.of("forAgency", "inRole", "byInference"), List.of("taskCount"), """
            SELECT ?d0 ?d1 ?d2 (COUNT(DISTINCT ?task) AS ?m0)
            WHERE { GRAPH ?g { ?task pg:responsibility ?r . ?r prov:agent ?d0 ; prov:hadRole ?d1 ; pg:inferred ?d2 } }
            GROUP BY ?d0 ?d1 ?d2
            """),
    /** Measures carrying out an outline item (rank 1), and their documents, per item × jurisdiction. */
    OUTLINE_COVERAGE("outline-coverage", "outlineCoverageStructure",
            List.of("forItem", "inJurisdiction"), List.of("measureCount", "documentCount"), """
            SELECT ?d0 ?d1 (COUNT(DISTINCT ?measure) AS ?m0) (COUNT(DISTINCT ?doc) AS ?m1)
            WHERE {
              GRAPH ?g { ?measure pg:carriesOut ?d0 ; pg:document ?doc . OPTIONAL { ?doc pg:jurisdiction ?area } }
              BIND(COALESCE(?area, pg:noJurisdiction) AS ?d1)
            }
            GROUP BY ?d0 ?d1
            """),
    /** Targets with a last day, per that day × jurisdiction: year, quarter and status follow from the day. */
    TARGETS_DUE("targets-due", "targetsDueStructure",
            List.of("dueOn", "inJurisdiction"), List.of("targetCount"), """
            SELECT ?d0 ?d1 (COUNT(DISTINCT ?target) AS ?m0)
            WHERE {
              GRAPH ?g {
                ?subject pg:target ?target .
                ?target pg:document ?doc ; pg:targetText ?text ; pg:deadline ?deadline ; pg:dueBy ?d0 .
                OPTIONAL { ?doc pg:jurisdiction ?area }
              }
              BIND(COALESCE(?area, pg:noJurisdiction) AS ?d1)
            }
            GROUP BY ?d0 ?d1
            """),
    /**
     * Reported figures and targets per indicator (as written) × unit: figures-beside-targets matches
     * indicators by containment, which compares every pair; over these few distinct indicators
     * rather than over every figure and target.
     */
    INDICATORS("indicators", "indicatorsStructure",
            List.of("forIndicator", "inUnit"), List.of("figureCount", "targetCount"), """
            SELECT ?d0 ?d1 (COUNT(DISTINCT ?figure) AS ?m0) (COUNT(DISTINCT ?target) AS ?m1)
            WHERE {
              GRAPH ?g {
                { ?report pg:reportedFigure ?figure . ?figure pg:indicator ?d0 ; pg:unit ?d1 }
                UNION
                { ?target a pg:Target ; pg:indicator ?d0 ; pg:unit ?d1 }
              }
            }
            GROUP BY ?d0 ?d1
            """);

    private static final String PREFIXES = "PREFIX pg: <" + Vocab.PG + ">\nPREFIX prov: <" + Vocab.PROV + ">\n";

    final String name;
    final Node structure;
    final List<Node> dimensions;
    final List<Node> measures;
    final Query tally;

    SummaryCube(String name, String structure, List<String> dimensions, List<String> measures, String tally) {
        this.name = name;
        this.structure = pg(structure);
        this.dimensions = dimensions.stream().map(SummaryCube::pg).toList();
        this.measures = measures.stream().map(SummaryCube::pg).toList();
        this.tally = QueryFactory.create(PREFIXES + tally);
    }

    private static Node pg(String localName) {
        return NodeFactory.createURI(Vocab.PG + localName);
    }
}
