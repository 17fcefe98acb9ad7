package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;

import com.ibm.icu.text.Transliterator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code /search?q=…}: full-text search (the store's jena-text index, which folds traditional script
 * to simplified) over document titles, headings and the text of measures, tasks and documents; each
 * hit with the matched passage highlighted and the document and numbering path it belongs to.
 */
final class SearchPage extends HttpServlet {
    private static final int MAX_HITS = 100;
    private static final int PASSAGE_RADIUS = 60;

    private final PageQueries queries;
    private final IriMap iris;
    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

    SearchPage(PageQueries queries, IriMap iris) {
        this.queries = queries;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String raw = request.getParameter("q");
        String q = raw == null ? "" : raw.strip();
        // A phrase of the Lucene query language: quotes and backslashes are its only specials inside one.
        String phrase = q.replaceAll("[\"\\\\]", " ").strip();
        StringBuilder h = SiteLayout.open(phrase.isEmpty() ? "Search · 搜索" : "搜索：" + q, Map.of());
        h.append("<form class=\"bigsearch\" action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" value=\"")
                .append(esc(q)).append("\" placeholder=\"行政复议 / 行政復議\" aria-label=\"search\"> <button type=\"submit\">搜索 Search</button></form>\n")
                .append("<p class=\"hint\">Titles, headings, measures and documents; simplified or traditional script finds both.</p>\n");
        if (phrase.isEmpty()) {
            SiteLayout.send(response, 200, SiteLayout.close(h));
            return;
        }
        List<PageQueries.Row> rows;
        try {
            rows = queries.select("""
                    SELECT ?s ?score ?lit ?doc ?docTitle ?path ?kind WHERE {
                      { (?s ?score ?lit) text:query (pg:textAsRead ?_q 100) } UNION
                      { (?s ?score ?lit) text:query (dct:title ?_q 100) } UNION
                      { (?s ?score ?lit) text:query (pg:heading ?_q 100) }
                      OPTIONAL { ?s pg:document ?partOf . OPTIONAL { ?partOf dct:title ?partOfTitle } }
                      OPTIONAL { ?s a pg:Document . BIND(?s AS ?itself) OPTIONAL { ?s dct:title ?ownTitle } }
                      BIND(COALESCE(?partOf, ?itself) AS ?doc)
                      BIND(COALESCE(?partOfTitle, ?ownTitle) AS ?docTitle)
                      OPTIONAL { ?s pg:path ?ownPath }
                      OPTIONAL { ?measure pg:task|pg:target ?s ; pg:path ?measurePath }
                      OPTIONAL { ?s a pg:OutlineItem ; dct:identifier ?itemId }
                      BIND(COALESCE(?ownPath, ?measurePath, STR(?itemId)) AS ?path)
                      BIND(IF(EXISTS { ?s a pg:Measure }, "measure 措施", IF(EXISTS { ?s a pg:Task }, "task 任务",
                           IF(EXISTS { ?s a pg:Document }, "document 文件", IF(EXISTS { ?s a pg:Provision }, "heading 标题",
                           IF(EXISTS { ?s a pg:OutlineItem }, "outline item 纲要条目", IF(EXISTS { ?s a pg:Policy }, "policy 政策",
                           IF(EXISTS { ?s a pg:Target }, "target 目标", IF(EXISTS { ?s a pg:ReportedFigure }, "figure 数据", "other")))))))) AS ?kind)
                    } ORDER BY DESC(?score)
                    """, Map.of("_q", NodeFactory.createLiteralString("\"" + phrase + "\"")));
        } catch (QueryCancelledException e) {
            h.append("<p class=\"error\">The search took too long and was stopped; try a longer phrase.</p>\n");
            SiteLayout.send(response, 503, SiteLayout.close(h));
            return;
        }
        Map<String, PageQueries.Row> hits = new LinkedHashMap<>();
        rows.forEach(r -> hits.putIfAbsent(r.str("s"), r));
        h.append("<p>").append(hits.size() >= MAX_HITS ? "the first " + MAX_HITS : Integer.toString(hits.size())).append(" results for <b>")
                .append(esc(q)).append("</b> · <a href=\"/query\">SPARQL</a></p>\n<ol class=\"hits\">\n");
        Set<String> needles = new LinkedHashSet<>();
        for (String part : phrase.split("\\s+")) {
            needles.add(simplified(part));
        }
        int n = 0;
        for (PageQueries.Row r : hits.values()) {
            if (n++ >= MAX_HITS) {
                break;
            }
            String href = iris.localFor(r.str("s")).orElse(r.str("s"));
            h.append("<li><span class=\"kind\">").append(esc(r.str("kind"))).append("</span> <a href=\"").append(esc(href)).append("\">")
                    .append(esc(r.has("path") ? r.str("path") : shortened(r.str("lit")))).append("</a>");
            if (r.has("doc")) {
                h.append(" · <a class=\"doc\" href=\"").append(esc(iris.localFor(r.str("doc")).orElse(r.str("doc")))).append("\">")
                        .append(esc(r.str("docTitle"))).append("</a>");
            }
            h.append("<div class=\"passage\" lang=\"zh\">").append(highlighted(r.str("lit"), needles)).append("</div></li>\n");
        }
        h.append("</ol>\n");
        SiteLayout.send(response, 200, SiteLayout.close(h));
    }

    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 30 ? oneLine.substring(0, 30) + "…" : oneLine;
    }

    /** ICU's transliterators are not safe for concurrent use: requests take turns. */
    private String simplified(String text) {
        synchronized (toSimplified) {
            return toSimplified.transliterate(text);
        }
    }

    /**
     * The passage around the first match with every match marked. Matching runs on the simplified
     * form of both sides; the conversion maps character to character, so its positions are the
     * text's positions (where it does not, the passage is shown unmarked).
     */
    String highlighted(String text, Set<String> needles) {
        String simplified = simplified(text);
        boolean aligned = simplified.length() == text.length();
        boolean[] marked = new boolean[text.length()];
        int first = -1;
        if (aligned) {
            for (String needle : needles) {
                if (needle.isEmpty()) {
                    continue;
                }
                for (int i = simplified.indexOf(needle); i >= 0; i = simplified.indexOf(needle, i + 1)) {
                    for (int k = i; k < i + needle.length(); k++) {
                        marked[k] = true;
                    }
                    first = first < 0 ? i : Math.min(first, i);
                }
            }
        }
        int from = Math.max(0, (first < 0 ? 0 : first) - PASSAGE_RADIUS);
        int to = Math.min(text.length(), (first < 0 ? 0 : first) + PASSAGE_RADIUS * 2);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        boolean open = false;
        for (int i = from; i < to; i++) {
            if (marked[i] != open) {
                out.append(marked[i] ? "<mark>" : "</mark>");
                open = marked[i];
            }
            out.append(esc(String.valueOf(text.charAt(i))));
        }
        if (open) {
            out.append("</mark>");
        }
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
