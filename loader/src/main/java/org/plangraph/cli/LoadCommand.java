package org.plangraph.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.read.SourceRejectedException;
import org.plangraph.serve.UpdateCredentials;
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

    @Mixin
    PipelineOptions options;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write what was read from each file, and what was not understood, as JSON.")
    Path report;

    @Override
    public Integer call() {
        if ((db == null) == (server == null)) {
            throw new ParameterException(spec.commandLine(), "give either --db DIR (a store folder) or --server URL (a running server)");
        }
        if (db != null && credentialsFile != null) {
            throw new ParameterException(spec.commandLine(), "--credentials-file is only for --server");
        }
        Pipeline pipeline = options.pipeline();
        Inputs.Expanded inputs = Inputs.expand(paths);
        RunReport run = new RunReport();
        LoadSummary summary;
        if (server != null) {
            summary = loadIntoServer(pipeline, inputs, run);
        } else {
            try (PlanStore store = PlanStore.open(db)) {
                ReferenceData.refresh(store);
                summary = Loading.loadAll(pipeline, store, inputs, System.err, run);
            }
        }
        if (report != null) {
            run.write(report);
        }
        run.summary().forEach(System.err::println);
        System.err.println(summary.line());
        return summary.failed() == 0 ? 0 : 1;
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

    /** Loads files one transaction each, so a failure loses nothing already loaded. */
    static final class Loading {
        private Loading() {
        }

        static LoadSummary loadAll(Pipeline pipeline, GraphDestination store, Inputs.Expanded inputs, java.io.PrintStream log, RunReport report) {
            LoadSummary summary = new LoadSummary();
            for (Refusal r : inputs.refused()) {
                log.println(r.line());
                report.refused(r);
                summary = summary.failure();
            }
            for (Refusal r : inputs.passedOver()) {
                log.println(r.note());
                report.skipped(r);
            }
            List<Path> files = inputs.files();
            long started = System.nanoTime();
            int n = 0;
            java.util.Map<org.apache.jena.graph.Node, Path> loadedGraphs = new java.util.HashMap<>();
            for (Path file : files) {
                n++;
                try {
                    AlignedFile parsed = pipeline.parse(file);
                    Path earlier = loadedGraphs.putIfAbsent(pipeline.emitter().graphOf(parsed), file);
                    if (earlier != null) {
                        // graphs are keyed by file name, so that re-loading a file replaces its graph
                        Refusal r = new Refusal(file.toString(), "same file name as " + earlier
                                + ", loaded in this run; its graph would replace that one, so it is skipped (rename one of them)");
                        log.println(r.line());
                        report.refused(r);
                        summary = summary.failure();
                        continue;
                    }
                    AtomicLong quads = new AtomicLong();
                    store.replaceGraph(pipeline.emitter().graphOf(parsed), sink -> pipeline.emitter().emit(parsed, OffsetDateTime.now(), counting(sink, quads)));
                    int measures = parsed.documents().stream().mapToInt(d -> d.measures().size()).sum();
                    summary = summary.plus(parsed.documents().size(), measures, quads.get());
                    report.loaded(parsed);
                    if (files.size() > 1 && (n % 50 == 0 || n == files.size() || System.nanoTime() - started > 5_000_000_000L && n % 10 == 0)) {
                        log.printf("[%d/%d] %s%n", n, files.size(), file.getFileName());
                    }
                    if (parsed.documents().stream().allMatch(d -> d.provisions().isEmpty())) {
                        log.println("plangraph: " + file.getFileName() + ": note: no numbered items; loaded as a document without measures");
                    }
                    for (Document d : parsed.documents()) {
                        if (d.jurisdiction() == null) {
                            log.println("plangraph: " + file.getFileName() + ": note: no jurisdiction recognised for " + d.title());
                        }
                    }
                } catch (ServerGraphStore.Unavailable e) {
                    throw e;
                } catch (SourceRejectedException e) {
                    log.println(Refusal.of(e).line());
                    report.refused(Refusal.of(e));
                    summary = summary.failure();
                } catch (RuntimeException e) {
                    Refusal r = new Refusal(String.valueOf(file.getFileName()), "cannot load: " + Main.oneLine(e));
                    log.println(r.line());
                    report.refused(r);
                    if (Boolean.getBoolean("plangraph.debug")) {
                        e.printStackTrace(log);
                    }
                    summary = summary.failure();
                }
            }
            return summary;
        }

        private static StreamRDF counting(StreamRDF sink, AtomicLong count) {
            return new StreamRDFWrapper(sink) {
                @Override
                public void quad(Quad quad) {
                    count.incrementAndGet();
                    super.quad(quad);
                }
            };
        }
    }

    /** What a load did. */
    record LoadSummary(int files, int documents, int measures, long triples, int failed) {
        LoadSummary() {
            this(0, 0, 0, 0, 0);
        }

        LoadSummary plus(int docs, int ms, long ts) {
            return new LoadSummary(files + 1, documents + docs, measures + ms, triples + ts, failed);
        }

        LoadSummary failure() {
            return new LoadSummary(files, documents, measures, triples, failed + 1);
        }

        String line() {
            return String.format("loaded %d file%s: %d documents, %d measures, %d triples%s", files, files == 1 ? "" : "s",
                    documents, measures, triples, failed == 0 ? "" : "; " + failed + " file" + (failed == 1 ? "" : "s") + " failed");
        }
    }
}
