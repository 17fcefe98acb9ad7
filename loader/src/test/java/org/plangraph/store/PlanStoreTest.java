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

    private static final Node H = NodeFactory.createURI("http://example.org/graph/b");

    private static Quad quad(String s) {
        return quad(G, s);
    }

    private static Quad quad(Node g, String s) {
        return Quad.create(g, NodeFactory.createURI("http://example.org/" + s), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString(s));
    }

    private static long size(PlanStore store) {
        return size(store, G);
    }

    private static long size(PlanStore store, Node g) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream(g, null, null, null).count());
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

    @Test
    void aBatchReplacesEachOfItsGraphsWhole(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            store.replaceGraph(G, sink -> {
                sink.quad(quad("a"));
                sink.quad(quad("b"));
            });
            store.replaceGraphs(java.util.List.of(
                    new GraphDestination.GraphWrite(G, sink -> sink.quad(quad("c"))),
                    new GraphDestination.GraphWrite(H, sink -> {
                        sink.quad(quad(H, "d"));
                        sink.quad(quad(H, "e"));
                    })));
            assertEquals(1, size(store, G));
            assertEquals(2, size(store, H));
        }
    }

    @Test
    void aBatchThatFailsLeavesEveryGraphAsItWas(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            store.replaceGraph(G, sink -> sink.quad(quad("a")));
            assertThrows(IllegalStateException.class, () -> store.replaceGraphs(java.util.List.of(
                    new GraphDestination.GraphWrite(G, sink -> sink.quad(quad("c"))),
                    new GraphDestination.GraphWrite(H, sink -> {
                        throw new IllegalStateException("second file failed");
                    }))));
            assertEquals(1, size(store, G));
            assertEquals(0, size(store, H));
            assertEquals(1, Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .stream(G, null, null, NodeFactory.createLiteralString("a")).count()));
        }
    }

    @Test
    void compactingKeepsEveryGraphAndTheTextIndexWorking(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            for (int i = 0; i < 20; i++) {
                String s = "v" + i;
                store.replaceGraph(G, sink -> sink.quad(quad(s)));
            }
            assertEquals(true, store.compact());
            assertEquals(1, size(store));
            store.replaceGraph(H, sink -> sink.quad(quad(H, "after")));
            assertEquals(1, size(store, H));
        }
        try (PlanStore reopened = PlanStore.open(dir)) {
            assertEquals(1, size(reopened));
            assertEquals(1, size(reopened, H));
        }
        // tdbcompact leaves only the new generation of the database
        assertEquals(1, java.util.Arrays.stream(dir.resolve("tdb2").toFile().list()).filter(n -> n.startsWith("Data-")).count());
    }
}
