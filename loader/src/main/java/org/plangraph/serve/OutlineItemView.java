package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** An outline item's page: the measures that carry it out, by jurisdiction, with score and evidence. */
final class OutlineItemView {
    private final PageQueries queries;
    private final IriMap iris;

    OutlineItemView(PageQueries queries, IriMap iris) {
        this.queries = queries;
        this.iris = iris;
    }

    /** The page; FOOTER (HTML) closes it, e.g. the note that more triples point at the resource than its description lists. */
    String render(String iri, String footer) {
        Map<String, Node> item = Map.of("_item", NodeFactory.createURI(iri));
        PageQueries.Row meta = queries.select("""
                SELECT (SAMPLE(STR(?id)) AS ?itemId) (SAMPLE(STR(?t)) AS ?title) (SAMPLE(?o) AS ?outline) (SAMPLE(STR(?ot)) AS ?outlineTitle)
                       (SAMPLE(?p) AS ?parent) (SAMPLE(STR(?pt)) AS ?parentTitle)
                WHERE { OPTIONAL { ?_item dct:identifier ?id } OPTIONAL { ?_item dct:title ?t }
                        OPTIONAL { ?o pg:outlineItem ?_item OPTIONAL { ?o dct:title ?ot } }
                        OPTIONAL { ?_item eli:is_part_of ?p OPTIONAL { ?p dct:title ?pt } } }
                """, item).get(0);
        List<PageQueries.Row> measures = queries.select("""
                SELECT ?m ?path ?heading ?doc ?docTitle ?jurisdiction ?rank ?score ?confidence ?evidence WHERE {
                  ?a pg:alignedItem ?_item ; pg:alignedMeasure ?m ; pg:rank ?rank ; pg:score ?score ; pg:confidence ?confidence ; pg:document ?doc .
                  OPTIONAL { ?a pg:evidenceText ?evidence }
                  OPTIONAL { ?m pg:path ?path } OPTIONAL { ?m pg:heading ?heading } OPTIONAL { ?doc dct:title ?docTitle }
                  OPTIONAL { ?doc pg:jurisdiction/rdfs:label ?jl } BIND(COALESCE(STR(?jl), "—") AS ?jurisdiction) }
                ORDER BY ?jurisdiction DESC(?score)
                """, item);
        String title = (meta.str("itemId") + " " + meta.str("title")).strip();
        StringBuilder h = ResourceViews.open(title.isEmpty() ? iri : title, iri);
        h.append("<table class=\"meta\">");
        if (!meta.str("outline").isEmpty()) {
            h.append("<tr><th>Outline 纲要</th><td>").append(ResourceViews.link(iris, meta.str("outline"), meta.str("outlineTitle"))).append("</td></tr>");
        }
        if (!meta.str("parent").isEmpty()) {
            h.append("<tr><th>Part of 所属</th><td>").append(ResourceViews.link(iris, meta.str("parent"), meta.str("parentTitle"))).append("</td></tr>");
        }
        h.append("</table>\n<p class=\"alternates\"><a href=\"/api/queries/trace-item?item=").append(esc(SiteLayout.url(meta.str("itemId"))))
                .append("&amp;format=csv\">these measures as CSV (trace-item)</a></p>\n");
        Map<String, List<PageQueries.Row>> byJurisdiction = new LinkedHashMap<>();
        measures.forEach(r -> byJurisdiction.computeIfAbsent(r.str("jurisdiction"), k -> new ArrayList<>()).add(r));
        if (byJurisdiction.isEmpty()) {
            h.append("<p>No loaded measure carries out this item.</p>\n");
        }
        byJurisdiction.forEach((jurisdiction, rows) -> {
            h.append("<h2>").append(esc(jurisdiction)).append(" (").append(rows.size()).append(")</h2>\n<table class=\"list\"><thead><tr>")
                    .append("<th>Measure 措施</th><th>Document 文件</th><th class=\"num\">rank</th><th class=\"num\">score</th><th>confidence</th><th>Evidence 依据</th></tr></thead><tbody>\n");
            for (PageQueries.Row r : rows) {
                h.append("<tr><td>").append(ResourceViews.link(iris, r.str("m"), (r.str("path") + " " + r.str("heading")).strip())).append("</td><td>")
                        .append(ResourceViews.link(iris, r.str("doc"), r.str("docTitle"))).append("</td><td class=\"num\">").append(esc(r.str("rank")))
                        .append("</td><td class=\"num\">").append(esc(r.str("score"))).append("</td><td>").append(esc(r.str("confidence")))
                        .append("</td><td lang=\"zh\">").append(esc(r.str("evidence"))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        });
        h.append(footer);
        return SiteLayout.close(h);
    }
}
