package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.store.PlanStore;
import org.plangraph.testing.ProjectFiles;

/**
 * kill -9 in the middle of a load: the store opens, every batch the load reported committed is there,
 * no file's graph is there in part, and loading the same files again completes the store.
 */
class AKilledLoadKeepsEveryBatchItReportedTest {
    private static final Pattern COMMITTED = Pattern.compile("^\\[(\\d+)/(\\d+)] committed");
    private static final String SOURCE_GRAPHS = "/id/graph/";

    @Test
    void aLoadKilledAfterSomeCommitsKeepsThemWholeAndTheRestLoadsAfter(@TempDir Path tmp) throws Exception {
        Path inbox = ProjectFiles.copiesOfTheTextSamples(tmp.resolve("inbox"), 6);
        Path reference = tmp.resolve("reference");
        assertEquals(0, LoadCommandTest.run("load", "--db", reference.toString(), inbox.toString()).status());
        Map<Node, Long> whole = sourceGraphSizes(reference);

        for (int killAfter : new int[] {1, 3}) {
            Path db = tmp.resolve("killed-after-" + killAfter);
            int reported = loadAndKill(db, inbox, killAfter);
            Map<Node, Long> kept = sourceGraphSizes(db);
            assertTrue(kept.size() >= reported, "the load reported " + reported + " files committed, the store holds " + kept.size());
            kept.forEach((graph, size) -> assertEquals(whole.get(graph), size, "graph " + graph + " is there in part"));

            assertEquals(0, LoadCommandTest.run("load", "--db", db.toString(), inbox.toString()).status());
            assertEquals(whole, sourceGraphSizes(db), "loading again completes the store");
        }
    }

    /**
     * Loads INBOX into DB in another JVM, one file per transaction, and kills it (SIGKILL) after
     * KILLAFTER commits. In transactions whatever the rule for the bulk path says: that path commits
     * nothing until the end (AKilledBulkLoadLeavesTheStoreAsItWasTest).
     */
    private static int loadAndKill(Path db, Path inbox, int killAfter) throws Exception {
        Process load = LoadCommandTest.inAnotherJvm("load", "--no-bulk", "--db", db.toString(), "--batch-files", "1", inbox.toString()).start();
        int commits = 0;
        int reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) {
                    reported = Integer.parseInt(m.group(1));
                    if (++commits == killAfter) {
                        load.destroyForcibly(); // SIGKILL: no shutdown hook, no transaction ends cleanly
                        break;
                    }
                }
            }
        }
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        assertTrue(commits == killAfter, "the load ended before it could be killed after " + killAfter + " commits");
        return reported;
    }

    private static Map<Node, Long> sourceGraphSizes(Path db) {
        try (PlanStore store = PlanStore.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Map<Node, Long> sizes = new HashMap<>();
                store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().contains(SOURCE_GRAPHS)) {
                        sizes.put(g, store.dataset().asDatasetGraph().stream(g, null, null, null).count());
                    }
                });
                return sizes;
            });
        }
    }
}
