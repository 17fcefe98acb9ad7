package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.plangraph.emit.PathSortKey;

/**
 * An agency's page: every task it leads, shares or holds as its document's issuer, with the task's
 * text, the role, the document, the measure's path and deadline; counts by role and by year.
 */
final class AgencyView {
    private final PageQueries queries;
    private final IriMap iris;

    AgencyView(PageQueries queries, IriMap iris) {
        this.queries = queries;
        this.iris = iris;
    }

    /** The page; FOOTER (HTML) closes it, e.g. the note that more triples point at the resource than its description lists. */
    String render(String iri, String footer) {
        Map<String, Node> agency = Map.of("_agency", NodeFactory.createURI(iri));
        PageQueries.Row meta = queries.select("""
                SELECT (SAMPLE(STR(?l)) AS ?name) (SAMPLE(STR(?jl)) AS ?jurisdiction) (GROUP_CONCAT(DISTINCT STR(?alt); separator="、") AS ?also)
                WHERE { OPTIONAL { ?_agency skos:prefLabel ?l } OPTIONAL { ?_agency pg:jurisdiction/rdfs:label ?jl }
                        OPTIONAL { ?_agency skos:altLabel ?alt } }
                """, agency).get(0);
        List<PageQueries.Row> duties = new java.util.ArrayList<>(queries.select("""
                SELECT ?task (SAMPLE(?taskText) AS ?text) ?role ?inferred ?doc (SAMPLE(STR(?dt)) AS ?docTitle) ?measure (SAMPLE(?p) AS ?path)
                       (SAMPLE(SUBSTR(STR(?date), 1, 4)) AS ?year) (GROUP_CONCAT(DISTINCT STR(?deadline); separator=", ") AS ?deadlines)
                WHERE {
                  ?r prov:agent ?_agency ; prov:hadRole ?rc ; pg:inferred ?inferred .
                  BIND(STRAFTER(STR(?rc), "/role/") AS ?role)
                  ?task pg:responsibility ?r ; pg:textAsRead ?asRead ; pg:document ?doc .
                  OPTIONAL { ?task pg:text ?simplified } BIND(COALESCE(?simplified, ?asRead) AS ?taskText)
                  ?measure pg:task ?task ; pg:path ?p .
                  OPTIONAL { ?doc dct:title ?dt } OPTIONAL { ?doc eli:date_document ?date }
                  OPTIONAL { { ?measure pg:target/pg:deadline ?deadline } UNION { ?task pg:target/pg:deadline ?deadline } }
                }
                GROUP BY ?task ?role ?inferred ?doc ?measure
                """, agency));
        duties.sort(Comparator.comparing((PageQueries.Row r) -> r.str("year")).reversed()
                .thenComparing(r -> r.str("doc")).thenComparing(r -> PathSortKey.of(r.str("path"))));
        String name = meta.str("name").isEmpty() ? iri : meta.str("name");
        StringBuilder h = ResourceViews.open(name, iri);
        h.append("<table class=\"meta\"><tr><th>Jurisdiction 地区</th><td>").append(esc(meta.str("jurisdiction"))).append("</td></tr>");
        if (!meta.str("also").isEmpty()) {
            h.append("<tr><th>Also written 又称</th><td>").append(esc(meta.str("also"))).append("</td></tr>");
        }
        h.append("</table>\n");
        Map<String, Integer> byRole = new TreeMap<>();
        Map<String, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (PageQueries.Row r : duties) {
            byRole.merge(ResourceViews.roleName(r.str("role"), r.str("inferred").equals("true")), 1, Integer::sum);
            byYear.merge(r.str("year").isEmpty() ? "—" : r.str("year"), 1, Integer::sum);
        }
        h.append("<div class=\"cards\"><section class=\"card\"><h2>Tasks by role 按角色</h2><table>");
        byRole.forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td class=\"num\">").append(v).append("</td></tr>"));
        h.append("</table></section><section class=\"card\"><h2>Tasks by year 按年份</h2><table>");
        byYear.forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td class=\"num\">").append(v).append("</td></tr>"));
        h.append("</table></section></div>\n");
        h.append("<h2>Tasks 任务 (").append(duties.size()).append(")</h2>\n<p class=\"alternates\"><a href=\"/api/queries/agency-duties?agency=")
                .append(esc(SiteLayout.url(iri))).append("&amp;format=csv\">these duties as CSV (agency-duties)</a></p>\n")
                .append("<table class=\"list\"><thead><tr><th>Task 任务</th><th>Role 角色</th><th>Document 文件</th><th>Measure 措施</th><th>Deadline 时限</th></tr></thead><tbody>\n");
        for (PageQueries.Row r : duties) {
            h.append("<tr><td lang=\"zh\">").append(ResourceViews.link(iris, r.str("task"), r.str("text"))).append("</td><td>")
                    .append(esc(ResourceViews.roleName(r.str("role"), r.str("inferred").equals("true")))).append("</td><td>")
                    .append(ResourceViews.link(iris, r.str("doc"), r.str("docTitle"))).append(r.str("year").isEmpty() ? "" : " <span class=\"lang\">" + esc(r.str("year")) + "</span>")
                    .append("</td><td>").append(ResourceViews.link(iris, r.str("measure"), r.str("path"))).append("</td><td>")
                    .append(esc(r.str("deadlines"))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        h.append(footer);
        return SiteLayout.close(h);
    }
}
