package org.plangraph.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryCatalog;
import org.plangraph.query.QueryRunner;

/**
 * The named queries of {@code queries/} as a small REST API for dashboards:
 * {@code GET /api/queries} lists them, {@code GET /api/queries/NAME?param=value} runs one and
 * answers SPARQL JSON results (default) or CSV ({@code Accept: text/csv} or {@code ?format=csv}).
 * Parameter values are bound as RDF terms by {@link QueryRunner#bind}, never pasted into the text.
 * Answers are streamed, and capped at {@code namedQuery.maxRows} rows (header {@code X-Plangraph-Row-Limit}
 * when the cap lowers the query's LIMIT).
 */
final class NamedQueryServlet extends HttpServlet {
    /** Request parameters that choose the answer's form rather than bind a query variable. */
    private static final String FORMAT = "format";

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final long timeoutMillis;
    private final long maxRows;

    /** Serves CATALOG's queries over DATASET, each stopped after TIMEOUTMILLIS and answering at most MAXROWS rows (0: no cap). */
    NamedQueryServlet(QueryCatalog catalog, Dataset dataset, long timeoutMillis, long maxRows) {
        this.catalog = catalog;
        this.runner = new QueryRunner(dataset, timeoutMillis);
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("/$", "");
        if (name.isEmpty()) {
            list(request, response);
            return;
        }
        Optional<NamedQuery> query = catalog.get(name);
        if (query.isEmpty()) {
            Json.error(response, 404, "no query named '" + name + "'; GET /api/queries lists them");
            return;
        }
        run(query.get(), request, response);
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ArrayNode all = Json.MAPPER.createArrayNode();
        for (NamedQuery q : catalog.all()) {
            ObjectNode o = all.addObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("url", request.getContextPath() + "/api/queries/" + q.name());
            ArrayNode params = o.putArray("parameters");
            for (NamedQuery.Parameter p : q.parameters()) {
                params.addObject().put("name", p.name()).put("kind", p.kind()).put("optional", p.optional())
                        .put("description", p.description());
            }
            ArrayNode columns = o.putArray("columns");
            q.columns().forEach(columns::add);
            o.put("sparql", q.sparql());
        }
        Json.write(response, 200, all);
    }

    private void run(NamedQuery query, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals(FORMAT)) {
                continue;
            }
            if (e.getValue().length != 1) {
                Json.error(response, 400, "parameter '" + e.getKey() + "' given " + e.getValue().length + " times; give it once");
                return;
            }
            values.put(e.getKey(), e.getValue()[0]);
        }
        boolean csv = wantsCsv(request);
        if (csv == false && request.getParameter(FORMAT) != null && !request.getParameter(FORMAT).equalsIgnoreCase("json")) {
            Json.error(response, 400, "unknown format '" + request.getParameter(FORMAT) + "': use json or csv");
            return;
        }
        QueryRunner.Prepared prepared;
        try {
            prepared = runner.prepare(query, QueryRunner.bind(query, values), maxRows);
        } catch (QueryRunner.BadParameterException e) {
            Json.error(response, 400, e.getMessage());
            return;
        }
        response.setStatus(200);
        response.setHeader("Vary", "Accept");
        response.setContentType(csv ? "text/csv" : "application/sparql-results+json");
        response.setCharacterEncoding("UTF-8");
        if (csv) {
            response.setHeader("Content-Disposition", "inline; filename=\"" + query.name() + ".csv\"");
        }
        if (prepared.capped()) {
            response.setHeader(QueryGuard.ROW_LIMIT_HEADER, Long.toString(prepared.limit()));
        }
        // The rows go to the client as the engine produces them; nothing holds the whole answer.
        try {
            prepared.write(csv ? QueryRunner.Format.CSV : QueryRunner.Format.JSON, response.getOutputStream());
        } catch (QueryCancelledException e) {
            if (response.isCommitted()) {
                // Part of the answer is on its way: break the connection rather than end a partial 200 cleanly.
                throw new IOException("query " + query.name() + " timed out after " + timeoutMillis + " ms, part-way through its answer", e);
            }
            response.reset();
            Json.error(response, 503, "query " + query.name() + " timed out after " + timeoutMillis + " ms");
        }
    }

    private static boolean wantsCsv(HttpServletRequest request) {
        String format = request.getParameter(FORMAT);
        if (format != null) {
            return format.equalsIgnoreCase("csv");
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        var offered = org.apache.jena.atlas.web.AcceptList.create("application/sparql-results+json", "application/json", "text/csv");
        var chosen = org.apache.jena.atlas.web.AcceptList.match(new org.apache.jena.atlas.web.AcceptList(accept), offered);
        return chosen != null && chosen.getContentTypeStr().equals("text/csv");
    }
}
