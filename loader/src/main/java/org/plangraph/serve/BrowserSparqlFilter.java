package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;

/**
 * {@code /plans/sparql} opened in a browser: with no query, the query page; with a query, the answer
 * as an HTML table. The query still runs through Fuseki's own endpoint (asked for SPARQL JSON), so
 * its protections hold (timeout, row cap, no SERVICE); clients that ask for JSON, XML, CSV or RDF,
 * or name a format, pass straight through.
 */
final class BrowserSparqlFilter implements Filter {
    private static final AcceptList OFFERED = AcceptList.create("application/sparql-results+json", "application/sparql-results+xml",
            "application/json", "text/csv", "text/tab-separated-values", "text/turtle", "application/ld+json", "application/n-triples",
            "application/rdf+xml", "text/html");
    private static final String ASK_FOR = "application/sparql-results+json, text/turtle;q=0.9";

    private final String endpointPath;
    private final IriMap iris;

    BrowserSparqlFilter(String endpointPath, IriMap iris) {
        this.endpointPath = endpointPath;
        this.iris = iris;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(endpointPath) || !"GET".equals(request.getMethod()) || !prefersHtml(request)
                || !blank(request.getParameter("format")) || !blank(request.getParameter("output"))) {
            chain.doFilter(req, resp);
            return;
        }
        String query = request.getParameter("query");
        if (query == null || query.isBlank()) {
            QueryPage.send(response);
            return;
        }
        Captured answer = new Captured(response);
        chain.doFilter(new AcceptOverride(request), answer);
        SiteLayout.send(response, answer.status == 200 ? 200 : answer.status, page(request, query, answer));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean prefersHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        return chosen != null && chosen.getContentTypeStr().equals("text/html");
    }

    private String page(HttpServletRequest request, String query, Captured answer) {
        Map<String, String> alternates = new LinkedHashMap<>();
        String base = request.getRequestURI() + "?query=" + SiteLayout.url(query);
        alternates.put("application/sparql-results+json", base + "&format=json");
        alternates.put("text/csv", base + "&format=csv");
        StringBuilder h = SiteLayout.open("SPARQL results · 查询结果", alternates);
        h.append("<details><summary>Query</summary><pre class=\"query\">").append(esc(query)).append("</pre></details>\n")
                .append("<p><a href=\"/query\">query page</a> · <a href=\"").append(esc(base)).append("&amp;format=json\">JSON</a> · <a href=\"")
                .append(esc(base)).append("&amp;format=csv\">CSV</a></p>\n");
        answer.flushBuffer();
        String body = answer.body.toString(StandardCharsets.UTF_8);
        if (answer.status != 200) {
            h.append("<p class=\"error\">The endpoint answered ").append(answer.status).append(":</p><pre class=\"error\">").append(esc(body)).append("</pre>\n");
            return SiteLayout.close(h);
        }
        String rowLimit = answer.getHeader(QueryGuard.ROW_LIMIT_HEADER);
        String type = answer.contentType == null ? "" : answer.contentType;
        if (!type.contains("sparql-results+json")) {
            h.append("<pre class=\"graph\">").append(esc(body)).append("</pre>\n");
            return SiteLayout.close(h);
        }
        SPARQLResult result = ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(answer.body.toByteArray()));
        if (result.isBoolean()) {
            h.append("<p class=\"ask\">").append(result.getBooleanResult() ? "true — yes" : "false — no").append("</p>\n");
            return SiteLayout.close(h);
        }
        ResultSet rs = result.getResultSet();
        List<String> vars = rs.getResultVars();
        StringBuilder rows = new StringBuilder();
        int n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            n++;
            rows.append("<tr>");
            for (String v : vars) {
                rows.append("<td>").append(cell(s.get(v))).append("</td>");
            }
            rows.append("</tr>\n");
        }
        h.append("<p>").append(n).append(" rows").append(rowLimit != null ? " (the endpoint gives anonymous clients at most " + esc(rowLimit) + ")" : "")
                .append("</p>\n<table class=\"list results\"><thead><tr>");
        vars.forEach(v -> h.append("<th>").append(esc(v)).append("</th>"));
        h.append("</tr></thead><tbody>\n").append(rows).append("</tbody></table>\n");
        return SiteLayout.close(h);
    }

    private String cell(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return "<a href=\"" + esc(iris.localFor(iri).orElse(iri)) + "\">" + esc(ResourceDescription.PREFIXES.shortForm(iri)) + "</a>";
        }
        if (node.isLiteral()) {
            return esc(node.asLiteral().getLexicalForm());
        }
        return esc(node.toString());
    }

    /**
     * The browser's request, asking Fuseki for SPARQL JSON (or Turtle for a graph) instead of HTML;
     * the query page's form sends an empty format for "table", which Fuseki would not know.
     */
    private static final class AcceptOverride extends HttpServletRequestWrapper {
        private static final java.util.Set<String> FORMAT_PARAMETERS = java.util.Set.of("format", "output");

        AcceptOverride(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return FORMAT_PARAMETERS.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return FORMAT_PARAMETERS.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            FORMAT_PARAMETERS.forEach(m::remove);
            return m;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Accept") ? ASK_FOR : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Accept") ? Collections.enumeration(List.of(ASK_FOR)) : super.getHeaders(name);
        }
    }

    /** Holds Fuseki's answer (at most the row cap's worth) to be turned into the page. */
    private static final class Captured extends HttpServletResponseWrapper {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 200;
        String contentType;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private PrintWriter writer;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            if (msg != null) {
                body.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void setHeader(String name, String value) {
            if (name.equalsIgnoreCase("Content-Type")) {
                contentType = value;
            } else if (!name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            setHeader(name, value);
        }

        @Override
        public String getHeader(String name) {
            return headers.get(name);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void reset() {
            body.reset();
            headers.clear();
            status = 200;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }
    }
}
