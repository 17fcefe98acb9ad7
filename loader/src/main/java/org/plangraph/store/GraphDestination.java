package org.plangraph.store;

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
}
