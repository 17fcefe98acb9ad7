package org.plangraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.plangraph.data.DataFiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.plangraph.link.IriScheme;
import org.plangraph.query.QueryCatalog;
import org.plangraph.store.StoreConfig;
import org.plangraph.store.Summaries;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plangraph server: Fuseki running the dataset of {@code fuseki-config/config.ttl} over a store
 * folder at {@code /plans}, with the named-query API, linked data, the VoID description, the pages
 * for people (home, search, browse, dashboard, query page; every asset served from here) and the
 * public endpoint's protections around it.
 */
public final class PlangraphServer {
    public static final String DATASET = "/plans";
    /** The read-write Graph Store Protocol endpoint under {@link #DATASET}, present with update allowed. */
    public static final String UPLOAD_ENDPOINT = "data";
    static final String CORS_FILE = "cors.properties";
    static final Logger LOG = LoggerFactory.getLogger("org.plangraph.serve.Server");

    private final FusekiServer fuseki;
    private final DatasetGraph dataset;
    private final long timeoutMillis;
    private final boolean updateAllowed;

    private PlangraphServer(FusekiServer fuseki, DatasetGraph dataset, long timeoutMillis, boolean updateAllowed) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.updateAllowed = updateAllowed;
    }

    public static Builder builder() {
        return new Builder();
    }

    public PlangraphServer start() {
        long t0 = System.nanoTime();
        fuseki.start();
        LOG.info("plangraph server on port {}: dataset {}, query timeout {} ms, update {} ({} ms to start)", port(), DATASET,
                timeoutMillis, updateAllowed ? "with credentials" : "off", (System.nanoTime() - t0) / 1_000_000);
        return this;
    }

    public int port() {
        return fuseki.getPort();
    }

    /** The server's root, e.g. {@code http://localhost:3030/}. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** What the server offers, one line each, for a person to open. */
    public List<String> urls() {
        String u = url();
        List<String> lines = new ArrayList<>();
        lines.add(u + "                      home: what is loaded, search box; search, browse/documents, browse/agencies, browse/outline");
        lines.add(u + "dashboard             charts from the named queries");
        lines.add(u + "query                 query page (YASGUI, contract queries as examples)");
        lines.add(u + "plans/sparql          SPARQL 1.1 query (GET/POST), read only; in a browser, the query page or an HTML table");
        lines.add(u + "plans/get?graph=…     Graph Store Protocol, read only");
        if (updateAllowed) {
            lines.add(u + "plans/update          SPARQL update (HTTP Basic, credentials required)");
            lines.add(u + "plans/data?graph=…    Graph Store Protocol, read-write (HTTP Basic): plangraph load --server");
        }
        lines.add(u + "api/queries           named queries (JSON; /api/queries/NAME?param=… runs one, JSON or CSV)");
        lines.add(u + "id/…                  linked data (HTML, Turtle, JSON-LD, N-Triples)");
        lines.add(u + "def                   the ontology; " + u + "def/kind etc. its concept schemes");
        lines.add(u + ".well-known/void      dataset description (VoID/DCAT)");
        lines.add(u + "$/ping                health");
        return lines;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    public void join() {
        fuseki.join();
    }

    /** Stops serving and closes the store, so another process (or server) can open it. */
    public void stop() {
        fuseki.stop();
        dataset.close();
    }

    public static final class Builder {
        private Path store;
        private Path configFile;
        private Path settingsFile;
        private int port = 3030;
        private Long timeoutMillis;
        private Integer maxRows;
        private Integer namedQueryMaxRows;
        private Integer maxIncoming;
        private String base = IriScheme.standard().base();
        private UpdateCredentials update;
        private boolean localhostOnly;

        /** The store folder (DIR/tdb2 and DIR/text). */
        public Builder store(Path dir) {
            this.store = dir;
            return this;
        }

        /** A Fuseki configuration other than fuseki-config/config.ttl. */
        public Builder config(Path file) {
            this.configFile = file;
            return this;
        }

        public Builder settings(Path file) {
            this.settingsFile = file;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Overrides the configuration's arq:queryTimeout. */
        public Builder timeoutMillis(long ms) {
            this.timeoutMillis = ms;
            return this;
        }

        public Builder maxRows(int rows) {
            this.maxRows = rows;
            return this;
        }

        /** Overrides namedQuery.maxRows of the settings: most rows a named query of /api/queries answers (0: no cap). */
        public Builder namedQueryMaxRows(int rows) {
            this.namedQueryMaxRows = rows;
            return this;
        }

        /** Overrides linkedData.maxIncoming of the settings: most triples pointing at a resource that its description lists (0: no cap). */
        public Builder maxIncoming(int triples) {
            this.maxIncoming = triples;
            return this;
        }

        /** The base of the IRIs the store holds; its path (e.g. /id/) is where they dereference. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** Adds /plans/update for this one user; without it there is no update endpoint at all. */
        public Builder allowUpdate(UpdateCredentials credentials) {
            this.update = credentials;
            return this;
        }

        public Builder localhostOnly(boolean only) {
            this.localhostOnly = only;
            return this;
        }

        public PlangraphServer build() {
            if (store == null) {
                throw new IllegalStateException("no store folder");
            }
            ServeSettings settings = ServeSettings.read(settingsFile);
            if (maxRows != null) {
                settings = settings.withMaxRows(maxRows);
            }
            if (namedQueryMaxRows != null) {
                settings = settings.withNamedQueryMaxRows(namedQueryMaxRows);
            }
            if (maxIncoming != null) {
                settings = settings.withMaxIncoming(maxIncoming);
            }
            Model config = StoreConfig.locatedAt(StoreConfig.read(configFile), store);
            long timeout = timeoutMillis != null ? timeoutMillis : configuredTimeout(config);
            setContext(config, "arq:queryTimeout", Long.toString(timeout));

            // The configuration's server section resets ping, CORS and the like: the code's settings come after it.
            FusekiServer.Builder b = FusekiServer.create()
                    .registerOperation(Operation.Query, new QueryGuard(settings.maxRows()))
                    .registerOperation(Operation.Update, new UpdateGuard())
                    .parseConfig(config)
                    .port(port)
                    .loopback(localhostOnly)
                    .enablePing(true)
                    .enableStats(false)
                    .enableCors(true, corsFile().toString());
            DatasetGraph dsg = b.getDataset(DATASET);
            if (dsg == null) {
                throw new IllegalStateException("the configuration serves no dataset at " + DATASET);
            }
            // The server-wide context of config.ttl, repeated where every route to the data reads it.
            Context cxt = dsg.getContext();
            cxt.set(ARQ.queryTimeout, Long.toString(timeout));
            cxt.set(Service.httpServiceAllowed, false);
            InterruptibleRegexRewrite.install(cxt);
            CancellablePaths.install(cxt);
            if (update != null) {
                b.registerOperation(Operation.GSP_RW, new SummarisingGraphStore(new Summaries(new IriScheme(base))));
                b.passwordFile(update.writeJettyPasswordFile().toString())
                        .auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(update.user()))
                        // Where `load --server` PUTs each file's graph: one write transaction per graph.
                        .addEndpoint(DATASET, UPLOAD_ENDPOINT, Operation.GSP_RW, Auth.policyAllowSpecific(update.user()));
            }
            IriMap iris = new IriMap(base);
            // The pages for people run their queries under the same timeout and row cap as anonymous SPARQL.
            PageQueries pageQueries = new PageQueries(dsg, timeout, settings.maxRows());
            LinkedDataServlet linkedData = new LinkedDataServlet(dsg, iris, settings.maxIncoming(), pageQueries);
            // One servlet (and one catalogue, read once) for the list and for each query.
            NamedQueryServlet namedQueries = new NamedQueryServlet(QueryCatalog.standard(), DatasetFactory.wrap(dsg), timeout,
                    settings.namedQueryMaxRows());
            b.addFilter("/*", new RequestLogFilter())
                    .addFilter("/*", new RequestSizeFilter(settings.maxRequestBytes(), settings.maxQueryStringChars(),
                            DATASET + "/" + UPLOAD_ENDPOINT, settings.maxUploadBytes()))
                    .addServlet("/api/queries", namedQueries)
                    .addServlet("/api/queries/*", namedQueries)
                    .addFilter("/*", new BrowserSparqlFilter(DATASET + "/sparql", iris))
                    .addServlet("/.well-known/void", new VoidDescription(dsg, base))
                    .addServlet("/assets/*", new AssetServlet())
                    .addServlet("/query", new QueryPage())
                    .addServlet("/search", new SearchPage(pageQueries, iris))
                    .addServlet("/browse", new BrowsePage(pageQueries, iris))
                    .addServlet("/browse/*", new BrowsePage(pageQueries, iris))
                    .addServlet("/dashboard", new DashboardPage())
                    .addServlet("", new HomePage(pageQueries))
                    .addServlet("/index.html", new HomePage(pageQueries));
            for (IriMap.Mount m : iris.mounts()) {
                String prefix = m.localPrefix().endsWith("/") ? m.localPrefix().substring(0, m.localPrefix().length() - 1) : m.localPrefix();
                b.addServlet(prefix, linkedData);
                b.addServlet(prefix + "/*", linkedData);
            }
            FusekiServer fuseki = b.build();
            limitRequestHeaders(fuseki.getJettyServer(), settings.maxHeaderBytes());
            return new PlangraphServer(fuseki, dsg, timeout, update != null);
        }

        /**
         * Fuseki sets Jetty's request-header limit to 512 KiB and has no setting for it; the connectors
         * exist once the server is built and read their configuration when they start.
         */
        private static void limitRequestHeaders(Server jetty, int bytes) {
            for (Connector connector : jetty.getConnectors()) {
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(bytes);
                }
            }
        }

        /** fuseki-config/cors.properties; Fuseki reads it from disk, so a packaged copy is put in a temporary file. */
        private static Path corsFile() {
            Optional<Path> local = DataFiles.localFolder(StoreConfig.FOLDER).map(d -> d.resolve(CORS_FILE)).filter(Files::isRegularFile);
            if (local.isPresent()) {
                return local.get();
            }
            try (InputStream in = DataFiles.open(StoreConfig.FOLDER, CORS_FILE)) {
                Path tmp = Files.createTempFile("plangraph-cors", ".properties");
                tmp.toFile().deleteOnExit();
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                return tmp;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static long configuredTimeout(Model config) {
            for (Statement s : contextEntries(config, "arq:queryTimeout")) {
                String v = s.getSubject().getProperty(p(config, "cxtValue")).getString().strip();
                // "first,overall" is allowed by ARQ; the overall limit is the one the API honours too.
                return Long.parseLong(v.contains(",") ? v.substring(v.indexOf(',') + 1).strip() : v);
            }
            return 10_000;
        }

        private static void setContext(Model config, String name, String value) {
            for (Statement s : contextEntries(config, "arq:queryTimeout")) {
                s.getSubject().removeAll(p(config, "cxtValue")).addProperty(p(config, "cxtValue"), value);
            }
        }

        private static List<Statement> contextEntries(Model config, String name) {
            return config.listStatements(null, p(config, "cxtName"), name).toList();
        }

        private static Property p(Model m, String local) {
            return m.createProperty(StoreConfig.JA_NS, local);
        }
    }
}
