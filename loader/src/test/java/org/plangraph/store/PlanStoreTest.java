package org.plangraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStoreTest {
    private static final Node G = NodeFactory.createURI("http://example.org/graph/a");

    private static Quad quad(String s) {
        return Quad.create(G, NodeFactory.createURI("http://example.org/" + s), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString(s));
    }

    private static long size(PlanStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream(G, null, null, null).count());
    }

    @Test
    void reloadingAGraphReplacesIt(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            store.replaceGraph(G, sink -> {
                sink.quad(quad("a"));
                sink.quad(quad("b"));
            });
            store.replaceGraph(G, sink -> sink.quad(quad("c")));
            assertEquals(1, size(store));
        }
    }

    @Test
    void aFailedReloadLeavesTheOldGraph(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            store.replaceGraph(G, sink -> sink.quad(quad("a")));
            assertThrows(IllegalStateException.class, () -> store.replaceGraph(G, sink -> {
                sink.quad(quad("b"));
                throw new IllegalStateException("emitter failed half way");
            }));
            assertEquals(1, size(store));
        }
    }
}
