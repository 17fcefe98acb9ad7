package org.plangraph.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.plangraph.link.IriScheme;

/**
 * Fills a new store with TDB2's own bulk loader instead of write transactions: the loader writes each
 * index block once, where a transaction per batch rewrites the blocks it touches and keeps the old
 * ones until a compaction. Everything is built in a staging store, {@code DIR/loading/} (its own
 * {@code tdb2/} and {@code text/}), and moved into place only when the database, its text index and
 * its reference data are complete: a load killed part-way leaves the store as it was, and the next
 * load deletes the staging folder.
 *
 * <p>Quads are pushed into {@link #add} from one thread while the loader's own threads build the
 * indexes; nothing is kept in memory beyond what the loader holds in flight.
 */
public final class BulkLoad implements AutoCloseable {
    /** The staging store inside a store folder. */
    public static final String STAGING = "loading";

    /**
     * System property naming TDB2's file mode for a bulk load, "mapped" or "direct"; measured, mapped
     * is the default (bench/README.md). Takes effect only if TDB2 has not been used yet in this JVM.
     */
    public static final String FILE_MODE_PROPERTY = "plangraph.bulk.fileMode";

    /**
     * System property naming Jena's loader, "parallel" (the default: every index built at once, as
     * {@code tdb2.tdbloader --loader=parallel}) or "phased" (the primary indexes first, then the others
     * from them: fewer threads beside the pipeline). For measuring (bench/README.md).
     */
    public static final String LOADER_PROPERTY = "plangraph.bulk.loader";

    private final Path store;
    private final Path staging;
    private final IriScheme iris;
    private final DatasetGraph database;
    private final DataLoader loader;
    private final StreamRDF input;
    private boolean loaderFinished;
    private DatasetGraph reopened;
    private boolean inPlace;

