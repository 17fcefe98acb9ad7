package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.plangraph.emit.PathSortKey;
import org.plangraph.query.QueryCatalog;

/**
 * A document's page: its metadata, the notice it came with, the policies it implements up to the
 * national outline, its table of contents in numbering order, each measure with its responsible
 * units by role, targets, deadlines and the outline items it carries out, and the source text once,
 * collapsed.
 */
final class DocumentView {
    private final PageQueries queries;
    private final IriMap iris;

    DocumentView(PageQueries queries, IriMap iris) {
        this.queries = queries;
        this.iris = iris;
    }

    /** The page; FOOTER (HTML) closes it, e.g. the note that more triples point at the resource than its description lists. */
    String render(String iri, String footer) {
        Map<String, Node> doc = Map.of("_doc", NodeFactory.createURI(iri));
        PageQueries.Row meta = queries.select("""
                SELECT (SAMPLE(STR(?t)) AS ?title) (SAMPLE(?k) AS ?kind) (SAMPLE(STR(?d)) AS ?date) (SAMPLE(STR(?n)) AS ?docNumber)
                       (SAMPLE(STR(?jl)) AS ?jurisdiction) (SAMPLE(STR(?ps)) AS ?periodStart) (SAMPLE(STR(?pe)) AS ?periodEnd)
                       (SAMPLE(STR(?text)) AS ?sourceText)
                WHERE {
                  OPTIONAL { ?_doc dct:title ?t }
                  OPTIONAL { ?_doc eli:type_document ?kc . OPTIONAL { ?kc skos:prefLabel ?kl FILTER(LANGMATCHES(LANG(?kl), "zh")) }
                             BIND(COALESCE(STR(?kl), STRAFTER(STR(?kc), "/kind/")) AS ?k) }
                  OPTIONAL { ?_doc eli:date_document ?d } OPTIONAL { ?_doc eli:id_local ?n }
                  OPTIONAL { ?_doc pg:jurisdiction/rdfs:label ?jl }
                  OPTIONAL { ?_doc pg:periodStart ?ps } OPTIONAL { ?_doc pg:periodEnd ?pe }
                  OPTIONAL { ?_doc pg:textAsRead ?text }
                }
                """, doc).get(0);
        String title = meta.str("title").isEmpty() ? iri : meta.str("title");
        StringBuilder h = ResourceViews.open(title, iri);
        h.append("<table class=\"meta\">");
        row(h, "Kind 类型", esc(meta.str("kind")));
        row(h, "Issued by 发文单位", agents("SELECT ?a ?name WHERE { ?_doc eli:passed_by ?a . ?a skos:prefLabel ?name }", doc));
        row(h, "Date 日期", esc(meta.str("date")));
        row(h, "Number 文号", esc(meta.str("docNumber")));
        row(h, "Jurisdiction 地区", esc(meta.str("jurisdiction")));
        if (!meta.str("periodStart").isEmpty()) {
            row(h, "Period 期间", esc(meta.str("periodStart") + (meta.str("periodEnd").isEmpty() ? "" : " – " + meta.str("periodEnd"))));
        }
        row(h, "Sent to 主送", agents("SELECT ?a ?name WHERE { ?_doc pg:recipient ?a . ?a skos:prefLabel ?name }", doc));
        h.append("</table>\n");

        List<PageQueries.Row> notices = queries.select("""
                SELECT ?other ?title ?direction WHERE {
                  { ?other pg:transmits ?_doc BIND("notice" AS ?direction) } UNION { ?_doc pg:transmits ?other BIND("issued" AS ?direction) }
                  OPTIONAL { ?other dct:title ?title } }
                """, doc);
        for (PageQueries.Row n : notices) {
            h.append("<p class=\"notice\">").append(n.str("direction").equals("notice") ? "Came with the notice 随通知印发: " : "Issues 印发: ")
                    .append(ResourceViews.link(iris, n.str("other"), n.str("title"))).append("</p>\n");
        }

        List<PageQueries.Row> chain = queries.select(QueryCatalog.standard().get("policy-chain").orElseThrow(), doc);
        if (!chain.isEmpty()) {
            h.append("<h2>Implements 贯彻落实</h2>\n<ol class=\"chain\">");
            Map<String, PageQueries.Row> nearest = new LinkedHashMap<>();
            chain.stream().sorted(Comparator.comparingInt(r -> r.integer("distance"))).forEach(r -> nearest.putIfAbsent(r.str("policy"), r));
            nearest.values().forEach(r -> h.append("<li>")
                    .append(ResourceViews.link(iris, r.str("policy"), r.str("title"))).append(r.str("docNumber").isEmpty() ? "" : " <span class=\"lang\">" + esc(r.str("docNumber")) + "</span>")
                    .append(r.str("level").isEmpty() ? "" : " · " + esc(r.str("level"))).append(r.integer("distance") > 1 ? " <span class=\"lang\">(via " + (r.integer("distance") - 1) + " step)</span>" : "")
                    .append("</li>"));
            h.append("</ol>\n");
        }

        List<PageQueries.Row> parts = new ArrayList<>(queries.select("""
                SELECT ?p ?path ?heading ?depth ?measure WHERE {
                  ?p pg:document ?_doc ; a pg:Provision ; pg:path ?path ; pg:depth ?depth .
                  OPTIONAL { ?p pg:heading ?heading }
                  BIND(EXISTS { ?p a pg:Measure } AS ?measure) }
                """, doc));
        parts.sort(Comparator.comparing(r -> PathSortKey.of(r.str("path"))));
        if (!parts.isEmpty()) {
            h.append("<h2>Contents 目录</h2>\n<ul class=\"toc\">");
            for (PageQueries.Row p : parts) {
                h.append("<li style=\"margin-left:").append(Math.max(0, p.integer("depth") - 1) * 1.5).append("em\"><a href=\"#")
                        .append(esc(anchor(p.str("path")))).append("\">").append(esc(p.str("path"))).append("</a> ").append(esc(p.str("heading"))).append("</li>");
            }
            h.append("</ul>\n");
        }
        measures(h, doc, parts);

        List<PageQueries.Row> docTargets = queries.select("""
                SELECT ?text ?deadline WHERE { ?_doc pg:target ?t . ?t pg:targetText ?text . OPTIONAL { ?t pg:deadline ?deadline } }
                """, doc);
        if (!docTargets.isEmpty()) {
            h.append("<h2>Document targets 总体目标</h2><ul>");
            docTargets.forEach(t -> h.append("<li>").append(esc(t.str("text"))).append(t.str("deadline").isEmpty() ? "" : " <span class=\"due\">by " + esc(t.str("deadline")) + "</span>").append("</li>"));
            h.append("</ul>\n");
        }
        if (!meta.str("sourceText").isEmpty()) {
            h.append("<details class=\"source\"><summary>Source text 原文 (").append(meta.str("sourceText").length())
                    .append(" characters)</summary><div class=\"sourcetext\" lang=\"zh\">").append(esc(meta.str("sourceText"))).append("</div></details>\n");
        }
        h.append(footer);
        return SiteLayout.close(h);
    }

