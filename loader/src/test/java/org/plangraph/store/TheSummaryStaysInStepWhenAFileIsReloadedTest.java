package org.plangraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.link.IriScheme;
import org.plangraph.query.QueryCatalog;

/**
 * Files loaded in a batch and one at a time, one replaced with other content and one reloaded as it
 * was: the summary kept in step equals the one {@link Summaries#rebuild} computes, and the named
 * queries that read it give what the direct queries over the files give (kept in
 * {@code direct-queries/}).
 */
class TheSummaryStaysInStepWhenAFileIsReloadedTest {
    private static final String PREFIXES = """
            @prefix pg:   <https://w3id.org/plangraph/def#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix role: <https://w3id.org/plangraph/def/role/> .
            @prefix item: <https://w3id.org/plangraph/ref/outline/fzzf-2021-2025/item/> .
            @prefix x:    <http://example.org/id/> .
            """;

    private static final String FUZHOU = "<http://example.org/id/area/fz> a pg:AdministrativeArea ; rdfs:label \"抚州市\"@zh .\n";
    private static final String GANZHOU = "<http://example.org/id/area/gz> a pg:AdministrativeArea ; rdfs:label \"赣州市\"@zh .\n";

    /** A document of FILE in AREA (or none) with measures carrying out ITEMS, each with one task and one target. */
    private static String file(String file, String area, List<String> items, String agency, String role, boolean inferred, String dueBy) {
        StringBuilder t = new StringBuilder(PREFIXES);
        String doc = "<http://example.org/id/doc/" + file + "/1";
        t.append(doc).append("> a pg:Document");
        if (area != null) {
            t.append(" ; pg:jurisdiction <http://example.org/id/area/").append(area).append(">");
        }
        t.append(" .\n");
        t.append(area == null ? "" : area.equals("fz") ? FUZHOU : GANZHOU);
        t.append("<http://example.org/id/agency/").append(agency).append("> a pg:Agency ; skos:prefLabel \"").append(agency).append("局\"@zh");
        if (area != null) {
            t.append(" ; pg:jurisdiction <http://example.org/id/area/").append(area).append(">");
        }
        t.append(" .\n");
        // a figure its report gives, beside every target of the same indicator
        t.append(doc).append("> pg:reportedFigure ").append(doc).append("/figure/1> .\n");
        t.append(doc).append("/figure/1> a pg:ReportedFigure ; pg:indicator \"行政复议案件依法受理率为\" ; pg:unit <https://w3id.org/plangraph/def/unit/percent> ;")
                .append(" pg:value \"90\"^^xsd:decimal ; pg:figureText \"受理率为90%\" .\n");
        int n = 0;
        for (String item : items) {
            String m = doc + "/p/" + (++n);
            String d = doc + ">";
            t.append(m).append("> a pg:Measure ; pg:document ").append(d).append(" ; pg:carriesOut item:").append(item).append(" ;\n")
                    .append("  pg:task ").append(m).append("/task/1> ; pg:target ").append(m).append("/target/1> .\n");
            t.append(m).append("/task/1> pg:responsibility ").append(m).append("/task/1/r/1> .\n");
            t.append(m).append("/task/1/r/1> prov:agent <http://example.org/id/agency/").append(agency).append("> ; prov:hadRole role:").append(role)
                    .append(" ; pg:inferred ").append(inferred).append(" .\n");
            t.append(m).append("/target/1> a pg:Target ; pg:document ").append(d).append(" ; pg:targetText \"目标").append(n)
                    .append("\" ; pg:deadline \"").append(dueBy.substring(0, 4)).append("\"^^xsd:gYear ; pg:dueBy \"").append(dueBy)
                    .append("\"^^xsd:date ;\n  pg:indicator \"依法受理率达到\" ; pg:unit <https://w3id.org/plangraph/def/unit/percent> ; pg:value \"9")
                    .append(n).append("\"^^xsd:decimal .\n");
        }
        return t.toString();
    }

    private static void load(PlanStore store, String file, String turtle) {
        Node graph = NodeFactory.createURI("http://example.org/id/graph/" + file);
        store.replaceGraphs(List.of(write(graph, turtle)));
    }

    private static GraphDestination.GraphWrite write(Node graph, String turtle) {
        return new GraphDestination.GraphWrite(graph, sink -> {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
            g.find().forEach(t -> sink.quad(org.apache.jena.sparql.core.Quad.create(graph, t)));
        });
    }

