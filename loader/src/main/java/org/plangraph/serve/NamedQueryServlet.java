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
import org.plangraph.query.PagesByDocument;
import org.plangraph.query.QueryCatalog;
import org.plangraph.query.QueryRunner;

/**
 * The named queries of {@code queries/} as a small REST API for dashboards:
 * {@code GET /api/queries} lists them, {@code GET /api/queries/NAME?param=value} runs one and
 * answers SPARQL JSON results (default) or CSV ({@code Accept: text/csv} or {@code ?format=csv}).
 * Parameter values are bound as RDF terms by {@link QueryRunner#bind}, never pasted into the text.
 * Answers come a page at a time: {@code limit} rows (default {@value #DEFAULT_PAGE}) from {@code offset}
 * (default 0), with a {@code Link: <…>; rel="next"} header (and {@code head.link} in JSON) while rows
 * follow; a page is capped at {@code namedQuery.maxRows} rows (header {@code X-Plangraph-Row-Limit}
 * when the cap lowers the limit asked for).
 */
final class NamedQueryServlet extends HttpServlet {
    /** Request parameters that choose the answer's form rather than bind a query variable. */
    private static final String FORMAT = "format";
    private static final String LIMIT = "limit";
    private static final String OFFSET = "offset";
    /** The cursor of a query paged by document: the last document the previous page reached, and how many of its rows it gave (absent: all). */
    private static final String AFTER = "after";
    private static final String SKIP = "skip";
    /** Rows of a page when the request names no limit: no request sorts or sends the whole store. */
    static final long DEFAULT_PAGE = 1000;

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final PagesByDocument pages;
    private final long timeoutMillis;
    private final long maxRows;

