package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryRunner;

/**
 * QueryRunner writes a named query's rows while the read transaction is open (straight from the
 * engine's result set, with no copy of the answer), and a row cap lowers the query's LIMIT.
 */
class NamedQueryResultsStreamInsideTheReadTransactionTest {
    static final NamedQuery ALL = NamedQuery.parse("all", "# title: All\n# param: p (iri, optional) — a predicate\nSELECT ?s WHERE { ?s ?_p ?o } ORDER BY ?s\n");
    static final NamedQuery TWO = NamedQuery.parse("two", "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 2\n");

    private static Dataset tenSubjects() {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < 10; i++) {
                ds.asDatasetGraph().add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                        NodeFactory.createLiteralString("o" + i));
            }
        });
        return ds;
    }

    /** Fails any write made outside a transaction on DS. */
    private static final class InsideTransactionOnly extends OutputStream {
        final Dataset ds;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean wroteOutside;

        InsideTransactionOnly(Dataset ds) {
            this.ds = ds;
        }

        @Override
        public void write(int b) {
            wroteOutside |= !ds.isInTransaction();
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            wroteOutside |= !ds.isInTransaction();
            bytes.write(b, off, len);
        }
    }

    @Test
    void everyFormatIsWrittenWhileTheTransactionIsOpen() {
        Dataset ds = tenSubjects();
        for (QueryRunner.Format f : QueryRunner.Format.values()) {
            InsideTransactionOnly out = new InsideTransactionOnly(ds);
            new QueryRunner(ds).run(ALL, Map.of(), f, out);
            assertFalse(out.wroteOutside, f + " written after the transaction");
            assertTrue(out.bytes.toString(StandardCharsets.UTF_8).contains("urn:x:s9"), f + ": " + out.bytes);
        }
    }

    @Test
    void aCapLowersTheLimitAndSaysSo() {
        Dataset ds = tenSubjects();
        QueryRunner runner = new QueryRunner(ds);
        QueryRunner.Prepared capped = runner.prepare(ALL, QueryRunner.bind(ALL, Map.of()), 4);
        assertTrue(capped.capped());
        assertEquals(4, capped.limit());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        capped.write(QueryRunner.Format.CSV, csv);
        assertEquals(1 + 4, csv.toString(StandardCharsets.UTF_8).strip().lines().count(), csv.toString(StandardCharsets.UTF_8));

        QueryRunner.Prepared ownLimit = runner.prepare(TWO, Map.of(), 4);
        assertFalse(ownLimit.capped(), "a query's own smaller LIMIT stands");
        assertEquals(2, ownLimit.select().size());

        QueryRunner.Prepared uncapped = runner.prepare(ALL, Map.of(), 0);
        assertFalse(uncapped.capped());
        assertEquals(10, uncapped.select().size());
    }

    @Test
    void parametersAreStillBoundAsTerms() {
        Dataset ds = tenSubjects();
        QueryRunner runner = new QueryRunner(ds);
        assertEquals(10, runner.select(ALL, QueryRunner.bind(ALL, Map.of("p", "urn:x:p"))).size());
        assertEquals(0, runner.select(ALL, QueryRunner.bind(ALL, Map.of("p", "urn:x:other"))).size());
    }
}
