package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.store.BulkLoad;
import org.plangraph.store.PlanStore;
import org.plangraph.testing.ProjectFiles;

/**
 * kill -9 in the middle of a bulk load, while the loader takes the files and while the text index is
 * built after it: the store opens and holds nothing (nothing was reported loaded), and the next load
 * deletes the staging folder with a note and fills the store whole.
 */
class AKilledBulkLoadLeavesTheStoreAsItWasTest {
    @Test
    void aBulkLoadKilledBeforeItIsInPlaceLeavesAnEmptyStoreThatTheNextLoadFills(@TempDir Path tmp) throws Exception {
        Path inbox = ProjectFiles.copiesOfTheTextSamples(tmp.resolve("inbox"), 6);
        Path reference = tmp.resolve("reference");
        assertEquals(0, LoadCommandTest.run("load", "--bulk", "--db", reference.toString(), inbox.toString()).status());
        long whole = quadCount(reference);

        // The staging database appears as the loader starts; its text index only once the loader has finished.
        for (String stage : new String[] {"tdb2/Data-0001", "text"}) {
            Path db = tmp.resolve("killed-at-" + stage.replace('/', '-'));
            loadAndKillWhenPresent(db, inbox, db.resolve(BulkLoad.STAGING).resolve(stage));
            assertTrue(Files.exists(db.resolve(BulkLoad.STAGING)), "killed before it was moved into place");
            assertEquals(0, quadCount(db), "a killed bulk load leaves nothing in the store");

            LoadCommandTest.Run again = LoadCommandTest.run("load", "--bulk", "--db", db.toString(), inbox.toString());
            assertEquals(0, again.status(), again.err());
            assertTrue(again.err().lines().anyMatch(l -> l.contains("left from a bulk load that did not finish; deleting it")), again.err());
            assertFalse(Files.exists(db.resolve(BulkLoad.STAGING)));
            assertEquals(whole, quadCount(db), "loading again fills the store");
        }
    }

    /** Bulk-loads INBOX into DB in another JVM and kills it (SIGKILL) as soon as MARK exists. */
    private static void loadAndKillWhenPresent(Path db, Path inbox, Path mark) throws Exception {
        Process load = LoadCommandTest.inAnotherJvm("load", "--bulk", "--db", db.toString(), inbox.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        while (!Files.exists(mark) && load.isAlive()) {
            Thread.sleep(2);
        }
        load.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        assertTrue(load.exitValue() != 0, "the load ended before " + mark + " appeared, so it could not be killed there");
    }

    /** Quads in the store's named graphs (source files and reference data alike). */
    private static long quadCount(Path db) {
        try (PlanStore store = PlanStore.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().count());
        }
    }
}