    private void measures(StringBuilder h, Map<String, Node> doc, List<PageQueries.Row> parts) {
        Map<String, List<PageQueries.Row>> duties = group(queries.select("""
                SELECT ?m ?task ?order ?role ?inferred ?agency ?name WHERE {
                  ?m pg:document ?_doc ; pg:task ?task . ?task pg:responsibility ?r .
                  ?r prov:agent ?agency ; prov:hadRole ?rc ; pg:inferred ?inferred . ?agency skos:prefLabel ?name .
                  OPTIONAL { ?task pg:order ?order } BIND(STRAFTER(STR(?rc), "/role/") AS ?role) }
                ORDER BY ?order ?role ?name
                """, doc), "m");
        Map<String, List<PageQueries.Row>> targets = group(queries.select("""
                SELECT ?m ?text ?deadline WHERE { ?m pg:document ?_doc ; pg:target ?t . ?t pg:targetText ?text . OPTIONAL { ?t pg:deadline ?deadline } }
                """, doc), "m");
        Map<String, List<PageQueries.Row>> items = group(queries.select("""
                SELECT ?m ?item ?id ?title ?rank ?score ?confidence WHERE {
                  ?a pg:document ?_doc ; pg:alignedMeasure ?m ; pg:alignedItem ?item ; pg:rank ?rank ; pg:score ?score ; pg:confidence ?confidence .
                  OPTIONAL { ?item dct:identifier ?id } OPTIONAL { ?item dct:title ?title } }
                ORDER BY ?rank
                """, doc), "m");
        Map<String, String> texts = new LinkedHashMap<>();
        queries.select("SELECT ?m ?text WHERE { ?m pg:document ?_doc ; a pg:Measure ; pg:textAsRead ?text }", doc)
                .forEach(r -> texts.put(r.str("m"), r.str("text")));
        for (PageQueries.Row p : parts) {
            if (!p.str("measure").equals("true")) {
                h.append("<h3 id=\"").append(esc(anchor(p.str("path")))).append("\" class=\"part\">").append(esc(p.str("path"))).append(" ")
                        .append(esc(p.str("heading"))).append("</h3>\n");
                continue;
            }
            String m = p.str("p");
            h.append("<section class=\"measure\" id=\"").append(esc(anchor(p.str("path")))).append("\"><h3>")
                    .append(ResourceViews.link(iris, m, p.str("path"))).append(" ").append(esc(p.str("heading"))).append("</h3>\n");
            String text = texts.getOrDefault(m, "");
            h.append("<p class=\"mtext\" lang=\"zh\">").append(esc(text.length() > 300 ? text.substring(0, 300) + "…" : text)).append("</p>\n");
            List<PageQueries.Row> who = duties.getOrDefault(m, List.of());
            if (!who.isEmpty()) {
                Map<String, List<String>> byRole = new LinkedHashMap<>();
                List<PageQueries.Row> leadFirst = new ArrayList<>(who);
                leadFirst.sort(Comparator.comparingInt(r -> List.of("lead", "responsible", "issuer").indexOf(r.str("role")) & 0xff));
                for (PageQueries.Row r : leadFirst) {
                    byRole.computeIfAbsent(ResourceViews.roleName(r.str("role"), r.str("inferred").equals("true")), k -> new ArrayList<>())
                            .add(ResourceViews.link(iris, r.str("agency"), r.str("name")));
                }
                h.append("<p class=\"who\">");
                byRole.forEach((role, names) -> h.append("<span class=\"role\">").append(esc(role)).append("</span> ")
                        .append(String.join("、", names.stream().distinct().toList())).append(" "));
                h.append("</p>\n");
            }
            for (PageQueries.Row t : targets.getOrDefault(m, List.of())) {
                h.append("<p class=\"target\"><span class=\"role\">target 目标</span> ").append(esc(t.str("text")))
                        .append(t.str("deadline").isEmpty() ? "" : " <span class=\"due\">by " + esc(t.str("deadline")) + "</span>").append("</p>\n");
            }
            List<PageQueries.Row> aligned = items.getOrDefault(m, List.of());
            if (!aligned.isEmpty()) {
                h.append("<p class=\"aligned\">Carries out 落实纲要: ");
                for (PageQueries.Row a : aligned) {
                    h.append(ResourceViews.link(iris, a.str("item"), a.str("id") + " " + a.str("title"))).append(" <span class=\"lang\">")
                            .append(esc(a.str("confidence"))).append(" ").append(esc(a.str("score"))).append("</span> ");
                }
                h.append("</p>\n");
            }
            h.append("</section>\n");
        }
    }

    private String agents(String sparql, Map<String, Node> doc) {
        List<String> links = new ArrayList<>();
        queries.select(sparql, doc).forEach(r -> links.add(ResourceViews.link(iris, r.str("a"), r.str("name"))));
        return String.join("、", links.stream().distinct().toList());
    }

    private static void row(StringBuilder h, String label, String html) {
        if (!html.isEmpty()) {
            h.append("<tr><th>").append(esc(label)).append("</th><td>").append(html).append("</td></tr>");
        }
    }

    private static Map<String, List<PageQueries.Row>> group(List<PageQueries.Row> rows, String key) {
        Map<String, List<PageQueries.Row>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.computeIfAbsent(r.str(key), k -> new ArrayList<>()).add(r));
        return m;
    }

    static String anchor(String path) {
        return "p-" + path.replace('/', '-').replace("(", "").replace(")", "");
    }
}
