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
 * A TDB2 store of plangraph's named graphs, one per source file, with a full-text index kept up to
 * date by every write. Its default graph is the union of the named graphs, so queries see every
 * document without naming graphs. A store folder holds {@code tdb2/} and {@code text/}, built as
 * {@code fuseki-config/config.ttl} describes (see {@link StoreConfig}).
 */
public final class PlanStore implements GraphDestination, AutoCloseable {
    private final Dataset dataset;
    private final Summaries summaries;

    private PlanStore(Dataset dataset, Summaries summaries) {
        this.dataset = dataset;
        this.summaries = summaries;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static PlanStore open(Path directory) {
        return open(directory, org.plangraph.link.IriScheme.standard());
    }

    /** A store whose summary graph's IRIs are minted under IRIS's base, like the files' resources. */
    public static PlanStore open(Path directory, org.plangraph.link.IriScheme iris) {
        if (isBareTdb2(directory)) {
            // A store made before the text index existed: still readable, without text:query.
            return new PlanStore(TDB2Factory.connectDataset(directory.toString()), new Summaries(iris));
        }
        return new PlanStore(StoreConfig.open(directory), new Summaries(iris));
    }

    /** Whether DIRECTORY holds a store (made by {@code load}), in either layout. */
    public static boolean isStore(Path directory) {
        return java.nio.file.Files.isDirectory(directory.resolve("tdb2")) || isBareTdb2(directory);
    }

    /** A folder holding a TDB2 database itself rather than the tdb2/ + text/ layout. */
    static boolean isBareTdb2(Path directory) {
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(directory)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Wraps a dataset opened elsewhere (e.g. one with a text index in front of TDB2). */
    public static PlanStore wrap(Dataset dataset) {
        return new PlanStore(dataset, Summaries.standard());
    }

    public Dataset dataset() {
        return dataset;
    }

    /** In one write transaction, with the summary graph kept in step. */
    @Override
    public void replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        replaceGraphs(java.util.List.of(new GraphWrite(graph, writer)));
    }

    /**
     * All in one write transaction: one TDB2 commit and one text-index commit for the lot. The summary
     * graph takes each graph's counts away before it is deleted and adds them back once it is
     * rewritten, in the same transaction, so readers never see it out of step with the files.
     */
    @Override
    public void replaceGraphs(java.util.List<GraphWrite> writes) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            Summaries.Changes summary = summaries.changesIn(dsg);
            for (GraphWrite w : writes) {
                summary.before(w.graph());
                dsg.deleteAny(w.graph(), Node.ANY, Node.ANY, Node.ANY);
                w.writer().accept(sink);
                summary.after(w.graph());
            }
            summary.apply();
        });
    }

    /** Recomputes the summary graph from every file's graph (after a bulk load that bypassed it). */
    public void rebuildSummary() {
        // The summary holds no indexed text: written past the text dataset, its transaction neither
        // waits for nor commits (or, failing, rolls back) the text index, which may be being built beside it.
        DatasetGraph dsg = dataset.asDatasetGraph();
        summaries.rebuildIn(dsg instanceof org.apache.jena.query.text.DatasetGraphText text ? text.getBase() : dsg);
    }

    /**
     * Compacts the TDB2 database with Jena's own {@code tdbcompact}: TDB2 writes copy-on-write and keeps
     * every superseded block until then, so a store that took many transactions is many times the
     * size of its data. The old generation is deleted. Needs no transaction open on the store.
     *
     * @return whether there was a TDB2 database to compact
     */
    public boolean compact() {
        DatasetGraph dsg = tdb2Behind(dataset.asDatasetGraph());
        if (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg)) {
            return false;
        }
        org.apache.jena.tdb2.DatabaseMgr.compact(dsg, true);
        return true;
    }

    /** The TDB2 database behind DSG's wrappers (a text index's, for one), or the innermost dataset where there is none. */
    static DatasetGraph tdb2Behind(DatasetGraph dsg) {
        while (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg) && dsg instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) {
            dsg = w.getWrapped();
        }
        return dsg;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
