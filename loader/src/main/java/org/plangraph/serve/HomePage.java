package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;
import static org.plangraph.serve.SiteLayout.url;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page at {@code /}: what is loaded (documents by kind, jurisdiction and year, agencies,
 * outline coverage) with links into the lists, and a search box. Anything else that no other part
 * of the server serves is a 404.
 */
final class HomePage extends HttpServlet {
    private final PageQueries queries;

    HomePage(PageQueries queries) {
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/") && !path.equals("/index.html") && !path.isEmpty()) {
            Json.error(response, 404, "nothing here: " + path);
            return;
        }
        Map<String, String> alternates = new LinkedHashMap<>();
        alternates.put("text/turtle", "/.well-known/void");
        StringBuilder h = SiteLayout.open("规划文件知识图谱 · plangraph", alternates);
        h.append("<form class=\"bigsearch\" action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" ")
                .append("placeholder=\"标题、标题词、措施、任务全文搜索（简体或繁体）\" aria-label=\"search\" autofocus> <button type=\"submit\">搜索 Search</button></form>\n");
        PageQueries.Row totals = queries.select("""
                SELECT (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?m) AS ?measures) (COUNT(DISTINCT ?t) AS ?tasks)
                       (COUNT(DISTINCT ?target) AS ?targets) (COUNT(DISTINCT ?agency) AS ?agencies)
                WHERE { { ?doc a pg:Document } UNION { ?m a pg:Measure } UNION { ?t a pg:Task }
                        UNION { ?target a pg:Target } UNION { ?r prov:agent ?agency } }
                """).get(0);
        h.append("<p class=\"totals\"><b>").append(totals.integer("documents")).append("</b> documents 文件 · <b>")
                .append(totals.integer("measures")).append("</b> measures 措施 · <b>").append(totals.integer("tasks"))
                .append("</b> tasks 任务 · <b>").append(totals.integer("targets")).append("</b> targets 目标 · <b>")
                .append(totals.integer("agencies")).append("</b> agencies 责任单位</p>\n");
        h.append("<div class=\"cards\">\n");
        card(h, "By kind · 文件类型", queries.select("""
                SELECT ?key (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?doc) AS ?n)
                WHERE { ?doc a pg:Document ; eli:type_document ?kind . BIND(STRAFTER(STR(?kind), "/kind/") AS ?key)
                        OPTIONAL { ?kind skos:prefLabel ?pl FILTER(LANGMATCHES(LANG(?pl), "zh")) } BIND(COALESCE(STR(?pl), ?key) AS ?l) }
                GROUP BY ?key ORDER BY DESC(?n) ?key
                """), "kind");
        card(h, "By jurisdiction · 地区", queries.select("""
                SELECT ?key (?key AS ?label) (COUNT(DISTINCT ?doc) AS ?n)
                WHERE { ?doc a pg:Document ; pg:jurisdiction/rdfs:label ?l . BIND(STR(?l) AS ?key) }
                GROUP BY ?key ORDER BY DESC(?n) ?key
                """), "jurisdiction");
        card(h, "By year · 年份", queries.select("""
                SELECT ?key (?key AS ?label) (COUNT(DISTINCT ?doc) AS ?n)
                WHERE { ?doc a pg:Document ; eli:date_document ?d . BIND(SUBSTR(STR(?d), 1, 4) AS ?key) }
                GROUP BY ?key ORDER BY DESC(?key)
                """), "year");
        h.append("<section class=\"card\"><h2>Agencies · 责任单位</h2><table>");
        for (PageQueries.Row r : queries.select("""
                SELECT ?key (COUNT(DISTINCT ?agency) AS ?n)
                WHERE { ?r prov:agent ?agency . OPTIONAL { ?agency pg:jurisdiction/rdfs:label ?l } BIND(COALESCE(STR(?l), "—") AS ?key) }
                GROUP BY ?key ORDER BY DESC(?n) ?key
                """)) {
            h.append("<tr><td><a href=\"/browse/agencies?jurisdiction=").append(esc(url(r.str("key")))).append("\">").append(esc(r.str("key")))
                    .append("</a></td><td class=\"num\">").append(r.integer("n")).append("</td></tr>");
        }
        h.append("</table></section>\n");
        h.append("<section class=\"card\"><h2>Outline coverage · 纲要落实</h2><table>");
        for (PageQueries.Row r : outlineCoverage(queries)) {
            h.append("<tr><td><a href=\"/browse/outline\">").append(esc(r.str("title"))).append("</a></td><td class=\"num\">")
                    .append(r.integer("covered")).append(" / ").append(r.integer("items")).append(" items carried out</td></tr>");
        }
        h.append("</table></section>\n</div>\n");
        h.append("<p>Charts: <a href=\"/dashboard\">dashboard 看板</a> · data: <a href=\"/api/queries\">named queries (JSON/CSV)</a>, ")
                .append("<a href=\"/query\">SPARQL query page</a>, <a href=\"/.well-known/void\">dataset description</a></p>\n");
        SiteLayout.send(response, 200, SiteLayout.close(h));
    }

    /** Per national outline: its title, how many items it has, how many a loaded measure carries out. */
    static List<PageQueries.Row> outlineCoverage(PageQueries queries) {
        return queries.select("""
                SELECT ?outline (SAMPLE(STR(?t)) AS ?title) (COUNT(DISTINCT ?item) AS ?items) (COUNT(DISTINCT ?done) AS ?covered)
                WHERE { ?outline pg:outlineItem ?item . FILTER NOT EXISTS { ?item eli:has_part ?child }
                        OPTIONAL { ?outline dct:title ?t }
                        OPTIONAL { ?m pg:carriesOut ?item BIND(?item AS ?done) } }
                GROUP BY ?outline ORDER BY DESC(?covered) ?title
                """);
    }

    private static void card(StringBuilder h, String title, List<PageQueries.Row> rows, String filter) {
        h.append("<section class=\"card\"><h2>").append(esc(title)).append("</h2><table>");
        for (PageQueries.Row r : rows) {
            h.append("<tr><td><a href=\"/browse/documents?").append(filter).append("=").append(esc(url(r.str("key")))).append("\">")
                    .append(esc(r.str("label"))).append("</a></td><td class=\"num\">").append(r.integer("n")).append("</td></tr>");
        }
        h.append("</table></section>\n");
    }
}