    /** Serves CATALOG's queries over DATASET, each stopped after TIMEOUTMILLIS and answering at most MAXROWS rows (0: no cap). */
    NamedQueryServlet(QueryCatalog catalog, Dataset dataset, long timeoutMillis, long maxRows) {
        this.catalog = catalog;
        this.runner = new QueryRunner(dataset, timeoutMillis);
        this.pages = new PagesByDocument(dataset, timeoutMillis);
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
            if (e.getKey().equals(FORMAT) || e.getKey().equals(LIMIT) || e.getKey().equals(OFFSET) || e.getKey().equals(AFTER) || e.getKey().equals(SKIP)) {
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
        long limit;
        long offset;
        try {
            limit = wholeNumber(request, LIMIT, DEFAULT_PAGE, 1);
            offset = wholeNumber(request, OFFSET, 0, 0);
        } catch (QueryRunner.BadParameterException e) {
            Json.error(response, 400, e.getMessage());
            return;
        }
        boolean capped = maxRows > 0 && limit > maxRows;
        long page = capped ? maxRows : limit;
        Map<String, org.apache.jena.graph.Node> bindings;
        PagesByDocument.Cursor cursor;
        try {
            bindings = QueryRunner.bind(query, values);
            cursor = cursor(request);
        } catch (QueryRunner.BadParameterException e) {
            Json.error(response, 400, e.getMessage());
            return;
        }
        // An offset asked for keeps its meaning (a page deep in the whole answer, sorted whole); otherwise
        // a query that declares page-by goes document by document, its cost bounded by the page.
        boolean byDocument = request.getParameter(OFFSET) == null && PagesByDocument.applies(query, bindings);
        if (!byDocument && (request.getParameter(AFTER) != null || request.getParameter(SKIP) != null)) {
            Json.error(response, 400, "query " + query.name() + (query.pageBy() == null ? " is not paged by document" : " is paged by document only without its optional parameters and offset")
                    + ": 'after' and 'skip' do not apply; use offset");
            return;
        }
        if (byDocument) {
            runByDocument(query, bindings, cursor, page, limit, csv, request, response);
            return;
        }
        QueryRunner.Prepared prepared = runner.preparePage(query, bindings, page, offset);
        startAnswer(response, query, csv);
        if (capped) {
            response.setHeader(QueryGuard.ROW_LIMIT_HEADER, Long.toString(page));
        }
        // One page is read (a page and one more row, so the engine sorts a bounded top-N), then written;
        // nothing holds more than a page. The next page's URL goes in a Link header and, in JSON, in the
        // results' head ("link", as the SPARQL 1.1 JSON results format allows).
        String next = nextPage(request, offset + page, limit);
        java.io.ByteArrayOutputStream jsonPage = csv ? null : new java.io.ByteArrayOutputStream();
        boolean[] more = new boolean[1];
        try {
            prepared.page(csv ? QueryRunner.Format.CSV : QueryRunner.Format.JSON, csv ? response.getOutputStream() : jsonPage, hasMore -> {
                more[0] = hasMore;
                if (hasMore) {
                    response.setHeader("Link", "<" + next + ">; rel=\"next\"");
                }
            });
            if (jsonPage != null) {
                var results = Json.MAPPER.readTree(jsonPage.toByteArray());
                if (more[0] && results.get("head") instanceof ObjectNode head) {
                    head.putArray("link").add(next);
                }
                Json.MAPPER.writeValue(response.getOutputStream(), results);
            }
        } catch (QueryCancelledException e) {
            if (response.isCommitted()) {
                // Part of the answer is on its way: break the connection rather than end a partial 200 cleanly.
                throw new IOException("query " + query.name() + " timed out after " + timeoutMillis + " ms, part-way through its answer", e);
            }
            response.reset();
            Json.error(response, 503, "query " + query.name() + " timed out after " + timeoutMillis + " ms");
        }
    }

    /** One page of a query paged by document, with the cursor of the next in its Link header and JSON head. */
    private void runByDocument(NamedQuery query, Map<String, org.apache.jena.graph.Node> bindings, PagesByDocument.Cursor from, long page, long limit,
            boolean csv, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PagesByDocument.Page result;
        try {
            result = pages.page(query, bindings, page, from);
        } catch (QueryCancelledException e) {
            Json.error(response, 503, "query " + query.name() + " timed out after " + timeoutMillis + " ms");
            return;
        }
        startAnswer(response, query, csv);
        if (page < limit) {
            response.setHeader(QueryGuard.ROW_LIMIT_HEADER, Long.toString(page));
        }
        String next = result.next() == null ? null : nextCursor(request, result.next(), limit);
        if (next != null) {
            response.setHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        if (csv) {
            QueryRunner.write(QueryRunner.Format.CSV, response.getOutputStream(), result.vars(), result.rows());
            return;
        }
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        QueryRunner.write(QueryRunner.Format.JSON, json, result.vars(), result.rows());
        var results = Json.MAPPER.readTree(json.toByteArray());
        if (next != null && results.get("head") instanceof ObjectNode head) {
            head.putArray("link").add(next);
        }
        Json.MAPPER.writeValue(response.getOutputStream(), results);
    }

    private static PagesByDocument.Cursor cursor(HttpServletRequest request) {
        String after = request.getParameter(AFTER);
        String skip = request.getParameter(SKIP);
        if (after == null) {
            if (skip != null) {
                throw new QueryRunner.BadParameterException("parameter 'skip' goes with 'after', the document it counts rows of");
            }
            return PagesByDocument.Cursor.START;
        }
        if (!after.matches("(?i)(https?|urn|file):[^\\s<>\"{}|\\\\^`]+")) {
            throw new QueryRunner.BadParameterException("parameter 'after' must be a document's IRI, got: " + after);
        }
        return new PagesByDocument.Cursor(after, skip == null ? PagesByDocument.Cursor.ALL : wholeNumber(request, SKIP, 0, 0));
    }

    /** This request's URL with the cursor of the next page (and the same limit, format and parameters). */
    private static String nextCursor(HttpServletRequest request, PagesByDocument.Cursor next, long limit) {
        StringBuilder url = new StringBuilder(request.getRequestURI()).append('?');
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!e.getKey().equals(AFTER) && !e.getKey().equals(SKIP) && !e.getKey().equals(LIMIT)) {
                url.append(enc(e.getKey())).append('=').append(enc(e.getValue()[0])).append('&');
            }
        }
        url.append(LIMIT).append('=').append(limit).append('&').append(AFTER).append('=').append(enc(next.after()));
        if (next.skip() != PagesByDocument.Cursor.ALL) {
            url.append('&').append(SKIP).append('=').append(next.skip());
        }
        return url.toString();
    }

    /** A 200 answer of QUERY's rows, as CSV (a file named after the query) or SPARQL JSON results. */
    private static void startAnswer(HttpServletResponse response, NamedQuery query, boolean csv) {
        response.setStatus(200);
        response.setHeader("Vary", "Accept");
        response.setContentType(csv ? "text/csv" : "application/sparql-results+json");
        response.setCharacterEncoding("UTF-8");
        if (csv) {
            response.setHeader("Content-Disposition", "inline; filename=\"" + query.name() + ".csv\"");
        }
    }

    private static long wholeNumber(HttpServletRequest request, String name, long absent, long least) {
        String value = request.getParameter(name);
        if (value == null) {
            return absent;
        }
        if (!value.matches("\\d{1,9}") || Long.parseLong(value) < least) {
            throw new QueryRunner.BadParameterException("parameter '" + name + "' must be a whole number of at least " + least + ", got: " + value);
        }
        return Long.parseLong(value);
    }

    /** This request's URL with the offset of the page after it (and the same limit, format and parameters). */
    private static String nextPage(HttpServletRequest request, long offset, long limit) {
        StringBuilder url = new StringBuilder(request.getRequestURI()).append('?');
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!e.getKey().equals(OFFSET) && !e.getKey().equals(LIMIT)) {
                url.append(enc(e.getKey())).append('=').append(enc(e.getValue()[0])).append('&');
            }
        }
        return url.append(LIMIT).append('=').append(limit).append('&').append(OFFSET).append('=').append(offset).toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
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
