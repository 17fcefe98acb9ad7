package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.plangraph.cli.Main;

/** A server on a free port over a fresh store loaded with the project's samples/, for one test class. */
final class ServerFixture implements AutoCloseable {
    static final String BASE = "http://localhost:3030/id/";
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    final Path store;
    final PlangraphServer server;

    private ServerFixture(Path store, PlangraphServer server) {
        this.store = store;
        this.server = server;
    }

    static ServerFixture start(UnaryOperator<PlangraphServer.Builder> configure) throws IOException {
        Path root = projectRoot();
        System.setProperty("plangraph.home", root.toString());
        Path store = Files.createTempDirectory("plangraph-serve-test");
        int status = Main.execute("load", "--db", store.toString(), "--base", BASE, root.resolve("samples").toString());
        assertEquals(0, status, "loading samples/");
        PlangraphServer server = configure.apply(PlangraphServer.builder().store(store).port(0).base(BASE)).build().start();
        return new ServerFixture(store, server);
    }

    static Path projectRoot() {
        String p = System.getProperty("plangraph.projectRoot");
        return Path.of(p != null ? p : System.getProperty("user.dir")).toAbsolutePath();
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return get("/plans/sparql?query=" + enc(sparql), accept);
    }

    HttpResponse<String> postForm(String path, String form, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

    /** The rows of a CSV answer, without its header. */
    static List<String> csvRows(String csv) {
        return csv.strip().lines().skip(1).toList();
    }

    /** The pages of an answer in CSV and the next links that led from each page to the one after it. */
    record Pages(List<List<String>> pages, List<String> nextLinks) {
        List<String> rows() {
            return pages.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * Every page of the answer at PATH (a CSV request of LIMIT rows a page), following each page's
     * {@code Link: <…>; rel="next"} to the end; each page must answer 200 with at most LIMIT rows, a
     * next link must be well formed and only on a full page, and only the first page may be empty.
     */
    Pages pagesFrom(String path, int limit) throws IOException, InterruptedException {
        List<List<String>> pages = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String url = path;
        while (url != null) {
            HttpResponse<String> r = get(url, null);
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            List<String> page = csvRows(r.body());
            assertTrue(page.size() <= limit, url + " gave " + page.size() + " rows");
            assertTrue(!page.isEmpty() || pages.isEmpty(), "a next link led to an empty page: " + url);
            pages.add(page);
            Optional<String> link = r.headers().firstValue("Link");
            if (link.isPresent()) {
                Matcher m = NEXT.matcher(link.get());
                assertTrue(m.matches(), link.get());
                assertEquals(limit, page.size(), "only a full page has a next one: " + url);
                url = m.group(1);
                links.add(url);
            } else {
                url = null;
            }
            assertTrue(pages.size() <= 100_000, "paging does not end: " + path);
        }
        return new Pages(pages, links);
    }

    static org.apache.jena.graph.Graph parse(String body, org.apache.jena.riot.Lang lang) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.stop();
        try (Stream<Path> all = Files.walk(store)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
