package org.plangraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.plangraph.data.DataFiles;
import org.plangraph.link.IriScheme;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.serve.PlangraphServer;
import org.plangraph.serve.UpdateCredentials;
import org.plangraph.store.PlanStore;
import org.plangraph.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", description = {
        "Serve a store over HTTP: SPARQL (read only), named-query API, linked data, full-text search.",
        "Without --db: a temporary store loaded with samples/ and any PATH given, gone when the server stops."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "The store to serve (made by plangraph load); PATHs given are loaded into it first.")
    Path db;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: fuseki-config/config.ttl); its locations are replaced by the store's.")
    Path config;

    @Option(names = "--settings", paramLabel = "FILE", description = "Limits (default: fuseki-config/server.properties).")
    Path settings;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query time limit (default: the configuration's arq:queryTimeout, 10 s).")
    Double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows an anonymous query gets (default: query.maxRows of the settings).")
    Integer maxRows;

    @Option(names = "--allow-update", description = "Add /plans/update, for one user with a password (see --credentials-file).")
    boolean allowUpdate;

    @Option(names = "--credentials-file", paramLabel = "FILE", description = "File holding user:password for --allow-update (else $" + UpdateCredentials.ENV + ").")
    Path credentialsFile;

    @Option(names = "--base", description = "Base IRI of the store's resources (default: http://localhost:PORT/id/ for the embedded store, else $PLANGRAPH_BASE or http://localhost:3030/id/).")
    String base;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents or folders to load before serving.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        UpdateCredentials credentials = null;
        if (allowUpdate) {
            credentials = credentialsFile != null ? UpdateCredentials.fromFile(credentialsFile) : UpdateCredentials.fromEnvironment();
            if (credentials == null) {
                throw new IllegalArgumentException("--allow-update needs credentials: --credentials-file FILE (user:password) or $" + UpdateCredentials.ENV);
            }
        } else if (credentialsFile != null) {
            throw new IllegalArgumentException("--credentials-file is only for --allow-update");
        }
        boolean embedded = db == null;
        Path store = embedded ? Files.createTempDirectory("plangraph-serve") : db;
        String iriBase = base != null ? base
                : embedded && System.getenv("PLANGRAPH_BASE") == null && System.getProperty("plangraph.base") == null && port != 0
                ? "http://localhost:" + port + "/id/" : IriScheme.standard().base();
        List<Path> toLoad = new ArrayList<>();
        if (embedded) {
            Optional<Path> samples = DataFiles.localFolder("samples");
            if (samples.isPresent()) {
                toLoad.add(samples.get());
            } else {
                System.err.println("plangraph: no samples/ folder beside the program; serving only what PATHs give");
            }
        } else if (!Files.isDirectory(db) && paths.isEmpty()) {
            throw new IllegalArgumentException("no store at " + db + "; load one with: plangraph load --db " + db + " PATH…");
        } else if (!PlanStore.isStore(db) && paths.isEmpty()) {
            // Opening it would make an empty store in a folder of something else, and serve nothing.
            throw new IllegalArgumentException(db + " is not a plangraph store (it has no tdb2/ folder): make one with ./plangraph load --db "
                    + db + " PATH…");
        }
        toLoad.addAll(paths);
        PlangraphServer server;
        try {
            if (!toLoad.isEmpty()) {
                load(store, iriBase, toLoad);
            }
            server = configure(PlangraphServer.builder().store(store).base(iriBase), credentials).build().start();
        } catch (RuntimeException e) {
            if (embedded) {
                deleteTree(store);
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (embedded) {
                deleteTree(store);
            }
            System.err.println("plangraph: server stopped");
        }, "plangraph-shutdown"));
        System.out.println("plangraph serving " + (embedded ? "a temporary store with samples/" : store) + (paths.isEmpty() ? "" : " and " + paths.size() + " PATH(s)")
                + " — resources under " + iriBase + " — Ctrl-C stops");
        server.urls().forEach(u -> System.out.println("  " + u));
        System.out.flush();
        server.join();
        return 0;
    }

    private PlangraphServer.Builder configure(PlangraphServer.Builder builder, UpdateCredentials credentials) {
        builder.port(port).config(config).settings(settings).localhostOnly(localhost);
        if (timeoutSeconds != null) {
            builder.timeoutMillis(Math.round(timeoutSeconds * 1000));
        }
        if (maxRows != null) {
            builder.maxRows(maxRows);
        }
        if (credentials != null) {
            builder.allowUpdate(credentials);
        }
        return builder;
    }

    private static void load(Path store, String iriBase, List<Path> paths) {
        Pipeline pipeline = Pipeline.builder().baseIri(iriBase).build();
        try (PlanStore planStore = PlanStore.open(store)) {
            ReferenceData.refresh(planStore);
            LoadCommand.LoadSummary summary = LoadCommand.Loading.loadAll(pipeline, planStore, Inputs.expand(paths), System.err, new RunReport());
            System.err.println("plangraph: " + summary.line());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
