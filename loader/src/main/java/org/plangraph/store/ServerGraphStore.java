package org.plangraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The store a running plangraph server holds ({@code serve --allow-update}), written through its
 * read-write Graph Store Protocol endpoint: each graph is sent whole in one HTTP PUT, which the
 * server applies in one write transaction through the text dataset, so readers never see half a
 * graph and the full-text index follows.
 */
public final class ServerGraphStore implements GraphDestination {
    /** The path of the endpoint under the server's root (PlangraphServer.DATASET + "/" + UPLOAD_ENDPOINT). */
    public static final String ENDPOINT = "plans/data";

    private final String root;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param root the server's root URL, e.g. {@code http://localhost:3030} */
    public ServerGraphStore(String root, String user, String password) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        Graph triples = GraphFactory.createDefaultGraph();
        writer.accept(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.add(triple);
            }

            @Override
            public void quad(Quad quad) {
                if (!quad.isDefaultGraph() && !graph.equals(quad.getGraph())) {
                    throw new IllegalStateException("a quad of graph " + quad.getGraph() + " is not part of graph " + graph);
                }
                triples.add(quad.asTriple());
            }

            @Override
            public void prefix(String prefix, String iri) {
                triples.getPrefixMapping().setNsPrefix(prefix, iri);
            }
        });
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, triples, RDFFormat.TURTLE_BLOCKS);
        put(graph, body.toByteArray());
    }

    private void put(Node graph, byte[] turtle) {
        URI target = URI.create(root + ENDPOINT + "?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Content-Type", "text/turtle; charset=utf-8")
                .header("Authorization", authorization)
                .timeout(Duration.ofMinutes(10))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(turtle))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new Unavailable("no server answers at " + root + ": start one with `./plangraph serve --db DIR --allow-update`");
        } catch (IOException e) {
            throw new Unavailable("cannot reach the server at " + root + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while sending to " + root);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new Unavailable("the server at " + root + " refused the credentials (" + status
                    + "): give those of its --allow-update (--credentials-file FILE or $PLANGRAPH_UPDATE_CREDENTIALS)");
        }
        if (status == 404 || status == 405) {
            throw new Unavailable("the server at " + root + " takes no loads (" + status + " for /" + ENDPOINT
                    + "): start it with `./plangraph serve --db DIR --allow-update`");
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("the server answered " + status + ": " + firstLine(response.body()));
        }
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The server cannot take any graph (not there, no endpoint, credentials refused): no use trying the next file. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
