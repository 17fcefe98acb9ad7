package org.plangraph.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.plangraph.model.Document;
import org.plangraph.model.AlignedFile;
import org.plangraph.pipeline.FileQuads;
import org.plangraph.pipeline.ParallelFiles;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.read.SourceRejectedException;
import org.plangraph.serve.UpdateCredentials;
import org.plangraph.store.BulkLoad;
import org.plangraph.store.GraphDestination;
import org.plangraph.store.PlanStore;
import org.plangraph.store.ServerGraphStore;
import org.plangraph.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = {"Load documents into a TDB2 store, one named graph per file; re-loading a file replaces its graph.",
        "With --server, into the store a running server holds (started with --allow-update), one PUT per file."})
final class LoadCommand implements Callable<Integer> {
    /**
     * A load that made this many commits is compacted after it. TDB2 keeps the blocks every
     * transaction superseded, and each batch rewrites most index blocks it touches: measured on 1,000
     * generated files (4 commits) the store was about 1.3 times the size Jena's bulk loader makes, and
     * compacting took as long again as the load (bench/README.md), so a few commits are left as they
     * are and a long load, whose superseded blocks add up batch after batch, is compacted.
     */
    static final int COMPACT_AFTER_COMMITS = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 store (created if absent).")
    Path db;

    @Option(names = "--server", paramLabel = "URL", description = "A running server to load into instead (e.g. http://localhost:3030), started with --allow-update.")
    String server;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "File holding user:password for --server, those of the server's --allow-update (else $" + UpdateCredentials.ENV + ").")
    Path credentialsFile;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files or folders of them.")
    List<Path> paths;

    @Option(names = "--batch-files", paramLabel = "N", defaultValue = "" + Loading.BATCH_FILES,
            description = "Most files written in one transaction (default: ${DEFAULT-VALUE}; a batch also ends at " + Loading.BATCH_QUADS
                    + " quads). A load killed part-way keeps every batch it reported committed.")
    int batchFiles;

    @Option(names = "--bulk", negatable = true, description = {
            "Fill a new store with TDB2's bulk loader instead of transactions: it writes each index block once, so no compaction follows. "
                    + "Taken by itself when the store is new (no database, or one without any loaded file) and the load has " + Loading.BULK_FILES
                    + " files or more; --bulk takes it for fewer, --no-bulk never. The store is built in DIR/" + BulkLoad.STAGING
                    + "/ and moved into place at the end: a bulk load killed part-way leaves the store as it was (and loads nothing)."})
    Boolean bulk;

    @Option(names = "--compact", description = "Compact the store after the load whatever its length (a load of "
            + COMPACT_AFTER_COMMITS + " transactions or more always is); see the compact command.")
    boolean compact;

    @Mixin
    PipelineOptions options;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write what was read from each file, and what was not understood, as JSON.")
    Path report;

    @Override
    public Integer call() {
        if ((db == null) == (server == null)) {
            throw new ParameterException(spec.commandLine(), "give either --db DIR (a store folder) or --server URL (a running server)");
        }
        if (server != null && bulk != null) {
            throw new ParameterException(spec.commandLine(), "--bulk and --no-bulk are for --db: a server's store is loaded one file at a time");
        }
        if (db != null && credentialsFile != null) {
            throw new ParameterException(spec.commandLine(), "--credentials-file is only for --server");
        }
        if (batchFiles < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-files must be at least 1, not " + batchFiles);
        }
        Pipeline pipeline = options.pipeline();
        Inputs.Expanded inputs = Inputs.expand(paths);
        RunReport run = new RunReport();
        LoadSummary summary;
        if (server != null) {
            summary = loadIntoServer(pipeline, inputs, run);
        } else {
            BulkLoad.clearLeftover(db, System.err);
            summary = takesBulkPath(inputs) ? bulkLoad(pipeline, inputs, run) : loadInTransactions(pipeline, inputs, run);
        }
        if (report != null) {
            run.write(report);
        }
        run.summary().forEach(System.err::println);
        System.err.println(summary.line());
        return summary.failed() == 0 ? 0 : 1;
    }

    private LoadSummary loadInTransactions(Pipeline pipeline, Inputs.Expanded inputs, RunReport run) {
        try (PlanStore store = PlanStore.open(db, options.iris())) {
            ReferenceData.refresh(store);
            LoadSummary summary = Loading.loadAll(pipeline, store, inputs, System.err, run, batchFiles);
            if (compact || summary.commits() >= COMPACT_AFTER_COMMITS) {
                CompactCommand.compact(store, db, System.err);
            }
            return summary;
        }
    }

    /** Reference data, text index and all are built by the bulk path; it writes each block once, so there is nothing to compact. */
    private LoadSummary bulkLoad(Pipeline pipeline, Inputs.Expanded inputs, RunReport run) {
        LoadSummary summary = Loading.bulkLoadAll(pipeline, db, options.iris(), inputs, System.err, run);
        if (compact) {
            try (PlanStore store = PlanStore.open(db, options.iris())) {
                CompactCommand.compact(store, db, System.err);
            }
        }
        return summary;
    }

    /** Whether this load fills the store with TDB2's bulk loader (see --bulk). */
    private boolean takesBulkPath(Inputs.Expanded inputs) {
        if (Boolean.FALSE.equals(bulk) || bulk == null && inputs.files().size() < Loading.BULK_FILES) {
            return false; // without opening the store to ask whether it is new
        }
        boolean fresh = BulkLoad.isNew(db);
        if (Boolean.TRUE.equals(bulk) && !fresh) {
            throw new ParameterException(spec.commandLine(), "--bulk only fills a new store, and " + db
                    + " already holds loaded files: leave --bulk out to load into it in transactions");
        }
        return fresh;
    }

    private LoadSummary loadIntoServer(Pipeline pipeline, Inputs.Expanded inputs, RunReport run) {
        if (!server.matches("https?://[^/\\s]+/?")) {
            throw new ParameterException(spec.commandLine(), "--server takes the server's root URL, e.g. http://localhost:3030, not " + server);
        }
        UpdateCredentials credentials = credentialsFile != null ? UpdateCredentials.fromFile(credentialsFile) : UpdateCredentials.fromEnvironment();
        if (credentials == null) {
            throw new IllegalArgumentException("--server needs the credentials of the server's --allow-update: --credentials-file FILE (user:password) or $"
                    + UpdateCredentials.ENV);
        }
        ServerGraphStore store = new ServerGraphStore(server, credentials.user(), credentials.password());
        // The reference graphs go first: a wrong password or a server without updates stops the load here, once.
        ReferenceData.refresh(store);
        return Loading.loadAll(pipeline, store, inputs, System.err, run);
    }

    /**
     * Loads files in batches: the pipeline runs on all cores, and the graphs of up to
     * {@link #BATCH_FILES} files (or {@link #BATCH_QUADS} quads) go to the store in one transaction —
     * one TDB2 commit and one text-index commit instead of one each per file, which is where a load of
     * many files spent its time and its disk. A file is reported loaded only once its batch is
     * committed, so a load killed part-way keeps every file it reported. A batch that fails is retried
     * file by file, so one bad file costs only itself.
     *
     * <p>A new store and a load of {@link #BULK_FILES} files or more go through TDB2's bulk loader
     * instead ({@link #bulkLoadAll}): two batches' worth, below which a load is one or two
     * transactions whose superseded blocks cost little; at 1,000 files the bulk path was measured
     * faster and writing less (bench/README.md).
     */
    static final class Loading {
        static final int BATCH_FILES = 500;
        static final int BATCH_QUADS = 500_000;
        static final int BULK_FILES = 2 * BATCH_FILES;

        private Loading() {
        }

        static LoadSummary loadAll(Pipeline pipeline, GraphDestination store, Inputs.Expanded inputs, java.io.PrintStream log, RunReport report) {
            return loadAll(pipeline, store, inputs, log, report, BATCH_FILES);
        }

        static LoadSummary loadAll(Pipeline pipeline, GraphDestination store, Inputs.Expanded inputs, java.io.PrintStream log, RunReport report,
                int batchFiles) {
            Progress progress = new Progress(log, report, inputs.files().size());
            List<FileQuads> batch = new java.util.ArrayList<>();
            long[] batchQuads = {0};
            eachFile(pipeline, inputs, progress, file -> {
                batch.add(file);
                batchQuads[0] += file.quads().size();
                if (batch.size() >= batchFiles || batchQuads[0] >= BATCH_QUADS) {
                    write(store, batch, progress);
                    batch.clear();
                    batchQuads[0] = 0;
                }
            });
            write(store, batch, progress);
            return progress.summary;
        }

        /**
         * Streams every file's quads into TDB2's bulk loader for the new store in DB while the pipeline
         * makes the next ones. Files are reported loaded only once the store is in place.
         */
        static LoadSummary bulkLoadAll(Pipeline pipeline, Path db, org.plangraph.link.IriScheme iris, Inputs.Expanded inputs, java.io.PrintStream log, RunReport report) {
            Progress progress = new Progress(log, report, inputs.files().size());
            List<Progress.Read> read = new java.util.ArrayList<>();
            try (BulkLoad bulk = BulkLoad.begin(db, iris)) {
                eachFile(pipeline, inputs, progress, file -> {
                    bulk.add(file.quads());
                    read.add(progress.read(file));
                    progress.streamed(file, read.size());
                });
                bulk.finish(log);
            }
            read.forEach(progress::loaded);
            progress.inPlace();
            return progress.summary;
        }

        /** Runs the pipeline over the files on all cores and hands each one made to WRITE, in order; says what failed. */
        private static void eachFile(Pipeline pipeline, Inputs.Expanded inputs, Progress progress, java.util.function.Consumer<FileQuads> write) {
            for (Refusal r : inputs.refused()) {
                progress.refused(r);
            }
            for (Refusal r : inputs.passedOver()) {
                progress.passedOver(r);
            }
            OffsetDateTime loadedAt = OffsetDateTime.now();
            java.util.Map<org.apache.jena.graph.Node, Path> loadedGraphs = new java.util.HashMap<>();
            try (ParallelFiles<FileQuads> made = new ParallelFiles<>(inputs.files(), 0, file -> FileQuads.of(pipeline, file, loadedAt))) {
                while (made.hasNext()) {
                    ParallelFiles.Outcome<FileQuads> outcome = made.next();
                    if (outcome.failure() != null) {
                        progress.failed(outcome.file(), outcome.failure());
                        continue;
                    }
                    FileQuads file = outcome.result();
                    Path earlier = loadedGraphs.putIfAbsent(file.graph(), file.file());
                    if (earlier != null) {
                        // graphs are keyed by file name, so that re-loading a file replaces its graph
                        progress.refused(new Refusal(file.file().toString(), "same file name as " + earlier
                                + ", loaded in this run; its graph would replace that one, so it is skipped (rename one of them)"));
                        continue;
                    }
                    write.accept(file);
                }
            }
        }

        private static void write(GraphDestination store, List<FileQuads> batch, Progress progress) {
            if (batch.isEmpty()) {
                return;
            }
            try {
                store.replaceGraphs(batch.stream().map(Loading::graphWrite).toList());
                batch.forEach(progress::loaded);
                progress.committed(batch.get(batch.size() - 1));
            } catch (ServerGraphStore.Unavailable e) {
                throw e;
            } catch (RuntimeException e) {
                if (batch.size() == 1) {
                    progress.failed(batch.get(0).file(), e);
                    return;
                }
                // Nothing of the batch was written: find the file at fault by writing them one at a time.
                for (FileQuads file : batch) {
                    write(store, List.of(file), progress);
                }
            }
        }

        private static GraphDestination.GraphWrite graphWrite(FileQuads file) {
            return new GraphDestination.GraphWrite(file.graph(), sink -> file.quads().forEach(sink::quad));
        }
    }

    /** What the load tells its user as it goes: one line per failure, progress, notes, the summary. */
    private static final class Progress {
        private final java.io.PrintStream log;
        private final RunReport report;
        private final int files;
        private final long started = System.nanoTime();
        private int done;
        private LoadSummary summary = new LoadSummary();

        Progress(java.io.PrintStream log, RunReport report, int files) {
            this.log = log;
            this.report = report;
            this.files = files;
        }

        void passedOver(Refusal r) {
            log.println(r.note());
            report.skipped(r);
        }

        void refused(Refusal r) {
            log.println(r.line());
            report.refused(r);
            summary = summary.failure();
        }

        void failed(Path file, Exception e) {
            done++;
            if (e instanceof SourceRejectedException rejected) {
                refused(Refusal.of(rejected));
                return;
            }
            refused(new Refusal(String.valueOf(file.getFileName()), "cannot load: " + Main.oneLine(e)));
            if (Boolean.getBoolean("plangraph.debug")) {
                e.printStackTrace(log);
            }
        }

        /** After each commit: every file up to and including LAST is in the store, whatever happens next. */
        void committed(FileQuads last) {
            summary = summary.commit();
            if (files > 1) {
                log.printf("[%d/%d] committed, up to %s (%.0f s)%n", done, files, last.file().getFileName(), seconds());
            }
        }

        /** What a file gave, kept (without its quads) until the file is reported loaded. */
        record Read(int documents, int measures, long quads, List<String> notes) {
        }

        /** Records what FILE was read as, for the report; the file is not loaded yet. */
        Read read(FileQuads file) {
            AlignedFile parsed = file.parsed();
            report.loaded(parsed);
            int measures = parsed.documents().stream().mapToInt(d -> d.measures().size()).sum();
            List<String> notes = new java.util.ArrayList<>();
            if (parsed.documents().stream().allMatch(d -> d.provisions().isEmpty())) {
                notes.add("plangraph: " + file.file().getFileName() + ": note: no numbered items; loaded as a document without measures");
            }
            for (Document d : parsed.documents()) {
                if (d.jurisdiction() == null) {
                    notes.add("plangraph: " + file.file().getFileName() + ": note: no jurisdiction recognised for " + d.title());
                }
            }
            return new Read(parsed.documents().size(), measures, file.quads().size(), notes);
        }

        void loaded(FileQuads file) {
            loaded(read(file));
        }

        void loaded(Read file) {
            done++;
            summary = summary.plus(file.documents(), file.measures(), file.quads());
            file.notes().forEach(log::println);
        }

        /** After the bulk loader took a file's quads: nothing is in the store until {@link #inPlace}. */
        void streamed(FileQuads file, int count) {
            if (count % Loading.BATCH_FILES == 0) {
                log.printf("[%d/%d] read into the bulk loader, up to %s (%.0f s)%n", count, files, file.file().getFileName(), seconds());
            }
        }

        /** After a bulk load: the store, with every file read, is in place. */
        void inPlace() {
            summary = summary.commit();
            log.printf("[%d/%d] bulk load in place (%.0f s)%n", done, files, seconds());
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** What a load did. */
    record LoadSummary(int files, int documents, int measures, long triples, int failed, int commits) {
        LoadSummary() {
            this(0, 0, 0, 0, 0, 0);
        }

        LoadSummary plus(int docs, int ms, long ts) {
            return new LoadSummary(files + 1, documents + docs, measures + ms, triples + ts, failed, commits);
        }

        LoadSummary failure() {
            return new LoadSummary(files, documents, measures, triples, failed + 1, commits);
        }

        LoadSummary commit() {
            return new LoadSummary(files, documents, measures, triples, failed, commits + 1);
        }

        String line() {
            return String.format("loaded %d file%s: %d documents, %d measures, %d triples%s", files, files == 1 ? "" : "s",
                    documents, measures, triples, failed == 0 ? "" : "; " + failed + " file" + (failed == 1 ? "" : "s") + " failed");
        }
    }
}
