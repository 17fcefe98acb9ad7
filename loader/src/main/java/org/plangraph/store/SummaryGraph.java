package org.plangraph.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.plangraph.emit.Vocab;
import org.plangraph.link.IriScheme;

/**
 * Writes tallies into the summary graph as Data Cube observations: one per cell, holding its counts,
 * removed when every count falls to 0. Works in the caller's write transaction.
 */
final class SummaryGraph {
    private static final Node TYPE = Vocab.TYPE;
    private static final Node OBSERVATION = NodeFactory.createURI(Vocab.QB + "Observation");
    private static final Node DATA_SET = NodeFactory.createURI(Vocab.QB + "DataSet");
    private static final Node DATA_SET_PROPERTY = NodeFactory.createURI(Vocab.QB + "dataSet");
    private static final Node STRUCTURE = NodeFactory.createURI(Vocab.QB + "structure");
    private static final Node SUMMARY_GRAPH_CLASS = NodeFactory.createURI(Vocab.PG + "SummaryGraph");

    private final IriScheme iris;
    final Node graph;

    SummaryGraph(IriScheme iris) {
        this.iris = iris;
        this.graph = NodeFactory.createURI(iris.summaryGraph());
    }

    static boolean isSummaryGraph(DatasetGraph dsg, Node graph) {
        return dsg.contains(graph, graph, TYPE, SUMMARY_GRAPH_CLASS);
    }

    /** Whether the store has a summary at all (a store loaded before summaries existed has none). */
    boolean existsIn(DatasetGraph dsg) {
        return dsg.contains(graph, dataSet(SummaryCube.AGENCY_WORKLOAD), TYPE, DATA_SET);
    }

    /** Replaces the whole summary with TALLY. */
    void replace(DatasetGraph dsg, SummaryTally tally) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        dsg.add(graph, graph, TYPE, SUMMARY_GRAPH_CLASS);
        for (SummaryCube cube : SummaryCube.values()) {
            dsg.add(graph, dataSet(cube), TYPE, DATA_SET);
            dsg.add(graph, dataSet(cube), STRUCTURE, cube.structure);
        }
        tally.counts().forEach((cell, counts) -> {
            if (anyCounted(counts)) {
                write(dsg, cell, counts);
            }
        });
    }

    /** Adds DELTA to the observations' counts. */
    void apply(DatasetGraph dsg, SummaryTally delta) {
        for (Map.Entry<SummaryTally.Cell, long[]> e : delta.counts().entrySet()) {
            long[] change = e.getValue();
            if (java.util.Arrays.stream(change).allMatch(v -> v == 0)) {
                continue;
            }
            SummaryTally.Cell cell = e.getKey();
            Node obs = observation(cell);
            long[] counts = current(dsg, cell.cube(), obs);
            for (int i = 0; i < counts.length; i++) {
                counts[i] += change[i];
            }
            dsg.deleteAny(graph, obs, Node.ANY, Node.ANY);
            if (anyCounted(counts)) {
                write(dsg, cell, counts);
            }
        }
    }

    private static boolean anyCounted(long[] counts) {
        return java.util.Arrays.stream(counts).anyMatch(n -> n > 0);
    }

    private long[] current(DatasetGraph dsg, SummaryCube cube, Node obs) {
        long[] counts = new long[cube.measures.size()];
        for (int i = 0; i < counts.length; i++) {
            Iterator<Quad> it = dsg.find(graph, obs, cube.measures.get(i), Node.ANY);
            if (it.hasNext()) {
                counts[i] = ((Number) it.next().getObject().getLiteralValue()).longValue();
            }
        }
        return counts;
    }

    private void write(DatasetGraph dsg, SummaryTally.Cell cell, long[] counts) {
        SummaryCube cube = cell.cube();
        Node obs = observation(cell);
        dsg.add(graph, obs, TYPE, OBSERVATION);
        dsg.add(graph, obs, DATA_SET_PROPERTY, dataSet(cube));
        for (int i = 0; i < cube.dimensions.size(); i++) {
            dsg.add(graph, obs, cube.dimensions.get(i), cell.dimensions().get(i));
        }
        for (int i = 0; i < counts.length; i++) {
            dsg.add(graph, obs, cube.measures.get(i), NodeFactory.createLiteralDT(Long.toString(counts[i]), XSDDatatype.XSDinteger));
        }
    }

    private Node dataSet(SummaryCube cube) {
        return NodeFactory.createURI(iris.summaryDataSet(cube.name));
    }

    private Node observation(SummaryTally.Cell cell) {
        List<Node> dims = cell.dimensions();
        return NodeFactory.createURI(iris.observation(cell.cube().name,
                dims.stream().map(Node::toString).collect(Collectors.joining("\u001f"))));
    }
}
