package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;
import static org.plangraph.serve.SiteLayout.url;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The lists a person browses: {@code /browse/documents} (filtered by jurisdiction, kind, year and
 * issuer, as plain form fields so it works without JavaScript), {@code /browse/agencies} (by
 * jurisdiction) and {@code /browse/outline} (the national outlines' items and who carries them out).
 */
final class BrowsePage extends HttpServlet {
    private final PageQueries queries;
    private final IriMap iris;

    BrowsePage(PageQueries queries, IriMap iris) {
        this.queries = queries;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/|/$", "");
        switch (what) {
            case "", "documents" -> SiteLayout.send(response, 200, documents(request));
            case "agencies" -> SiteLayout.send(response, 200, agencies(request));
            case "outline" -> SiteLayout.send(response, 200, outline());
            default -> Json.error(response, 404, "nothing to browse at " + what + ": documents, agencies or outline");
        }
    }

    private String documents(HttpServletRequest request) {
        String jurisdiction = param(request, "jurisdiction");
        String kind = param(request, "kind");
        String year = param(request, "year");
        String issuer = param(request, "issuer");
        Map<String, Node> b = new LinkedHashMap<>();
        if (jurisdiction != null) b.put("_jurisdiction", NodeFactory.createLiteralString(jurisdiction));
        if (kind != null) b.put("_kind", NodeFactory.createLiteralString(kind));
        if (year != null) b.put("_year", NodeFactory.createLiteralString(year));
        if (issuer != null) b.put("_issuer", NodeFactory.createLiteralString(issuer));
        List<PageQueries.Row> rows = queries.select("""
                SELECT ?doc (SAMPLE(STR(?t)) AS ?title) (SAMPLE(?k) AS ?kind) (SAMPLE(?j) AS ?jurisdiction) (SAMPLE(STR(?d)) AS ?date)
                       (SAMPLE(STR(?n)) AS ?docNumber) (GROUP_CONCAT(DISTINCT ?i; separator="、") AS ?issuers)
                WHERE {
                  ?doc a pg:Document ; dct:title ?t ; eli:type_document ?kc .
                  BIND(STRAFTER(STR(?kc), "/kind/") AS ?k)
                  OPTIONAL { ?doc pg:jurisdiction/rdfs:label ?jl } BIND(COALESCE(STR(?jl), "") AS ?j)
                  OPTIONAL { ?doc eli:date_document ?d }
                  OPTIONAL { ?doc eli:id_local ?n }
                  OPTIONAL { ?doc eli:passed_by/skos:prefLabel ?il } BIND(COALESCE(STR(?il), "") AS ?i)
                  FILTER(!BOUND(?_jurisdiction) || ?j = ?_jurisdiction)
                  FILTER(!BOUND(?_kind) || ?k = ?_kind)
                  FILTER(!BOUND(?_year) || STRSTARTS(STR(?d), ?_year))
                  FILTER(!BOUND(?_issuer) || EXISTS { ?doc eli:passed_by/skos:prefLabel ?issuerName FILTER(CONTAINS(STR(?issuerName), ?_issuer)) })
                }
                GROUP BY ?doc ORDER BY DESC(?date) ?title
                """, b);
        Map<String, String> alternates = new LinkedHashMap<>();
        String api = "/api/queries/documents?" + (jurisdiction != null ? "jurisdiction=" + url(jurisdiction) + "&" : "")
                + (kind != null ? "kind=" + url(kind) + "&" : "");
        alternates.put("text/csv", api + "format=csv");
        alternates.put("application/sparql-results+json", api + "format=json");
        StringBuilder h = SiteLayout.open("Documents · 文件", alternates);
        h.append("<form class=\"filters\" method=\"get\" action=\"/browse/documents\">");
        select(h, "jurisdiction", "地区 jurisdiction", options("SELECT DISTINCT ?v WHERE { ?doc a pg:Document ; pg:jurisdiction/rdfs:label ?l BIND(STR(?l) AS ?v) } ORDER BY ?v"), jurisdiction);
        select(h, "kind", "类型 kind", options("SELECT DISTINCT ?v WHERE { ?doc a pg:Document ; eli:type_document ?k BIND(STRAFTER(STR(?k), \"/kind/\") AS ?v) } ORDER BY ?v"), kind);
        select(h, "year", "年份 year", options("SELECT DISTINCT ?v WHERE { ?doc a pg:Document ; eli:date_document ?d BIND(SUBSTR(STR(?d), 1, 4) AS ?v) } ORDER BY DESC(?v)"), year);
        h.append("<label>发文单位 issuer <input name=\"issuer\" value=\"").append(esc(issuer == null ? "" : issuer)).append("\"></label> ")
                .append("<button type=\"submit\">Filter 筛选</button></form>\n");
        SiteLayout.alternateLinks(h, alternates);
        h.append("<p>").append(rows.size()).append(" documents</p>\n<table class=\"list\"><thead><tr><th>Title 标题</th><th>Kind</th><th>Issuer 发文单位</th>")
                .append("<th>Date</th><th>No. 文号</th><th>Jurisdiction</th></tr></thead><tbody>\n");
        for (PageQueries.Row r : rows) {
            h.append("<tr><td>").append(link(r.str("doc"), r.str("title"))).append("</td><td>").append(esc(r.str("kind"))).append("</td><td>")
                    .append(esc(r.str("issuers"))).append("</td><td>").append(esc(r.str("date"))).append("</td><td>").append(esc(r.str("docNumber")))
                    .append("</td><td>").append(esc(r.str("jurisdiction"))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        return SiteLayout.close(h);
    }

    private String agencies(HttpServletRequest request) {
        String jurisdiction = param(request, "jurisdiction");
        Map<String, Node> b = new LinkedHashMap<>();
        if (jurisdiction != null) b.put("_jurisdiction", NodeFactory.createLiteralString(jurisdiction));
        List<PageQueries.Row> rows = queries.select("""
                SELECT ?agency (SAMPLE(STR(?l)) AS ?name) (SAMPLE(?a) AS ?jurisdiction)
                       (COUNT(DISTINCT ?lead) AS ?leads) (COUNT(DISTINCT ?resp) AS ?shares) (COUNT(DISTINCT ?inf) AS ?inherited)
                WHERE {
                  ?task pg:responsibility ?r . ?r prov:agent ?agency ; prov:hadRole ?role ; pg:inferred ?inferred .
                  ?agency skos:prefLabel ?l .
                  OPTIONAL { ?agency pg:jurisdiction/rdfs:label ?al } BIND(COALESCE(STR(?al), "—") AS ?a)
                  BIND(IF(STRENDS(STR(?role), "/lead") && !?inferred, ?task, ?none) AS ?lead)
                  BIND(IF(STRENDS(STR(?role), "/responsible") && !?inferred, ?task, ?none) AS ?resp)
                  BIND(IF(?inferred, ?task, ?none) AS ?inf)
                  FILTER(!BOUND(?_jurisdiction) || ?a = ?_jurisdiction)
                }
                GROUP BY ?agency ORDER BY ?jurisdiction DESC(?leads + ?shares + ?inherited) ?name
                """, b);
        Map<String, String> alternates = new LinkedHashMap<>();
        String api = "/api/queries/agency-workload?" + (jurisdiction != null ? "jurisdiction=" + url(jurisdiction) + "&" : "");
        alternates.put("text/csv", api + "format=csv");
        alternates.put("application/sparql-results+json", api + "format=json");
        StringBuilder h = SiteLayout.open("Agencies · 责任单位", alternates);
        h.append("<form class=\"filters\" method=\"get\" action=\"/browse/agencies\">");
        select(h, "jurisdiction", "地区 jurisdiction", options("SELECT DISTINCT ?v WHERE { ?r prov:agent/pg:jurisdiction/rdfs:label ?l BIND(STR(?l) AS ?v) } ORDER BY ?v"), jurisdiction);
        h.append("<button type=\"submit\">Filter 筛选</button></form>\n");
        SiteLayout.alternateLinks(h, alternates);
        h.append("<table class=\"list\"><thead><tr><th>Agency 单位</th><th>Jurisdiction</th><th class=\"num\">leads 牵头</th>")
                .append("<th class=\"num\">shares 责任</th><th class=\"num\">as issuer 发文单位(推定)</th></tr></thead><tbody>\n");
        for (PageQueries.Row r : rows) {
            h.append("<tr><td>").append(link(r.str("agency"), r.str("name"))).append("</td><td>").append(esc(r.str("jurisdiction")))
                    .append("</td><td class=\"num\">").append(r.integer("leads")).append("</td><td class=\"num\">").append(r.integer("shares"))
                    .append("</td><td class=\"num\">").append(r.integer("inherited")).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        return SiteLayout.close(h);
    }

    private String outline() {
        List<PageQueries.Row> rows = queries.select("""
                SELECT ?outline (SAMPLE(STR(?ot)) AS ?outlineTitle) ?item (SAMPLE(STR(?id)) AS ?itemId) (SAMPLE(STR(?t)) AS ?title)
                       (COUNT(DISTINCT ?m) AS ?measures) (COUNT(DISTINCT ?doc) AS ?documents) (SAMPLE(?o) AS ?order) (SAMPLE(?po) AS ?parentOrder)
                       (SAMPLE(?gpo) AS ?grandParentOrder)
                WHERE {
                  ?outline pg:outlineItem ?item . FILTER NOT EXISTS { ?item eli:has_part ?child }
                  OPTIONAL { ?outline dct:title ?ot }
                  ?item dct:identifier ?id ; dct:title ?t ; pg:order ?o ; eli:is_part_of ?parent . ?parent pg:order ?po .
                  OPTIONAL { ?parent eli:is_part_of ?gp . ?gp pg:order ?gpo }
                  OPTIONAL { ?m pg:carriesOut ?item ; pg:document ?doc }
                }
                GROUP BY ?outline ?item ORDER BY ?outline COALESCE(?grandParentOrder, ?parentOrder) ?parentOrder ?order
                """);
        Map<String, String> alternates = new LinkedHashMap<>();
        alternates.put("text/csv", "/api/queries/outline-coverage?format=csv");
        alternates.put("application/sparql-results+json", "/api/queries/outline-coverage?format=json");
        StringBuilder h = SiteLayout.open("Outline items · 纲要条目", alternates);
        SiteLayout.alternateLinks(h, alternates);
        String current = null;
        for (PageQueries.Row r : rows) {
            if (!r.str("outline").equals(current)) {
                if (current != null) {
                    h.append("</tbody></table>\n");
                }
                current = r.str("outline");
                h.append("<h2>").append(link(current, r.str("outlineTitle").isEmpty() ? current : r.str("outlineTitle"))).append("</h2>\n")
                        .append("<table class=\"list\"><thead><tr><th>Item 条目</th><th>Title</th><th class=\"num\">measures 措施</th>")
                        .append("<th class=\"num\">documents</th></tr></thead><tbody>\n");
            }
            h.append("<tr><td>").append(link(r.str("item"), r.str("itemId"))).append("</td><td>").append(esc(r.str("title")))
                    .append("</td><td class=\"num\">").append(r.integer("measures")).append("</td><td class=\"num\">").append(r.integer("documents"))
                    .append("</td></tr>\n");
        }
        if (current != null) {
            h.append("</tbody></table>\n");
        }
        return SiteLayout.close(h);
    }

    private List<String> options(String sparql) {
        List<String> values = new ArrayList<>();
        queries.select(sparql).forEach(r -> values.add(r.str("v")));
        return values;
    }

    private static void select(StringBuilder h, String name, String label, List<String> values, String chosen) {
        Set<String> all = new LinkedHashSet<>(values);
        h.append("<label>").append(esc(label)).append(" <select name=\"").append(name).append("\"><option value=\"\">all 全部</option>");
        for (String v : all) {
            h.append("<option").append(v.equals(chosen) ? " selected" : "").append(">").append(esc(v)).append("</option>");
        }
        h.append("</select></label> ");
    }

    private String link(String iri, String text) {
        return "<a href=\"" + esc(iris.localFor(iri).orElse(iri)) + "\">" + esc(text.isEmpty() ? iri : text) + "</a>";
    }

    private static String param(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
