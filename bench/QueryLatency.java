import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.plangraph.cli.Main;
import org.plangraph.data.DataFiles;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryCatalog;
import org.plangraph.serve.PlangraphServer;

/**
 * Latency of each named (contract) query through the HTTP API, over the seed documents and over a
 * 10x enlargement of them made here in a temporary folder: nine extra copies whose file names and
 * prefecture-level place names are rewritten, so that their IRIs (documents, areas, agencies) differ.
 * Nothing is written outside the temporary folder. Run by bench/run-query-latency.sh.
 */
public final class QueryLatency {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--store")) {
            Configurator.setLevel("org.plangraph.serve", Level.WARN);
            overStore(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 20, args.length > 3 ? args[3] : args[1]);
            return;
        }
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Configurator.setLevel("org.plangraph.serve", Level.WARN);
        Path work = Files.createTempDirectory("plangraph-bench");
        try {
            Path one = work.resolve("x1");
            Path ten = work.resolve("x10");
            Files.createDirectories(one);
            Files.createDirectories(ten);
            List<String> places = prefectures();
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] raw = Files.readAllBytes(f);
                    Files.write(one.resolve(f.getFileName()), raw);
                    Files.write(ten.resolve(f.getFileName()), raw);
                    String text = new String(raw, StandardCharsets.UTF_8);
                    for (int k = 1; k <= 9; k++) {
                        Files.writeString(ten.resolve("copy" + k + "_" + f.getFileName()), movePlaces(text, places, k), StandardCharsets.UTF_8);
                    }
                }
            }
            System.out.println("| data | query | rows | median ms | p95 ms |");
            System.out.println("|---|---|---:|---:|---:|");
            for (Path corpus : List.of(one, ten)) {
                run(corpus, work.resolve("db-" + corpus.getFileName()), rounds);
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(Path corpus, Path db, int rounds) throws Exception {
        long files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.count();
        }
        long t0 = System.nanoTime();
        if (Main.execute("load", "--db", db.toString(), corpus.toString()) != 0) {
            System.err.println("bench: some files failed to load (see above); measuring what loaded");
        }
        System.err.printf("bench: loaded %d files in %.1f s%n", files, (System.nanoTime() - t0) / 1e9);
        PlangraphServer server = PlangraphServer.builder().store(db).port(0).build().start();
        // A request log line per timed request would swamp the table.
        Configurator.setLevel("org.plangraph.serve.Requests", Level.WARN);
        try {
            java.util.Properties examples = new java.util.Properties();
            try (var in = Files.newBufferedReader(Path.of("bench/query-parameters.properties"), StandardCharsets.UTF_8)) {
                examples.load(in);
            }
            for (NamedQuery q : QueryCatalog.standard().all()) {
                StringBuilder query = new StringBuilder();
                for (NamedQuery.Parameter p : q.parameters()) {
                    String value = examples.getProperty(q.name() + "." + p.name());
                    if (value != null) {
                        query.append(query.length() == 0 ? "?" : "&").append(p.name()).append('=')
                                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
                    }
                }
                String url = server.url() + "api/queries/" + q.name() + query;
                int rows = 0;
                for (int i = 0; i < 3; i++) {
                    rows = (int) get(url).lines().count() - 1;
                }
                long[] ms = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long s = System.nanoTime();
                    get(url);
                    ms[i] = (System.nanoTime() - s) / 1_000;
                }
                Arrays.sort(ms);
                double median = ms[rounds / 2] / 1000.0;
                double p95 = ms[(int) Math.ceil(rounds * 0.95) - 1] / 1000.0;
                System.out.printf(Locale.ROOT, "| %s (%d files) | %s | %d | %.1f | %.1f |%n", corpus.getFileName(), files, q.name(), rows, median, p95);
            }
        } finally {
            server.stop();
        }
    }

    /**
     * The scale benchmark's query figures over a store already loaded (bench/run-scale.sh): every
     * named query through the HTTP API, in the three forms a dashboard sends — lookups (one agency,
     * one document, one measure, one outline item; parameters taken from the store itself), list pages
     * (the first page of 1,000 rows and a page deep in the answer) and aggregations.
     */
    static void overStore(Path db, int rounds, String label) throws Exception {
        PlangraphServer server = PlangraphServer.builder().store(db).port(0).build().start();
        Configurator.setLevel("org.plangraph.serve.Requests", Level.WARN);
        try {
            String base = server.url();
            String agency = first(base, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                    + "SELECT ?n WHERE { ?r prov:agent ?a . ?a skos:prefLabel ?l . BIND(STR(?l) AS ?n) FILTER(CONTAINS(?n, \"司法局\")) } LIMIT 1");
            String doc = first(base, "PREFIX pg: <https://w3id.org/plangraph/def#> SELECT ?d WHERE { ?m a pg:Measure ; pg:document ?d } OFFSET 5000 LIMIT 1");
            String measure = first(base, "PREFIX pg: <https://w3id.org/plangraph/def#> SELECT ?m WHERE { ?m pg:task/pg:responsibility ?r } OFFSET 5000 LIMIT 1");
            String item = "(四)";
            List<String[]> requests = new ArrayList<>();
            requests.add(new String[] {"lookup", "agency-duties", "agency=" + enc(agency)});
            requests.add(new String[] {"lookup", "measures", "doc=" + enc(doc)});
            requests.add(new String[] {"lookup", "documents", "kind=outline"});
            requests.add(new String[] {"lookup", "responsibilities", "measure=" + enc(measure)});
            requests.add(new String[] {"lookup", "targets", "doc=" + enc(doc)});
            requests.add(new String[] {"lookup", "alignments", "doc=" + enc(doc)});
            requests.add(new String[] {"lookup", "source-policies", "doc=" + enc(doc)});
            requests.add(new String[] {"lookup", "reported-figures", "doc=" + enc(doc)});
            requests.add(new String[] {"lookup", "policy-chain", "doc=" + enc(doc)});
            requests.add(new String[] {"lookup", "trace-item", "item=" + enc(item)});
            // A deep page is reached the way a client reaches it, by following each page's Link rel="next"
            // (an offset or a keyset cursor alike), so the figure is that of the page a dashboard asks for.
            for (String list : List.of("documents", "measures", "responsibilities", "targets", "alignments", "source-policies", "reported-figures",
                    "policy-chain", "targets-due")) {
                String params = list.equals("targets-due") ? "year=2030" : "";
                requests.add(new String[] {"list, page 1", list, params});
                String deep;
                try {
                    deep = pageAfter(base + "api/queries/" + list + (params.isEmpty() ? "" : "?" + params), 20);
                } catch (IllegalStateException e) {
                    requests.add(new String[] {"list, page 21", list, "failed on the way: " + e.getMessage().lines().findFirst().orElse(""), "skip"});
                    continue;
                }
                requests.add(deep == null ? new String[] {"list, page 21", list, "(fewer than 21 pages)", "skip"}
                        : new String[] {"list, page 21", list, deep.substring(deep.indexOf('?') + 1)});
            }
            for (String aggregation : List.of("agency-workload", "outline-coverage", "coverage-by-jurisdiction", "target-counts-by-quarter", "figures-beside-targets")) {
                requests.add(new String[] {"aggregation", aggregation, ""});
            }
            System.out.println("| data | kind | query | parameters | rows | median ms | p95 ms |");
            System.out.println("|---|---|---|---|---:|---:|---:|");
            for (String[] r : requests) {
                if (r.length > 3) {
                    System.out.printf("| %s | %s | %s | %s | | | |%n", label, r[0], r[1], r[2]);
                    continue;
                }
                String url = base + "api/queries/" + r[1] + (r[2].isEmpty() ? "" : "?" + r[2]);
                int rows = 0;
                long[] ms = new long[rounds];
                try {
                    for (int i = 0; i < 2; i++) {
                        rows = (int) get(url).lines().count() - 1;
                    }
                    for (int i = 0; i < rounds; i++) {
                        long t = System.nanoTime();
                        get(url);
                        ms[i] = (System.nanoTime() - t) / 1_000;
                    }
                } catch (IllegalStateException e) {
                    System.out.printf("| %s | %s | %s | %s | failed: %s | | |%n", label, r[0], r[1], java.net.URLDecoder.decode(r[2], StandardCharsets.UTF_8), e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d | %.1f | %.1f |%n", label, r[0], r[1],
                        java.net.URLDecoder.decode(r[2], StandardCharsets.UTF_8), rows, ms[rounds / 2] / 1000.0, ms[(int) Math.ceil(rounds * 0.95) - 1] / 1000.0);
            }
        } finally {
            server.stop();
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The first value of a one-column SPARQL query against the server, as plain text. */
    static String first(String base, String sparql) throws Exception {
        String body = get(base + "plans/sparql?query=" + enc(sparql));
        return body.lines().skip(1).findFirst().orElseThrow(() -> new IllegalStateException("no answer to " + sparql)).strip();
    }

    /** The URL of the page PAGES pages after URL's first, following Link rel="next"; null where the answer ends first. */
    static String pageAfter(String url, int pages) throws IOException, InterruptedException {
        String next = url;
        for (int i = 0; i < pages && next != null; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(next)).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(next + ": HTTP " + r.statusCode() + " " + r.body());
            }
            next = r.headers().allValues("Link").stream().map(l -> java.util.regex.Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"").matcher(l))
                    .filter(java.util.regex.Matcher::find).map(m -> URI.create(url).resolve(m.group(1)).toString()).findFirst().orElse(null);
        }
        return next;
    }

    /** The answer as CSV, so its line count is the row count plus the header. */
    static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** Prefecture-level names of the gazetteer, longest first so that no name is replaced inside a longer one. */
    static List<String> prefectures() throws IOException {
        List<String> names = new ArrayList<>();
        for (String[] row : DataFiles.readTable("reference/admin-divisions.tsv")) {
            if (row.length > 1 && row[1].equals("prefecture")) {
                names.add(row[0]);
            }
        }
        return names;
    }

    static String movePlaces(String text, List<String> places, int k) {
        List<String> byLength = places.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String p : byLength) {
                if (text.startsWith(p, i)) {
                    out.append(places.get((places.indexOf(p) + 37 * k) % places.size()));
                    i += p.length();
                    continue outer;
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }
}