    private BulkLoad(Path store, IriScheme iris) {
        this.iris = iris;
        this.store = store.toAbsolutePath().normalize();
        this.staging = this.store.resolve(STAGING);
        try {
            Files.createDirectories(staging.resolve("tdb2"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + staging, e);
        }
        chooseFileMode();
        this.database = DatabaseMgr.connectDatasetGraph(stagingDatabase());
        // Jena's progress lines are for its own command; the load reports progress by file.
        MonitorOutput quiet = (format, args) -> {
        };
        this.loader = "phased".equals(System.getProperty(LOADER_PROPERTY)) ? LoaderFactory.phasedLoader(database, quiet)
                : LoaderFactory.parallelLoader(database, quiet);
        loader.startBulk();
        this.input = loader.stream();
        input.start();
        // The reference graphs go in with the files: indexed, tallied and counted like them, with no
        // write transaction (and text-index commit) of their own afterwards.
        // A parser starts and finishes what it writes into: here that would end the loader's input.
        StreamRDF intoTheLoader = new org.apache.jena.riot.system.StreamRDFWrapper(input) {
            @Override
            public void start() {
            }

            @Override
            public void finish() {
            }
        };
        ReferenceData.refresh((graph, writer) -> writer.accept(intoTheLoader));
    }

    /**
     * Starts a bulk load into the store folder STORE, which must hold no database yet
     * ({@link #isNew}); a staging folder left by a killed load must have been cleared
     * ({@link #clearLeftover}). The summary graph's IRIs are minted under IRIS's base.
     */
    public static BulkLoad begin(Path store, IriScheme iris) {
        if (!isNew(store)) {
            throw new IllegalArgumentException(store + " already holds loaded files: a bulk load only fills a new store");
        }
        if (Files.exists(store.resolve(STAGING))) {
            throw new IllegalStateException(store.resolve(STAGING) + " is left from another load: clear it first");
        }
        return new BulkLoad(store, iris);
    }

    /**
     * Whether STORE (a folder, absent or not) is new: it holds no TDB2 database yet, or one without a
     * loaded file's graph (a store opened but never loaded into, or whose loads all failed, holds at
     * most the reference data and an empty summary, which a bulk load writes anew).
     */
    public static boolean isNew(Path store) {
        if (!Files.isDirectory(store)) {
            return true;
        }
        if (PlanStore.isBareTdb2(store)) {
            return false; // a store of the layout before the text index: its database is the folder itself
        }
        Path tdb2 = store.toAbsolutePath().normalize().resolve("tdb2");
        if (!PlanStore.isBareTdb2(tdb2)) {
            return true;
        }
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        try {
            Set<String> reference = ReferenceData.FILES.stream().map(ReferenceData.Entry::graph).collect(Collectors.toSet());
            return Txn.calculateRead(database, () -> {
                for (Iterator<Node> graphs = database.listGraphNodes(); graphs.hasNext(); ) {
                    Node graph = graphs.next();
                    if (!reference.contains(graph.getURI()) && !Summaries.isSummaryGraph(database, graph)) {
                        return false;
                    }
                }
                return true;
            });
        } finally {
            // the bulk path replaces it, the batched path opens it again through the text dataset
            release(database, false);
        }
    }

    /**
     * Deletes a staging folder a killed bulk load left in STORE, saying so on LOG in one line. Nothing
     * of it was in place, so nothing of the store is lost. A text index in a store without a database
     * can only be the half-moved one of that load, and goes too.
     */
    public static void clearLeftover(Path store, PrintStream log) {
        Path staging = store.resolve(STAGING);
        if (!Files.exists(staging)) {
            return;
        }
        log.println("plangraph: note: " + staging + " is left from a bulk load that did not finish; deleting it");
        deleteTree(staging);
        if (isNew(store) && Files.isDirectory(store.resolve("text"))) {
            deleteTree(store.resolve("text"));
        }
    }

    /** One file's quads, in their graph. */
    public void add(List<Quad> quads) {
        quads.forEach(input::quad);
    }

    /**
     * Ends the bulk load, then opens the staging store to build what a transaction would have kept up
     * to date ({@link #afterBulkLoad}) and moves it into place. Only then is anything in the store.
     */
    public void finish(PrintStream log) {
        long started = System.nanoTime();
        input.finish();
        loader.finishBulk();
        loaderFinished = true;
        release(database, false);
        log.printf("plangraph: bulk load: the database's indexes are written (%.0f s); building the text index and the summary%n", seconds(started));
        try (PlanStore built = PlanStore.open(staging, iris)) {
            reopened = built.dataset().asDatasetGraph();
            afterBulkLoad(built, log);
        }
        // Its files are about to move: no cached connection or file lock may stay on them.
        release(reopened, false);
        reopened = null;
        moveIntoPlace();
        inPlace = true;
    }

    /**
     * What a store needs beyond its quads once the bulk loader has written them, built from those
     * quads (the reference graphs' among them): the text index and the summary graph, each in one
     * pass over the store.
     */
    private static void afterBulkLoad(PlanStore store, PrintStream log) {
        // Each is one pass on one core: side by side they take the two passes' longer, not their sum.
        long started = System.nanoTime();
        java.util.concurrent.CompletableFuture<Void> summary = java.util.concurrent.CompletableFuture.runAsync(() -> {
            store.rebuildSummary();
            log.printf("plangraph: bulk load: summary graph built (%.0f s)%n", seconds(started));
        });
        try {
            long entries = TextIndexBuild.fromData(store);
            log.printf("plangraph: bulk load: text index built, %d entries (%.0f s)%n", entries, seconds(started));
        } finally {
            try {
                summary.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * The text index goes first and the database last: a store folder without a database is a new
     * store whatever else it holds, so until the last move the store is as it was.
     */
    private void moveIntoPlace() {
        try {
            replaceEmpty(staging.resolve("text"), store.resolve("text"));
            replaceEmpty(staging.resolve("tdb2"), store.resolve("tdb2"));
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the loaded store from " + staging + " into " + store, e);
        }
    }

    private static void replaceEmpty(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            deleteTree(to); // a new store's: empty, or holding no loaded file (isNew)
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Unless {@link #finish} put the store in place: abandons the load and deletes the staging store. */
    @Override
    public void close() {
        if (inPlace) {
            return;
        }
        try {
            if (!loaderFinished) {
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            }
        } finally {
            release(database, true);
            if (reopened != null) {
                release(reopened, true);
            }
            deleteTree(staging);
        }
    }

    private String stagingDatabase() {
        return staging.resolve("tdb2").toString();
    }

    /**
     * Drops TDB2's cached connections to the database behind DSG (the container's and its storage's),
     * which closes its files and releases its file locks: closing a dataset keeps both.
     */
    private static void release(DatasetGraph dsg, boolean force) {
        TDBInternal.expel(PlanStore.tdb2Behind(dsg), force);
    }

    private static void chooseFileMode() {
        String mode = System.getProperty(FILE_MODE_PROPERTY);
        if (mode != null) {
            SystemTDB.setFileMode(FileMode.valueOf(mode));
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
