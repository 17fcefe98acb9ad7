package org.plangraph.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A TDB2 store of plangraph's named graphs, one per source file. Its default graph is the union of
 * the named graphs, so queries see every document without naming graphs.
 */
public final class PlanStore implements AutoCloseable {
    private final Dataset dataset;

    private PlanStore(Dataset dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static PlanStore open(Path directory) {
        return new PlanStore(TDB2Factory.connectDataset(directory.toString()));
    }

    /** Wraps a dataset opened elsewhere (e.g. one with a text index in front of TDB2). */
    public static PlanStore wrap(Dataset dataset) {
        return new PlanStore(dataset);
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces {@code graph} with what {@code writer} pushes into the sink, in one write transaction:
     * readers see the old graph or the new one, and a failure leaves the old one in place.
     */
    public void replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            writer.accept(StreamRDFLib.dataset(dsg));
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
