package org.plangraph.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/** Where a load puts each file's graph: a store folder, or a running server. */
public interface GraphDestination {
    /**
     * Replaces {@code graph} with what {@code writer} pushes into the sink, atomically: readers see
     * the old graph or the new one, and a failure leaves the old one in place.
     */
    void replaceGraph(Node graph, Consumer<StreamRDF> writer);

    /** One graph's new content, for {@link #replaceGraphs}. */
    record GraphWrite(Node graph, Consumer<StreamRDF> writer) {
    }

    /**
     * Replaces each graph of WRITES as {@link #replaceGraph} does. A destination may apply them all at
     * once (a store: one transaction, one text-index commit) — then a failure leaves every one of them
     * as it was, and the caller can retry them one by one to find the file at fault.
     */
    default void replaceGraphs(List<GraphWrite> writes) {
        for (GraphWrite w : writes) {
            replaceGraph(w.graph(), w.writer());
        }
    }
}
