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
