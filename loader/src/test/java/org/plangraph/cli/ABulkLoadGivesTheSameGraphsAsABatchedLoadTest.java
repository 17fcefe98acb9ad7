package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.emit.Vocab;
import org.plangraph.store.BulkLoad;
import org.plangraph.store.PlanStore;
import org.plangraph.testing.ProjectFiles;

/**
 * The bulk path writes past the text dataset and builds the text index and reference data after: the
 * store it makes must hold the same graphs, and answer text searches the same, as the batched path's.
 */
class ABulkLoadGivesTheSameGraphsAsABatchedLoadTest {
    /** The load time differs between two loads; everything else must not. */
    private static final Node SOME_TIME = NodeFactory.createLiteralDT("2000-01-01T00:00:00Z", XSDDatatype.XSDdateTime);

    private static final String[] SEARCHES = {"工作", "发展 AND 经济", "title:方案", "name:办公室"};

    @Test
    void bulkAndBatchedLoadsOfTheSamplesGiveIsomorphicStoresAndTheSameTextMatches(@TempDir Path tmp) {
        Path batched = tmp.resolve("batched");
        Path bulk = tmp.resolve("bulk");
        LoadCommandTest.Run batchedRun = LoadCommandTest.run("load", "--no-bulk", "--db", batched.toString(), ProjectFiles.samples().toString());
        assertEquals(0, batchedRun.status(), batchedRun.err());
        assertTrue(batchedRun.err().contains("] committed"), batchedRun.err());
        LoadCommandTest.Run bulkRun = LoadCommandTest.run("load", "--bulk", "--db", bulk.toString(), ProjectFiles.samples().toString());
        assertEquals(0, bulkRun.status(), bulkRun.err());
        assertTrue(bulkRun.err().contains("bulk load in place"), bulkRun.err());
        assertFalse(Files.exists(bulk.resolve(BulkLoad.STAGING)), "the staging store is gone once in place");
        assertEquals(summaryLine(batchedRun.err()), summaryLine(bulkRun.err()));

        DatasetGraph fromBatched = quadsOf(batched);
        DatasetGraph fromBulk = quadsOf(bulk);
        assertTrue(fromBatched.stream().count() > 1000, "the samples give a store worth comparing");
        assertEquals(fromBatched.stream().count(), fromBulk.stream().count());
        assertTrue(IsoMatcher.isomorphic(fromBatched, fromBulk), "the bulk load's graphs are the batched load's");

        for (String search : SEARCHES) {
            Set<String> expected = matches(batched, search);
            assertFalse(expected.isEmpty(), "the search " + search + " finds something in the samples");
            assertEquals(expected, matches(bulk, search), "text matches for " + search);
        }
    }

    @Test
    void aFileThePipelineCannotReadIsNamedOnOneLineAndTheOthersBulkLoad(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.copy(ProjectFiles.sample("notice-plan-ganzhou.txt"), inbox.resolve("notice-plan-ganzhou.txt"));
        Path db = tmp.resolve("db");
        LoadCommandTest.Run load = LoadCommandTest.run("load", "--bulk", "--db", db.toString(), inbox.toString());
        assertEquals(1, load.status(), load.err());
        assertTrue(load.err().contains("plangraph: empty.txt: empty file"), load.err());
        assertTrue(load.err().contains("loaded 1 file: 2 documents"), load.err());
        assertTrue(load.err().contains("1 file failed"), load.err());
        assertTrue(quadsOf(db).listGraphNodes().hasNext(), "the readable file is in the store");
    }

    @Test
    void bulkIsRefusedForAStoreThatHoldsADatabase(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        assertEquals(0, LoadCommandTest.run("load", "--db", db.toString(), ProjectFiles.sample("no-numbered-items.txt").toString()).status());
        LoadCommandTest.Run again = LoadCommandTest.run("load", "--bulk", "--db", db.toString(), ProjectFiles.samples().toString());
        assertEquals(2, again.status(), again.err());
        assertTrue(again.err().contains("--bulk only fills a new store"), again.err());
    }

    private static String summaryLine(String err) {
        return err.lines().filter(l -> l.startsWith("loaded ")).findFirst().orElse("");
    }

    /** Every quad of the store in DB, load times set to one value. */
    private static DatasetGraph quadsOf(Path db) {
        DatasetGraph copy = DatasetGraphFactory.create();
        try (PlanStore store = PlanStore.open(db)) {
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                boolean loadTime = q.getPredicate().equals(Vocab.PROV_GENERATED_AT_TIME) || q.getPredicate().equals(Vocab.PROV_STARTED_AT_TIME);
                copy.add(loadTime ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), SOME_TIME) : q);
            }));
        }
        return copy;
    }

    /** What text:query finds for SEARCH in the store in DB: each match's subject and literal. */
    private static Set<String> matches(Path db, String search) {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query (\"" + search + "\" 100000) }";
        Set<String> found = new TreeSet<>();
        try (PlanStore store = PlanStore.open(db)) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution exec = QueryExecution.create(query, store.dataset())) {
                    for (ResultSet rows = exec.execSelect(); rows.hasNext(); ) {
                        QuerySolution row = rows.next();
                        found.add(row.get("s") + " " + row.get("lit"));
                    }
                }
            });
        }
        return found;
    }
}