    @Test
    void theSummaryEqualsARebuildAndTheDirectQueries(@TempDir Path dir) {
        System.setProperty("plangraph.base", "http://example.org/id/");
        try (PlanStore store = PlanStore.open(dir)) {
            ReferenceData.refresh(store);
            store.replaceGraphs(List.of(
                    write(NodeFactory.createURI("http://example.org/id/graph/a"),
                            file("a", "fz", List.of("p1-i1", "p1-i2"), "sfj", "lead", false, "2025-12-31")),
                    write(NodeFactory.createURI("http://example.org/id/graph/b"),
                            file("b", "gz", List.of("p1-i1"), "sfj2", "responsible", false, "2020-06-30"))));
            load(store, "c", file("c", null, List.of("p1-i2", "p1-i3"), "zf", "issuer", true, "2024-03-31"));
            // b is replaced by other content, a reloaded unchanged
            load(store, "b", file("b", "fz", List.of("p1-i3", "p1-i3", "p2-i4"), "sfj", "responsible", false, "2030-09-30"));
            load(store, "a", file("a", "fz", List.of("p1-i1", "p1-i2"), "sfj", "lead", false, "2025-12-31"));

            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node summaryGraph = NodeFactory.createURI(new IriScheme("http://example.org/id/").summaryGraph());
            Graph inStep = copy(dsg, summaryGraph);
            assertFalse(inStep.isEmpty());
            Summaries.rebuild(dsg);
            Graph rebuilt = copy(dsg, summaryGraph);
            assertTrue(inStep.isIsomorphicWith(rebuilt), "in step:\n" + inStep + "\nrebuilt:\n" + rebuilt);
            var report = org.plangraph.validate.ShapeValidator.standard().validate(inStep);
            assertTrue(report.conforms(), () -> report.getEntries().toString());

            assertEquals(3 * 7, rows(dsg, direct("figures-beside-targets"), null).size(), "each of the 3 figures beside each of the 7 targets");
            for (String name : List.of("agency-workload", "outline-coverage", "coverage-by-jurisdiction", "figures-beside-targets")) {
                assertEquals(rows(dsg, direct(name), null), rows(dsg, named(name), null), name);
            }
            assertEquals(rows(dsg, direct("agency-workload"), "抚州市"), rows(dsg, named("agency-workload"), "抚州市"));
            assertEquals(targetCounts(rows(dsg, direct("targets-by-quarter"), null)), rows(dsg, named("target-counts-by-quarter"), null));
            assertEquals(targetCounts(rows(dsg, direct("targets-by-quarter"), "抚州市")), rows(dsg, named("target-counts-by-quarter"), "抚州市"));
        } finally {
            System.clearProperty("plangraph.base");
        }
    }

    @Test
    void aStoreWithoutASummaryIsSummarisedWholeByItsNextLoad(@TempDir Path dir) {
        System.setProperty("plangraph.base", "http://example.org/id/");
        try (PlanStore store = PlanStore.open(dir)) {
            load(store, "a", file("a", "fz", List.of("p1-i1"), "sfj", "lead", false, "2025-12-31"));
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node summaryGraph = NodeFactory.createURI(new IriScheme("http://example.org/id/").summaryGraph());
            Txn.executeWrite(dsg, () -> dsg.deleteAny(summaryGraph, Node.ANY, Node.ANY, Node.ANY));
            load(store, "b", file("b", "gz", List.of("p1-i1"), "sfj2", "lead", false, "2025-12-31"));
            Graph inStep = copy(dsg, summaryGraph);
            Summaries.rebuild(dsg);
            assertTrue(inStep.isIsomorphicWith(copy(dsg, summaryGraph)));
        } finally {
            System.clearProperty("plangraph.base");
        }
    }

    private static Graph copy(DatasetGraph dsg, Node graph) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(graph).find().forEach(g::add);
            return g;
        });
    }

    private static String named(String name) {
        return QueryCatalog.standard().get(name).orElseThrow().sparql();
    }

    private static String direct(String name) {
        try (InputStream in = TheSummaryStaysInStepWhenAFileIsReloadedTest.class.getResourceAsStream("/direct-queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows as sorted maps of column to lexical value; a list of names joined by 、 is compared as a set. */
    private static List<Map<String, String>> rows(DatasetGraph dsg, String sparql, String jurisdiction) {
        return Txn.calculateRead(dsg, () -> {
            var binding = jurisdiction == null ? BindingFactory.empty()
                    : BindingFactory.binding(Var.alloc("_jurisdiction"), NodeFactory.createLiteralString(jurisdiction));
            RowSet rs = QueryExec.dataset(dsg).query(sparql).substitution(binding).select();
            List<Map<String, String>> out = new ArrayList<>();
            rs.forEachRemaining(b -> {
                Map<String, String> row = new TreeMap<>();
                b.vars().forEachRemaining(v -> {
                    Node n = b.get(v);
                    String value = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
                    row.put(v.getVarName(), v.getVarName().equals("jurisdictionNames") ? new TreeSet<>(Arrays.asList(value.split("、"))).toString() : value);
                });
                out.add(row);
            });
            return out;
        });
    }

    /** What the dashboard drew from targets-by-quarter's rows: their number per year, quarter and status. */
    private static List<Map<String, String>> targetCounts(List<Map<String, String>> targets) {
        Map<String, Integer> counts = new TreeMap<>();
        targets.forEach(r -> counts.merge(r.get("year") + "\t" + r.get("quarter") + "\t" + r.get("status"), 1, Integer::sum));
        List<Map<String, String>> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] p = k.split("\t");
            out.add(new TreeMap<>(Map.of("year", p[0], "quarter", p[1], "status", p[2], "targets", Integer.toString(n))));
        });
        return out;
    }
}
